package dev.talksbot.index;

import java.util.Objects;

/**
 * One passage found by one retriever: its id, that retriever's score and 1-based rank. The passage
 * itself is loaded only for the hits that survive fusion ({@link PassageIndex#passages}).
 */
public record IndexHit(String passageId, float score, int rank) {
  public IndexHit {
    Objects.requireNonNull(passageId);
    if (rank < 1) throw new IllegalArgumentException("rank < 1");
  }

  /** The article of the passage (passage ids are {@code articleId#ordinal}). */
  public String articleId() {
    return passageId.substring(0, passageId.lastIndexOf('#'));
  }
}
