package dev.talksbot.ingest.intake;

import java.util.Optional;

/**
 * Requests handed from CLI commands to the running server, which owns the index. A request is
 * {@code pending}, then {@code working} while the server carries it out, then {@code done} or
 * {@code failed} with its outcome; {@code cancelled} when the asker took it back (the server went
 * away). A server that restarts puts what it was working on back to {@code pending}.
 */
public interface IntakeQueue extends AutoCloseable {
  /** The states of a request. */
  enum State {
    PENDING,
    WORKING,
    DONE,
    FAILED,
    CANCELLED
  }

  /**
   * One request and, once finished, its outcome.
   *
   * @param outcome the result when DONE, null otherwise
   * @param error the reason when FAILED, null otherwise
   */
  record Entry(long id, IntakeRequest request, State state, IntakeResult outcome, String error) {
    public Entry {
      if (id <= 0) throw new IllegalArgumentException("request id must be positive");
      java.util.Objects.requireNonNull(request, "request");
      java.util.Objects.requireNonNull(state, "state");
    }
  }

  /** Queues a request; returns its id. */
  long enqueue(IntakeRequest request);

  /** Claims the oldest pending request (marks it working), if any. */
  Optional<Entry> claim();

  void complete(long id, IntakeResult outcome);

  void fail(long id, String reason);

  /** Takes a pending or working request back; false when it had already finished. */
  boolean cancel(long id);

  Optional<Entry> get(long id);

  /** Puts requests left working by a process that stopped back to pending; returns how many. */
  int requeueAbandoned();

  @Override
  void close();
}
