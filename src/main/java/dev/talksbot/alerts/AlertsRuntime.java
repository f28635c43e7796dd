package dev.talksbot.alerts;

import dev.talksbot.alerts.store.AlertStore;
import dev.talksbot.config.AlertsSettings;
import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.core.TalksBot;
import dev.talksbot.ingest.intake.LocalIntake;
import dev.talksbot.net.PageFetcher;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Alerts while serving: the store and two background threads: the dispatcher (article arrivals →
 * new-article events → stories and matches → outbox; digests; paced sending) and the feed poller.
 * The dispatcher follows the article store's arrivals, and the ingestion stage's {@link
 * dev.talksbot.ingest.intake.ArticleArrived} event wakes it at once. Each loop catches and logs its
 * failures and goes on.
 */
public final class AlertsRuntime implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(AlertsRuntime.class);

  private final AlertsSettings settings;
  private final AlertStore store;
  private final AlertEngine engine;
  private final ArrivalFeed arrivals;
  private final FeedPoller feeds;
  private final Semaphore wake = new Semaphore(0);

  /** How long this instance stays the matcher without renewing (it renews every round). */
  static final java.time.Duration MATCHING_LEASE = java.time.Duration.ofSeconds(15);

  private final String holder = java.util.UUID.randomUUID().toString();
  private final LocalIntake intake;
  private final Clock clock;
  private Thread dispatchThread;
  private Dispatcher dispatcher;
  private ScheduledExecutorService timers;
  private volatile boolean stopping;
  private boolean closed;

  /**
   * @param intake the ingestion stage of this process (feeds and {@code /ingest} submit to it; its
   *     arrival events wake the dispatcher)
   * @param fetcher fetches the feeds (SSRF-safe); closed by its owner
   * @param text how alerts and digests are written (the chat edge's format)
   */
  public AlertsRuntime(
      TalksbotConfig config,
      TalksBot bot,
      LocalIntake intake,
      PageFetcher fetcher,
      AlertStore store,
      Clock clock,
      AlertText text) {
    this.settings = config.alerts();
    this.store = store;
    this.clock = clock;
    this.intake = intake;
    this.engine = new AlertEngine(config, bot.index(), store, clock, text);
    this.arrivals = new ArrivalFeed(bot.articleStore(), store, clock);
    this.feeds = new FeedPoller(settings.feeds(), fetcher, intake, store, clock);
    intake.addListener(e -> wake.release());
  }

  /**
   * Opens the configured store (SQLite under the data dir, or PostgreSQL); alerts are written with
   * {@code text}.
   */
  public static AlertsRuntime open(
      TalksbotConfig config,
      TalksBot bot,
      LocalIntake intake,
      PageFetcher fetcher,
      AlertText text) {
    return new AlertsRuntime(
        config,
        bot,
        intake,
        fetcher,
        dev.talksbot.db.StateStores.alerts(config),
        Clock.systemUTC(),
        text);
  }

  public AlertsSettings settings() {
    return settings;
  }

  public Clock clock() {
    return clock;
  }

  /** Wakes the dispatcher now (an arrival or queued alerts another instance announced). */
  public void wake() {
    wake.release();
  }

  /** The ingestion stage the chat's {@code /ingest} submits to. */
  public LocalIntake intake() {
    return intake;
  }

  public AlertEngine engine() {
    return engine;
  }

  public AlertStore store() {
    return store;
  }

  public FeedPoller feeds() {
    return feeds;
  }

  public Dispatcher dispatcher() {
    return dispatcher;
  }

  /** Starts the background threads, sending with {@code sender}. */
  public void start(AlertSender sender) {
    dispatcher = new Dispatcher(store, sender, settings, clock);
    dispatchThread = new Thread(this::dispatchLoop, "alerts-dispatch");
    dispatchThread.setDaemon(true);
    dispatchThread.start();
    timers =
        Executors.newScheduledThreadPool(
            1,
            r -> {
              Thread t = new Thread(r, "alerts-timer");
              t.setDaemon(true);
              return t;
            });
    if (!settings.feeds().isEmpty()) {
      timers.scheduleWithFixedDelay(
          () ->
              guard(
                  "feeds",
                  () -> {
                    FeedPoller.Poll p = feeds.pollAll();
                    log.info("feeds polled: {}", p);
                    return 0;
                  }),
          0,
          settings.feedPollMinutes(),
          TimeUnit.MINUTES);
    }
    log.warn(
        "alerts: {} subscriptions, {} feed(s), pacing {}/s",
        store.stats().subscriptions(),
        settings.feeds().size(),
        settings.messagesPerSecond());
  }

  private interface Job {
    int run() throws Exception;
  }

  private void guard(String what, Job j) {
    try {
      j.run();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Throwable t) {
      log.error("alerts {}: {}", what, t.toString(), t);
    }
  }

  private void dispatchLoop() {
    while (!stopping) {
      long wait = settings.pollMillis() * 1_000_000L;
      try {
        arrivals.pull();
        // one instance matches and makes digests at a time (a lease renewed every round)
        Instant now = clock.instant();
        if (store.leadMatching(holder, now, now.plus(MATCHING_LEASE))) {
          engine.processEvents();
          engine.runDigests();
        }
        wait = Math.min(wait, dispatcher.sendDue());
      } catch (InterruptedException e) {
        return;
      } catch (Throwable t) {
        log.error("alerts dispatcher: {}", t.toString(), t);
      }
      if (wait > 0) {
        try {
          if (wake.tryAcquire(wait, TimeUnit.NANOSECONDS)) wake.drainPermits(); // an arrival
        } catch (InterruptedException e) {
          return;
        }
      }
    }
  }

  /** Stops the background threads (the chat commands keep working until {@link #close}). */
  public void stopBackground() {
    stopping = true;
    if (timers != null) timers.shutdownNow();
    if (dispatchThread != null) {
      dispatcher.requestStop(); // let the message in flight finish and be marked
      try {
        dispatchThread.join(5_000);
        if (dispatchThread.isAlive()) dispatchThread.interrupt(); // e.g. in a long 429 wait
        dispatchThread.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    try {
      if (timers != null) timers.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      store.releaseMatching(holder); // a restart or another instance matches at once
    } catch (RuntimeException e) {
      log.warn("alerts: could not give up the matcher's lease: {}", e.toString());
    }
  }

  @Override
  public synchronized void close() {
    if (closed) return;
    closed = true;
    stopBackground();
    store.close();
  }
}
