package dev.talksbot.retrieval;

import java.util.Objects;

/** What to retrieve: the query text and how many passages to return. */
public record RetrievalQuery(String text, int limit) {
  public RetrievalQuery {
    Objects.requireNonNull(text);
    if (limit < 1) throw new IllegalArgumentException("limit < 1");
  }
}
