package dev.talksbot.alerts.store;

/** The alerts store failed (I/O, a locked file, a schema from a newer version). */
public final class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  public StoreException(String message) {
    super(message);
  }

  public StoreException(Throwable cause) {
    super(cause.getMessage(), cause);
  }
}
