package dev.talksbot.ingest;

import java.util.List;

/** Articles read from files, and the files that were skipped with their reasons. */
public record LoadResult(List<Article> articles, List<SkippedFile> skipped) {
  public LoadResult {
    articles = List.copyOf(articles);
    skipped = List.copyOf(skipped);
  }
}
