package dev.talksbot.ingest;

/** A document that cannot become an article; the message is the reason, for people. */
public final class UnparseableArticleException extends RuntimeException {
  public UnparseableArticleException(String reason) {
    super(reason);
  }
}
