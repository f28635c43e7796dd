package dev.talksbot.index;

import dev.talksbot.ingest.Passage;
import java.util.Objects;

/** One passage found by one retriever, with that retriever's score and 1-based rank. */
public record IndexHit(Passage passage, float score, int rank) {
  public IndexHit {
    Objects.requireNonNull(passage);
    if (rank < 1) throw new IllegalArgumentException("rank < 1");
  }
}
