package dev.talksbot.ingest.intake;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Hands a request to the server running on the data dir (through the {@link IntakeQueue}) and waits
 * for its outcome, so the server stays the one writer of its index and its catalog and alerts see
 * the articles at once. If the server goes away before it finished, the request is taken back and
 * carried out here instead ({@code local}).
 */
public final class HandoffIntake implements Intake {
  /** How often the outcome is looked for. */
  static final Duration POLL = Duration.ofMillis(100);

  /** How often a "still waiting" line is printed. */
  static final Duration NOTICE_EVERY = Duration.ofSeconds(30);

  /** Opens an intake in this process, for when the server goes away. */
  @FunctionalInterface
  public interface LocalFallback {
    Intake open() throws IOException;
  }

  private final IntakeQueue queue;
  private final Path dataDir;
  private final LocalFallback local;
  private final PrintWriter notices;

  public HandoffIntake(IntakeQueue queue, Path dataDir, LocalFallback local, PrintWriter notices) {
    this.queue = queue;
    this.dataDir = dataDir;
    this.local = local;
    this.notices = notices;
  }

  @Override
  public IntakeResult submit(IntakeRequest request) throws IOException, InterruptedException {
    long id = queue.enqueue(request);
    notices.println("talksbot: handed to the running server (request " + id + "); waiting for it");
    notices.flush();
    long start = System.nanoTime();
    long nextNotice = start + NOTICE_EVERY.toNanos();
    while (true) {
      Optional<IntakeQueue.Entry> e = queue.get(id);
      if (e.isEmpty()) throw new IntakeException("request " + id + " vanished from the queue");
      switch (e.get().state()) {
        case DONE -> {
          return e.get().outcome();
        }
        case FAILED -> throw new IntakeException(e.get().error());
        case CANCELLED -> throw new IntakeException("request " + id + " was cancelled");
        case PENDING, WORKING -> {}
      }
      if (!ServerPresence.serving(dataDir) && queue.cancel(id)) {
        notices.println("talksbot: the server stopped before it finished; doing it here");
        notices.flush();
        return local.open().submit(request);
      }
      long now = System.nanoTime();
      if (now >= nextNotice) {
        notices.printf(
            "talksbot: still waiting for the server (%d s, request %s)%n",
            (now - start) / 1_000_000_000L,
            e.get().state().name().toLowerCase(java.util.Locale.ROOT));
        notices.flush();
        nextNotice = now + NOTICE_EVERY.toNanos();
      }
      Thread.sleep(POLL.toMillis());
    }
  }
}
