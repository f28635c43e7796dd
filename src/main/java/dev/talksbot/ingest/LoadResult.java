package dev.talksbot.ingest;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Articles read from files, the files that were skipped with their reasons, and for each article
 * (by id) the file it came from with its text as read, before cleaning.
 */
public record LoadResult(
    List<Article> articles, List<SkippedFile> skipped, Map<String, RawFile> raw) {
  public LoadResult {
    articles = List.copyOf(articles);
    skipped = List.copyOf(skipped);
    raw = Map.copyOf(raw);
  }

  public LoadResult(List<Article> articles, List<SkippedFile> skipped) {
    this(articles, skipped, Map.of());
  }

  /** One article file and its decoded text as read. */
  public record RawFile(Path file, String text) {
    public RawFile {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(text, "text");
    }
  }
}
