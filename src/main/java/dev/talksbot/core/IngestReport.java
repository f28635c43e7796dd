package dev.talksbot.core;

import java.util.List;

/**
 * Outcome of (re)building or adding: what went in and which files were skipped and why.
 *
 * @param fromCorpus for a rebuild, how many articles were read from the corpus folder (0 for an
 *     add)
 * @param fromStore for a rebuild, how many came from the article store only (0 for an add)
 */
public record IngestReport(
    int articles,
    long passages,
    List<dev.talksbot.ingest.SkippedFile> skipped,
    List<String> added,
    List<String> unchanged,
    int fromCorpus,
    int fromStore) {
  public IngestReport {
    if (articles < 0 || passages < 0 || fromCorpus < 0 || fromStore < 0)
      throw new IllegalArgumentException("ingest counts must be >= 0");
    skipped = List.copyOf(skipped);
    added = List.copyOf(added);
    unchanged = List.copyOf(unchanged);
  }
}
