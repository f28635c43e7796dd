package dev.talksbot.ingest.intake;

import dev.talksbot.index.IndexBusyException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingestion while serving: the server claims the data dir ({@link ServerPresence}), carries out
 * what CLI commands hand it through the {@link IntakeQueue}, and scans the inbox folder — all
 * through one {@link LocalIntake}, so this process is the index's one writer. Requests a previous
 * server left half-done (killed) are carried out again; a request that meets a busy index (a CLI
 * command that started before the server) waits and is tried again.
 */
public final class IntakeService implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(IntakeService.class);

  /** How often the queue is looked at for handed-over requests. */
  static final Duration QUEUE_POLL = Duration.ofMillis(200);

  /** Pause before a request that met a busy index is tried again. */
  static final Duration BUSY_RETRY = Duration.ofSeconds(2);

  private final IntakeQueue queue;
  private final LocalIntake intake;
  private final InboxWatcher inbox;
  private final IndexFollower follower;
  private final ScheduledExecutorService timers;
  private volatile boolean closed;

  private IntakeService(
      IntakeQueue queue, LocalIntake intake, InboxWatcher inbox, IndexFollower follower) {
    this.follower = follower;
    this.queue = queue;
    this.intake = intake;
    this.inbox = inbox;
    this.timers =
        Executors.newScheduledThreadPool(
            1,
            r -> {
              Thread t = new Thread(r, "intake");
              t.setDaemon(true);
              return t;
            });
  }

  /**
   * Opens the queue of a data dir this server has claimed; call {@link #start} to begin working.
   *
   * @param presence the claim on the data dir (held by the caller for the server's lifetime): only
   *     the server that holds it may take requests
   */
  public static IntakeService open(
      ServerPresence presence, Path dataDir, LocalIntake intake, java.time.Clock clock)
      throws IOException {
    return open(presence, dataDir, JdbcIntakeQueue.openIn(dataDir, clock), intake);
  }

  /** As above, with the queue in the configured storage (SQLite or PostgreSQL). */
  public static IntakeService open(
      ServerPresence presence,
      dev.talksbot.config.TalksbotConfig cfg,
      LocalIntake intake,
      java.time.Clock clock)
      throws IOException {
    return open(presence, cfg.dataDir(), dev.talksbot.db.StateStores.intake(cfg, clock), intake);
  }

  private static IntakeService open(
      ServerPresence presence, Path dataDir, IntakeQueue queue, LocalIntake intake)
      throws IOException {
    java.util.Objects.requireNonNull(presence, "presence");
    try {
      int again = queue.requeueAbandoned();
      if (again > 0)
        log.warn("intake: {} request(s) a stopped server left unfinished: again", again);
      return new IntakeService(
          queue,
          intake,
          new InboxWatcher(InboxWatcher.inboxIn(dataDir), intake),
          new IndexFollower(intake.corpus(), IndexFollower.cursorIn(dataDir)));
    } catch (IOException | RuntimeException e) {
      queue.close();
      throw e;
    }
  }

  public LocalIntake intake() {
    return intake;
  }

  public InboxWatcher inbox() {
    return inbox;
  }

  /** Starts the queue worker and the inbox scan (every {@code inboxPoll}). */
  public void start(Duration inboxPoll) {
    timers.scheduleWithFixedDelay(
        () -> {
          guard("follow", follower::catchUp); // what other instances or processes stored
          guard("queue", this::drainQueue);
        },
        0,
        QUEUE_POLL.toMillis(),
        TimeUnit.MILLISECONDS);
    timers.scheduleWithFixedDelay(
        () -> guard("inbox", inbox::scanOnce), 0, inboxPoll.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** Carries out every pending request; returns how many finished. */
  public int drainQueue() throws InterruptedException {
    int n = 0;
    while (!closed) {
      Optional<IntakeQueue.Entry> e = queue.claim();
      if (e.isEmpty()) return n;
      if (!runOne(e.get())) return n;
      n++;
    }
    return n;
  }

  /** Runs one claimed request; false when it must wait (busy index) and was put back. */
  private boolean runOne(IntakeQueue.Entry e) throws InterruptedException {
    try {
      IntakeResult r = intake.submit(e.request());
      queue.complete(e.id(), r);
      log.info("intake: request {} ({}) done", e.id(), e.request());
      return true;
    } catch (IndexBusyException busy) {
      log.warn("intake: request {} waits: {}", e.id(), busy.getMessage());
      queue.requeueAbandoned();
      Thread.sleep(BUSY_RETRY.toMillis());
      return false;
    } catch (IntakeException | dev.talksbot.net.PageFetcher.FetchException failed) {
      queue.fail(e.id(), failed.getMessage());
      return true;
    } catch (IOException | RuntimeException failed) {
      log.warn("intake: request {} failed: {}", e.id(), failed.toString());
      queue.fail(e.id(), "the server could not carry it out: " + failed.getMessage());
      return true;
    }
  }

  private interface Job {
    int run() throws Exception;
  }

  private static void guard(String what, Job j) {
    try {
      j.run();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Throwable t) { // a failing scan never stops the next one
      log.error("intake {}: {}", what, t.toString(), t);
    }
  }

  @Override
  public void close() throws IOException {
    if (closed) return;
    closed = true;
    timers.shutdown();
    try {
      if (!timers.awaitTermination(30, TimeUnit.SECONDS)) timers.shutdownNow();
    } catch (InterruptedException e) {
      timers.shutdownNow();
      Thread.currentThread().interrupt();
    }
    queue.close();
  }
}
