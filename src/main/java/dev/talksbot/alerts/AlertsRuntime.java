package dev.talksbot.alerts;

import dev.talksbot.alerts.store.AlertStore;
import dev.talksbot.alerts.store.SqliteAlertStore;
import dev.talksbot.config.AlertsSettings;
import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.core.TalksBot;
import java.io.IOException;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Alerts while serving: the store, the chat commands, and three background threads: the dispatcher
 * (new-article events → stories and matches → outbox; digests; paced sending), the inbox scanner
 * and the feed poller. Each loop catches and logs its failures and goes on.
 */
public final class AlertsRuntime implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(AlertsRuntime.class);

  private final AlertsSettings settings;
  private final AlertStore store;
  private final PageFetcher fetcher;
  private final Ingestor ingestor;
  private final AlertEngine engine;
  private final InboxWatcher inbox;
  private final FeedPoller feeds;
  private final Clock clock;
  private Thread dispatchThread;
  private Dispatcher dispatcher;
  private ScheduledExecutorService timers;
  private volatile boolean stopping;
  private boolean closed;

  public AlertsRuntime(
      TalksbotConfig config, TalksBot bot, AlertStore store, Clock clock, AlertText text)
      throws IOException {
    this.settings = config.alerts();
    this.store = store;
    this.clock = clock;
    this.fetcher = PageFetcher.of(settings);
    this.ingestor = new Ingestor(bot, store, fetcher, clock);
    this.engine = new AlertEngine(config, bot.index(), store, clock, text);
    this.inbox = new InboxWatcher(InboxWatcher.inboxIn(config.dataDir()), ingestor);
    this.feeds = new FeedPoller(settings.feeds(), fetcher, ingestor, store, clock);
  }

  /** Opens the SQLite store under the data dir; alerts are written with {@code text}. */
  public static AlertsRuntime open(TalksbotConfig config, TalksBot bot, AlertText text)
      throws IOException {
    return new AlertsRuntime(
        config, bot, SqliteAlertStore.openIn(config.dataDir()), Clock.systemUTC(), text);
  }

  public AlertsSettings settings() {
    return settings;
  }

  public Clock clock() {
    return clock;
  }

  public AlertEngine engine() {
    return engine;
  }

  public AlertStore store() {
    return store;
  }

  public Ingestor ingestor() {
    return ingestor;
  }

  public InboxWatcher inbox() {
    return inbox;
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
            2,
            r -> {
              Thread t = new Thread(r, "alerts-timer");
              t.setDaemon(true);
              return t;
            });
    timers.scheduleWithFixedDelay(
        () -> guard("inbox", inbox::scanOnce), 0, settings.inboxPollSeconds(), TimeUnit.SECONDS);
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
        "alerts: {} subscriptions, inbox {}, {} feed(s), pacing {}/s",
        store.stats().subscriptions(),
        inbox.folder(),
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
        engine.processEvents();
        engine.runDigests();
        wait = Math.min(wait, dispatcher.sendDue());
      } catch (InterruptedException e) {
        return;
      } catch (Throwable t) {
        log.error("alerts dispatcher: {}", t.toString(), t);
      }
      if (wait > 0) {
        try {
          TimeUnit.NANOSECONDS.sleep(wait);
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
  }

  @Override
  public synchronized void close() {
    if (closed) return;
    closed = true;
    stopBackground();
    fetcher.close();
    store.close();
  }
}
