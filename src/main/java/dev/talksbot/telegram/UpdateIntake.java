package dev.talksbot.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.talksbot.config.TelegramSettings;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.ExponentialBackOff;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Where updates come in: long polling (TelegramBots) or the webhook server. Either way an update is
 * only queued here, on an {@link OrderedExecutor} (bounded, per-chat order), for {@link
 * UpdateHandler}.
 */
final class UpdateIntake {
  private static final Logger log = LoggerFactory.getLogger(UpdateIntake.class);
  static final List<String> ALLOWED_UPDATES = List.of("message", "callback_query", "inline_query");

  /** Updates asked for per getUpdates call (Telegram's maximum). */
  static final int POLL_LIMIT = 100;

  /** The polling back-off's ceiling and growth after failed polls. */
  static final int POLL_BACKOFF_MAX_MILLIS = 30_000;

  static final double POLL_BACKOFF_MULTIPLIER = 1.5;

  /** How long a full queue holds the polling thread per try, in milliseconds. */
  static final long QUEUE_WAIT_MILLIS = 1000;

  private final TelegramSettings settings;
  private final BotToken token;
  private final BotConnection conn;
  private final OrderedExecutor workers;
  private final UpdateHandler handler;
  private final JournalGate gate;
  private final ScheduledExecutorService pollExecutor;
  private final ScheduledExecutorService journalKeeper =
      Executors.newSingleThreadScheduledExecutor(TelegramService.daemon("tg-journal"));
  private final AtomicBoolean stopping = new AtomicBoolean();
  final AtomicLong received = new AtomicLong();
  private TelegramBotsLongPollingApplication polling;
  private WebhookServer webhook;

  UpdateIntake(
      TelegramSettings settings,
      BotToken token,
      BotConnection conn,
      OrderedExecutor workers,
      UpdateHandler handler,
      UpdateJournal journal) {
    this.gate = new JournalGate(journal, handler);
    this.settings = settings;
    this.token = token;
    this.conn = conn;
    this.workers = workers;
    this.handler = handler;
    this.pollExecutor =
        Executors.newSingleThreadScheduledExecutor(TelegramService.daemon("tg-poll"));
  }

  /** Starts the webhook server (and registers it when a public URL is set) or long polling. */
  void start(int pollBackoffMillis) throws Exception {
    replayUnfinished();
    if (gate.shared()) {
      long every = UpdateJournal.RENEW_EVERY.toMillis();
      journalKeeper.scheduleWithFixedDelay(this::keepJournal, every, every, TimeUnit.MILLISECONDS);
    }
    String username = conn.me().getUserName();
    if (settings.mode() == dev.talksbot.config.TelegramMode.WEBHOOK) {
      startWebhook(username);
      return;
    }
    ObjectMapper mapper =
        new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    polling =
        new TelegramBotsLongPollingApplication(
            () -> mapper,
            conn::http,
            () -> pollExecutor,
            () ->
                new ExponentialBackOff.Builder()
                    .setInitialIntervalMillis(pollBackoffMillis)
                    .setMaxIntervalMillis(POLL_BACKOFF_MAX_MILLIS)
                    .setMultiplier(POLL_BACKOFF_MULTIPLIER)
                    .build());
    int timeout = settings.pollTimeoutSeconds();
    polling.registerBot(
        token.reveal(),
        conn::url,
        last ->
            GetUpdates.builder()
                .offset(last + 1)
                .limit(POLL_LIMIT)
                .timeout(timeout)
                .allowedUpdates(ALLOWED_UPDATES)
                .build(),
        this::consume);
    if (!polling.isRunning()) polling.start();
    log.warn(
        "@{} polling {} (workers {}, queue {})",
        username,
        settings.apiUrl(),
        settings.workers(),
        settings.queueCapacity());
  }

  private void startWebhook(String username) throws Exception {
    var hook = settings.webhook();
    String secret = WebhookServer.secret(System.getenv(), hook);
    webhook = WebhookServer.start(hook, secret, this::offerNow);
    if (hook.publicUrl() != null) {
      var set =
          SetWebhook.builder()
              .url(hook.publicUrl())
              .secretToken(secret)
              .allowedUpdates(ALLOWED_UPDATES)
              .build();
      try {
        conn.client().executeAsync(set).get(settings.requestTimeoutSeconds(), TimeUnit.SECONDS);
      } catch (ExecutionException | TimeoutException e) {
        log.warn(
            "setWebhook failed ({}); register {} yourself",
            token.scrub(BotApi.describe(e)),
            hook.publicUrl());
      }
    } else {
      log.warn(
          "webhook mode without telegram.webhook.publicUrl: register the webhook yourself (setWebhook "
              + "with secret_token), pointing at a public https URL that reaches {}:{}{}",
          hook.host(),
          webhook.port(),
          hook.path());
    }
    log.warn(
        "@{} serving by webhook on {}:{}{}", username, hook.host(), webhook.port(), hook.path());
  }

  /**
   * Runs on the polling thread: queue each update, never throw (an exception would stop polling).
   */
  private void consume(List<Update> updates) {
    for (Update u : updates) {
      try {
        if (!offer(u)) return;
      } catch (Throwable t) {
        log.error(
            "update {} could not be queued: {}",
            u.getUpdateId(),
            BotToken.scrubAll(BotApi.describe(t)));
      }
    }
  }

  /**
   * Queues again the updates a previous run took from Telegram but did not finish answering (it was
   * killed): they are answered now, before new ones.
   */
  private void replayUnfinished() throws InterruptedException {
    for (Update u : gate.unfinished()) {
      Object lane = UpdateHandler.laneOf(u);
      if (lane == null || !workers.submit(lane, gate.task(u), QUEUE_WAIT_MILLIS * 30)) {
        gate.done(u);
      }
    }
  }

  /**
   * With a journal shared by instances: renews this instance's leases, then takes over what an
   * instance that stopped (killed, its machine gone) took from Telegram and did not answer.
   */
  private void keepJournal() {
    if (stopping.get()) return;
    try {
      gate.renew();
      replayUnfinished();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      log.warn("update journal upkeep failed: {}", e.toString());
    }
  }

  /**
   * Queues an update behind its chat's others; waits while the queue is full. False when stopping
   * (the update is not confirmed to Telegram and comes again at the next start).
   */
  boolean offer(Update u) {
    received.incrementAndGet();
    Object lane = UpdateHandler.laneOf(u);
    if (lane == null) {
      log.debug("update {} ignored (kind not handled)", u.getUpdateId());
      return true;
    }
    if (!gate.remember(u)) return true;
    try {
      while (!stopping.get()) {
        if (workers.submit(lane, gate.task(u), QUEUE_WAIT_MILLIS)) return true;
        if (!stopping.get())
          log.warn(
              "update queue full ({} waiting); holding update {}",
              workers.pending(),
              u.getUpdateId());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return false;
  }

  /** The webhook's hand-off: queues without waiting; false when full or stopping (answered 503). */
  boolean offerNow(Update u) {
    Object lane = UpdateHandler.laneOf(u);
    if (lane != null) {
      if (!gate.remember(u)) return true; // a re-delivery: 200, nothing to do
      boolean queued;
      try {
        queued = !stopping.get() && workers.submit(lane, gate.task(u), 0);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        queued = false;
      }
      if (!queued) {
        gate.forget(u); // answered 503: Telegram sends it again
        return false;
      }
    }
    received.incrementAndGet();
    return true;
  }

  /** True while polling runs or the webhook server listens. */
  boolean receiving() {
    return webhook != null || (polling != null && polling.isRunning());
  }

  int webhookPort() {
    return webhook == null ? -1 : webhook.port();
  }

  /** Stops taking updates (the long poll in flight is cancelled when the client shuts down). */
  void stop() {
    stopping.set(true);
    journalKeeper.shutdown();
    if (polling != null) {
      // the long poll in flight is cancelled later; TelegramBots would log that as an ERROR
      if (LoggerFactory.getLogger(org.telegram.telegrambots.longpolling.BotSession.class)
          instanceof ch.qos.logback.classic.Logger l) {
        l.setLevel(ch.qos.logback.classic.Level.OFF);
      }
      try {
        polling.close();
      } catch (Exception e) {
        log.debug("stopping polling: {}", token.scrub(e.toString()));
      }
    }
    if (webhook != null) webhook.stop();
  }

  /** After the workers are done: the polling thread. */
  void shutdownThreads() {
    pollExecutor.shutdownNow();
    journalKeeper.shutdownNow();
  }
}
