package dev.talksbot.ingest;

import java.util.Objects;

/** A file that was not ingested, and why (for people). */
public record SkippedFile(String file, String reason) {
  public SkippedFile {
    Objects.requireNonNull(file);
    Objects.requireNonNull(reason);
  }

  @Override
  public String toString() {
    return file + ": skipped: " + reason;
  }
}
