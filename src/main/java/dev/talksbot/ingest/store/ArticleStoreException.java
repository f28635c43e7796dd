package dev.talksbot.ingest.store;

/** The article store cannot be opened, read or written; the message says which file and why. */
public final class ArticleStoreException extends RuntimeException {
  public ArticleStoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
