package dev.talksbot.telegram;

import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.config.TelegramSettings;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.objects.commands.BotCommand;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultArticle;

/**
 * {@code ./talksbot serve}: the Telegram bot. {@link BotConnection} connects, {@link UpdateIntake}
 * takes updates (long polling or webhook) onto an {@link OrderedExecutor} (bounded, named threads,
 * per-chat order), where {@link UpdateHandler} answers them. {@link #close} stops taking updates
 * and waits (bounded) for the answers in flight.
 */
public final class TelegramService implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(TelegramService.class);

  /** Knobs the tests turn; the product uses {@link #defaults()}. */
  public record Options(Duration typingInterval, Duration retryBackoff, int pollBackoffMillis) {
    public static Options defaults() {
      return new Options(Duration.ofSeconds(4), Duration.ofMillis(500), 500);
    }
  }

  private final TelegramSettings settings;
  private final BotToken token;
  private final BotConnection conn;
  private final OrderedExecutor workers;
  private final ScheduledExecutorService typingTimer;
  private final AtomicBoolean stopping = new AtomicBoolean();
  private FeedbackStore feedback;
  private QuoteStore quotes;
  private UpdateJournal journal;
  private UpdateIntake intake;

  private TelegramService(TelegramSettings settings, BotToken token, BotConnection conn) {
    this.settings = settings;
    this.token = token;
    this.conn = conn;
    this.workers = new OrderedExecutor("tg-worker", settings.workers(), settings.queueCapacity());
    this.typingTimer = Executors.newSingleThreadScheduledExecutor(daemon("tg-typing"));
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
    BotConnection conn =
        BotConnection.open(config.telegram(), token, options.retryBackoff(), metrics);
    TelegramService svc = new TelegramService(config.telegram(), token, conn);
    try {
      svc.begin(config, core, options, extra);
    } catch (Exception | Error e) {
      svc.close();
      throw e;
    }
    return svc;
  }

  private void begin(TalksbotConfig config, BotCore core, Options options, ChatCommands extra)
      throws Exception {
    quotes = QuoteStore.open(config, System.getenv(), Clock.systemUTC());
    if (settings.feedback())
      feedback = FeedbackStore.open(config, System.getenv(), Clock.systemUTC());
    Set<Long> admins = new HashSet<>(config.alerts().admins());
    BotContext ctx =
        new BotContext(
            core,
            new Replies(conn.api()),
            quotes,
            feedback,
            new FloodLimiter(settings.questionsPerMinute(), System::nanoTime),
            typingTimer,
            options.typingInterval(),
            settings.maxQuestionChars(),
            conn.me().getUserName(),
            conn.me().getId(),
            admins);
    InlineAnswers inline =
        new InlineAnswers(
            ctx,
            new InlineCache<InlineQueryResultArticle>(
                Duration.ofSeconds(settings.inlineCacheSeconds()), System::nanoTime),
            settings.inlineCacheSeconds());
    UpdateHandler handler = new UpdateHandler(ctx, inline);
    handler.extra(extra);
    setCommands(extra);
    journal = UpdateJournal.open(config, System.getenv(), conn.me().getId(), Clock.systemUTC());
    intake = new UpdateIntake(settings, token, conn, workers, handler, journal);
    intake.start(options.pollBackoffMillis());
  }

  private void setCommands(ChatCommands extra) throws InterruptedException {
    List<BotCommand> menu =
        new ArrayList<>(
            List.of(
                new BotCommand("ask", "Answer a question from the coverage"),
                new BotCommand("summary", "A short cited overview, optionally of a topic"),
                new BotCommand("latest", "The newest articles, each with a summary button"),
                new BotCommand("sources", "The articles I know")));
    if (extra != null) {
      for (ChatCommands.Command c : extra.commands()) {
        if (!c.adminOnly()) menu.add(new BotCommand(c.name(), c.description()));
      }
    }
    menu.add(new BotCommand("help", "What I can do"));
    menu.add(new BotCommand("start", "About this bot"));
    try {
      conn.api().call(0, SetMyCommands.builder().commands(menu).build());
    } catch (BotApi.ApiFailure f) {
      log.warn("setMyCommands failed (the command menu may be missing): {}", f.getMessage());
    }
  }

  /**
   * An alert sender sharing this service's HTTP client and token: one attempt per call except for
   * 429 waits (the alerts outbox retries and parks on its own).
   */
  public TelegramAlertSender alertSender() {
    return new TelegramAlertSender(
        TelegramAlertSender.forAlerts(conn.client(), token, settings), null);
  }

  /** The bot's @username. */
  public String username() {
    return conn.me().getUserName();
  }

  /** Chats whose sends got a 403 (the user blocked the bot) and that have not written since. */
  public Set<Long> blockedChats() {
    return conn.api().blockedChats();
  }

  /** Updates received, Bot API calls, retries and 429 waits so far. */
  public String stats() {
    BotApi api = conn.api();
    return "updates "
        + (intake == null ? 0 : intake.received.get())
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

  /** True while updates come in: polling runs, or the webhook server listens (ops hook). */
  public boolean receiving() {
    return !stopping.get() && intake != null && intake.receiving();
  }

  /** Updates waiting for a worker (ops hook). */
  public int queueDepth() {
    return workers.pending();
  }

  /** Port the webhook server listens on (webhook mode). */
  public int webhookPort() {
    return intake == null ? -1 : intake.webhookPort();
  }

  /** Stops taking updates, waits up to telegram.shutdownSeconds for answers in flight. */
  @Override
  public void close() {
    if (!stopping.compareAndSet(false, true)) return;
    if (intake != null) intake.stop();
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
    if (intake != null) intake.shutdownThreads();
    conn.shutdown();
    if (feedback != null) feedback.close();
    if (quotes != null) quotes.close();
    if (journal != null) journal.close();
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
