package dev.talksbot.ingest.intake;

import java.io.IOException;

/** A request that could not be carried out; the message is fit for the person who asked. */
public class IntakeException extends IOException {
  public IntakeException(String message) {
    super(message);
  }

  public IntakeException(String message, Throwable cause) {
    super(message, cause);
  }
}
