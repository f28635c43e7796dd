package dev.talksbot.ingest.intake;

import dev.talksbot.ingest.SkippedFile;
import java.util.List;

/** What the ingestion stage did. */
public sealed interface IntakeResult {
  /** Files skipped and why (empty when none). */
  List<SkippedFile> skipped();

  /**
   * Articles added to the store and the index.
   *
   * @param added ids of new or changed articles
   * @param unchanged ids of articles that were already there, unchanged
   * @param passages passages written for the added articles
   */
  record Added(List<String> added, List<String> unchanged, List<SkippedFile> skipped, long passages)
      implements IntakeResult {
    public Added {
      added = List.copyOf(added);
      unchanged = List.copyOf(unchanged);
      skipped = List.copyOf(skipped);
      if (passages < 0) throw new IllegalArgumentException("negative passage count");
    }

    /** Nothing was read at all (every file skipped, or none found). */
    public boolean nothingRead() {
      return added.isEmpty() && unchanged.isEmpty();
    }
  }

  /**
   * The index rebuilt from the article store.
   *
   * @param articles articles indexed
   * @param passages passages indexed
   * @param fromCorpus articles read from the corpus folder
   * @param fromStore articles that came from the store only (URLs, feeds, inbox, files)
   */
  record Rebuilt(
      int articles, long passages, int fromCorpus, int fromStore, List<SkippedFile> skipped)
      implements IntakeResult {
    public Rebuilt {
      skipped = List.copyOf(skipped);
      if (articles < 0 || passages < 0 || fromCorpus < 0 || fromStore < 0) {
        throw new IllegalArgumentException("negative count in a rebuild report");
      }
    }
  }
}
