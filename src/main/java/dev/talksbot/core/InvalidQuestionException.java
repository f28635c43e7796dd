package dev.talksbot.core;

/** A question that cannot be asked as given; the message says why and what to do, for people. */
public final class InvalidQuestionException extends RuntimeException {
  /** What was wrong. */
  public enum Reason {
    EMPTY,
    NO_WORDS,
    TOO_LONG
  }

  private final Reason reason;

  public InvalidQuestionException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
