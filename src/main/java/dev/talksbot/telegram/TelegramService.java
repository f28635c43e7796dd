package dev.talksbot.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.talksbot.config.ConfigException;
import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.config.TelegramSettings;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.ExponentialBackOff;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.methods.updates.SetWebhook;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;

/**
 * {@code ./talksbot serve}: the Telegram bot. Updates arrive by long polling (TelegramBots) or by
 * webhook; the polling thread only queues them on an {@link OrderedExecutor} (bounded, named
 * threads, per-chat order), where {@link UpdateHandler} answers them. {@link #close} stops taking
 * updates and waits (bounded) for the answers in flight.
 */
public final class TelegramService implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(TelegramService.class);
  static final List<String> ALLOWED_UPDATES = List.of("message", "callback_query");

  /** Knobs the tests turn; the product uses {@link #defaults()}. */
  public record Options(Duration typingInterval, Duration retryBackoff, int pollBackoffMillis) {
    public static Options defaults() {
      return new Options(Duration.ofSeconds(4), Duration.ofMillis(500), 500);
    }
  }

  private final TelegramSettings settings;
  private final BotToken token;
  private final OkHttpClient http;
  private final OkHttpTelegramClient client;
  private final BotApi api;
  private final OrderedExecutor workers;
  private final ScheduledExecutorService typingTimer;
  private final ScheduledExecutorService pollExecutor;
  private final AtomicBoolean stopping = new AtomicBoolean();
  private final AtomicLong received = new AtomicLong();
  private final String username;
  private UpdateHandler handler;
  private ChatCommands extra;
  private TelegramBotsLongPollingApplication polling;
  private WebhookServer webhook;

  private TelegramService(
      TelegramSettings settings,
      BotToken token,
      OkHttpClient http,
      OkHttpTelegramClient client,
      BotApi api,
      String username) {
    this.client = client;
    this.settings = settings;
    this.token = token;
    this.http = http;
    this.api = api;
    this.username = username;
    this.workers = new OrderedExecutor("tg-worker", settings.workers(), settings.queueCapacity());
    this.typingTimer = Executors.newSingleThreadScheduledExecutor(daemon("tg-typing"));
    this.pollExecutor = Executors.newSingleThreadScheduledExecutor(daemon("tg-poll"));
  }

  /** Connects (getMe, setMyCommands), then starts taking updates. */
  public static TelegramService start(
      TalksbotConfig config, BotToken token, BotCore core, Options options) throws Exception {
    return start(config, token, core, options, null);
  }

  /** The same, with extra chat commands (alerts); {@code extra} may be null. */
  public static TelegramService start(
      TalksbotConfig config, BotToken token, BotCore core, Options options, ChatCommands extra)
      throws Exception {
    return start(config, token, core, options, extra, dev.talksbot.ops.Metrics.NONE);
  }

  /** The same, reporting Bot API calls to {@code metrics} (ops hook, issue 12). */
  public static TelegramService start(
      TalksbotConfig config,
      BotToken token,
      BotCore core,
      Options options,
      ChatCommands extra,
      dev.talksbot.ops.Metrics metrics)
      throws Exception {
    TelegramSettings s = config.telegram();
    URI u = URI.create(s.apiUrl());
    int port = u.getPort() > 0 ? u.getPort() : (u.getScheme().equals("https") ? 443 : 80);
    TelegramUrl url = new TelegramUrl(u.getScheme(), u.getHost(), port, false);
    Dispatcher dispatcher = new Dispatcher(Executors.newCachedThreadPool(daemon("tg-http")));
    dispatcher.setMaxRequests(64);
    dispatcher.setMaxRequestsPerHost(32);
    OkHttpClient http =
        new OkHttpClient.Builder()
            .dispatcher(dispatcher)
            .connectTimeout(Duration.ofSeconds(10))
            .readTimeout(
                Duration.ofSeconds(
                    Math.max(s.requestTimeoutSeconds(), s.pollTimeoutSeconds() + 15)))
            .writeTimeout(Duration.ofSeconds(s.requestTimeoutSeconds()))
            .retryOnConnectionFailure(true)
            .build();
    OkHttpTelegramClient client = new OkHttpTelegramClient(http, token.reveal(), url);
    BotApi api =
        new BotApi(
            client,
            token,
            s.sendAttempts(),
            Duration.ofSeconds(s.requestTimeoutSeconds()),
            options.retryBackoff(),
            metrics);
    User me;
    try {
      me = api.call(0, new GetMe());
    } catch (BotApi.ApiFailure f) {
      if (f.code == 401 || f.code == 404) {
        throw new ConfigException(
            "Telegram rejected the bot token ("
                + f.code
                + "): check TELEGRAM_BOT_TOKEN "
                + "or telegram.tokenFile; @BotFather shows the token again with /token");
      }
      http.dispatcher().executorService().shutdownNow();
      throw new IllegalStateException(
          "cannot reach the Bot API at " + s.apiUrl() + ": " + f.getMessage());
    }
    TelegramService svc = new TelegramService(s, token, http, client, api, me.getUserName());
    svc.extra = extra;
    try {
      svc.begin(config, core, options, me, url);
    } catch (Exception | Error e) {
      svc.close();
      throw e;
    }
    return svc;
  }

  private void begin(TalksbotConfig config, BotCore core, Options options, User me, TelegramUrl url)
      throws Exception {
    QuoteStore store = new QuoteStore(config.dataDir().resolve("telegram").resolve("quotes"));
    handler =
        new UpdateHandler(
            core,
            api,
            store,
            new FloodLimiter(settings.questionsPerMinute(), System::nanoTime),
            typingTimer,
            options.typingInterval(),
            settings.maxQuestionChars(),
            me.getUserName(),
            me.getId());
    handler.extra(extra);
    List<BotCommand> menu =
        new java.util.ArrayList<>(
            List.of(
                new BotCommand("ask", "Answer a question from the coverage"),
                new BotCommand("summary", "A short cited overview, optionally of a topic"),
                new BotCommand("sources", "The articles I know")));
    if (extra != null) {
      for (ChatCommands.Command c : extra.commands()) {
        if (!c.adminOnly()) menu.add(new BotCommand(c.name(), c.description()));
      }
    }
    menu.add(new BotCommand("help", "What I can do"));
    menu.add(new BotCommand("start", "About this bot"));
    try {
      api.call(0, SetMyCommands.builder().commands(menu).build());
    } catch (BotApi.ApiFailure f) {
      log.warn("setMyCommands failed (the command menu may be missing): {}", f.getMessage());
    }
    if (settings.mode() == dev.talksbot.config.TelegramMode.WEBHOOK) {
      String secret = WebhookServer.secret(System.getenv(), settings.webhook());
      webhook = WebhookServer.start(settings.webhook(), secret, this::offerNow);
      if (settings.webhook().publicUrl() != null) {
        var set =
            SetWebhook.builder()
                .url(settings.webhook().publicUrl())
                .secretToken(secret)
                .allowedUpdates(ALLOWED_UPDATES)
                .build();
        try {
          client.executeAsync(set).get(settings.requestTimeoutSeconds(), TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException
            | java.util.concurrent.TimeoutException e) {
          log.warn(
              "setWebhook failed ({}); register {} yourself",
              token.scrub(BotApi.describe(e)),
              settings.webhook().publicUrl());
        }
      } else {
        log.warn(
            "webhook mode without telegram.webhook.publicUrl: register the webhook yourself (setWebhook "
                + "with secret_token), pointing at a public https URL that reaches {}:{}{}",
            settings.webhook().host(),
            webhook.port(),
            settings.webhook().path());
      }
      log.warn(
          "@{} serving by webhook on {}:{}{}",
          username,
          settings.webhook().host(),
          webhook.port(),
          settings.webhook().path());
      return;
    }
    ObjectMapper mapper =
        new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    polling =
        new TelegramBotsLongPollingApplication(
            () -> mapper,
            () -> http,
            () -> pollExecutor,
            () ->
                new ExponentialBackOff.Builder()
                    .setInitialIntervalMillis(options.pollBackoffMillis())
                    .setMaxIntervalMillis(30_000)
                    .setMultiplier(1.5)
                    .build());
    int timeout = settings.pollTimeoutSeconds();
    polling.registerBot(
        token.reveal(),
        () -> url,
        last ->
            GetUpdates.builder()
                .offset(last + 1)
                .limit(100)
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
    try {
      while (!stopping.get()) {
        if (workers.submit(lane, () -> handler.handle(u), 1000)) return true;
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
    try {
      if (lane != null && (stopping.get() || !workers.submit(lane, () -> handler.handle(u), 0))) {
        return false;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
    received.incrementAndGet();
    return true;
  }

  /**
   * An alert sender sharing this service's HTTP client and token: one attempt per call except for
   * 429 waits (the alerts outbox retries and parks on its own).
   */
  public TelegramAlertSender alertSender() {
    return new TelegramAlertSender(TelegramAlertSender.forAlerts(client, token, settings), null);
  }

  /** The bot's @username. */
  public String username() {
    return username;
  }

  /** Chats whose sends got a 403 (the user blocked the bot) and that have not written since. */
  public java.util.Set<Long> blockedChats() {
    return api.blockedChats();
  }

  /** Updates received, Bot API calls, retries and 429 waits so far. */
  public String stats() {
    return "updates "
        + received.get()
        + ", api calls "
        + api.calls.get()
        + ", retries "
        + api.retries.get()
        + ", 429 waits "
        + api.rateLimited.get()
        + ", failed calls "
        + api.failures.get()
        + ", blocked chats "
        + api.blockedChats().size();
  }

  // ops hooks (issue 12) ------------------------------------------------------------

  /** True while updates come in: polling runs, or the webhook server listens. */
  public boolean receiving() {
    if (stopping.get()) return false;
    return webhook != null || (polling != null && polling.isRunning());
  }

  /** Updates waiting for a worker. */
  public int queueDepth() {
    return workers.pending();
  }

  // ----------------------------------------------------------------------------------

  /** Port the webhook server listens on (webhook mode). */
  public int webhookPort() {
    return webhook == null ? -1 : webhook.port();
  }

  /** Stops taking updates, waits up to telegram.shutdownSeconds for answers in flight. */
  @Override
  public void close() {
    if (!stopping.compareAndSet(false, true)) return;
    if (polling != null) {
      // the long poll in flight is cancelled below; TelegramBots would log that as an ERROR
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
    boolean done;
    try {
      done = workers.shutdownAndWait(TimeUnit.SECONDS.toMillis(settings.shutdownSeconds()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      done = false;
    }
    if (!done)
      log.warn("stopped with answers still in flight after {} s", settings.shutdownSeconds());
    typingTimer.shutdownNow();
    pollExecutor.shutdownNow();
    http.dispatcher().cancelAll();
    http.dispatcher().executorService().shutdownNow();
    http.connectionPool().evictAll();
    log.warn("stopped; {}", stats());
  }

  static java.util.concurrent.ThreadFactory daemon(String name) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
