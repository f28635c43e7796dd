package dev.talksbot.index;

import java.io.IOException;
import java.time.Duration;

/**
 * Another writer (a second {@code ./talksbot ingest} or {@code index}, or a running server) held
 * the index's write lock for longer than the bounded wait. Transient: try again later.
 */
public final class IndexBusyException extends IOException {
  private static final long serialVersionUID = 1L;

  IndexBusyException(Duration waited) {
    super(
        "the index is being written by another process (another ./talksbot ingest or index, or"
            + " a running serve); waited "
            + waited.toSeconds()
            + " s for it. Try again when it has finished.");
  }
}
