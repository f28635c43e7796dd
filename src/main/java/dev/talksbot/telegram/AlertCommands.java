package dev.talksbot.telegram;

import dev.talksbot.alerts.AlertsRuntime;
import dev.talksbot.alerts.store.AlertStore;
import dev.talksbot.alerts.store.AlertStore.Subscription;
import dev.talksbot.config.AlertsSettings;
import dev.talksbot.core.TalksBot;
import dev.talksbot.ingest.intake.Intake;
import dev.talksbot.ingest.intake.IntakeRequest;
import dev.talksbot.ingest.intake.IntakeResult;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * The chat side of alerts: /subscribe, /subscriptions, /unsubscribe; /stats and /ingest for admins.
 */
public final class AlertCommands implements ChatCommands {
  static final List<Command> COMMANDS =
      List.of(
          new Command(
              "subscribe",
              "[topic] [daily]",
              "alerts on new coverage (of a topic; daily = one digest a day)",
              false),
          new Command("subscriptions", "", "your alert subscriptions", false),
          new Command("unsubscribe", "<id>|all", "stop alerts", false),
          new Command("stats", "", "alerts statistics (admins)", true),
          new Command("ingest", "<url>", "add a web page to the coverage (admins)", true));

  private final AlertsSettings settings;
  private final AlertStore store;
  private final TalksBot bot;
  private final Intake intake;
  private final Clock clock;

  public AlertCommands(
      AlertsSettings settings, AlertStore store, TalksBot bot, Intake intake, Clock clock) {
    this.settings = settings;
    this.store = store;
    this.bot = bot;
    this.intake = intake;
    this.clock = clock;
  }

  /** The commands of a running alerts runtime. */
  public static AlertCommands of(AlertsRuntime alerts, TalksBot bot) {
    return new AlertCommands(
        alerts.settings(), alerts.store(), bot, alerts.intake(), alerts.clock());
  }

  @Override
  public List<Command> commands() {
    return COMMANDS;
  }

  boolean isAdmin(long chatId, long userId) {
    return settings.admins().contains(chatId) || settings.admins().contains(userId);
  }

  @Override
  public boolean has(String command, long chatId, long userId) {
    return switch (command) {
      case "/subscribe", "/subscriptions", "/unsubscribe" -> true;
      case "/stats", "/ingest" -> isAdmin(chatId, userId);
      default -> false;
    };
  }

  @Override
  public String run(Invocation inv) throws InterruptedException, java.io.IOException {
    return switch (inv.command()) {
      case "/subscribe" -> guarded(inv, () -> subscribe(inv));
      case "/unsubscribe" -> guarded(inv, () -> unsubscribe(inv));
      case "/subscriptions" -> list(inv.chatId());
      case "/stats" -> stats();
      case "/ingest" -> ingest(inv.argument());
      default -> throw new IllegalArgumentException(inv.command());
    };
  }

  private interface Action {
    String run() throws InterruptedException, java.io.IOException;
  }

  /** In groups only the group's admins change subscriptions. */
  private String guarded(Invocation inv, Action a)
      throws InterruptedException, java.io.IOException {
    if (inv.group() && !isAdmin(inv.chatId(), inv.userId()) && !inv.admin().isChatAdmin()) {
      return "Only the group's admins can change its alerts. /subscriptions shows them.";
    }
    return a.run();
  }

  String subscribe(Invocation inv) {
    String arg = inv.argument().strip();
    boolean daily = false;
    String[] words = arg.split("\\s+");
    if (!arg.isEmpty() && words[words.length - 1].equalsIgnoreCase("daily")) {
      daily = true;
      arg = arg.substring(0, arg.length() - words[words.length - 1].length()).strip();
    }
    String topic = arg.isEmpty() ? null : arg.replaceAll("\\s+", " ");
    if (topic != null) {
      int chars = topic.codePointCount(0, topic.length());
      if (chars > settings.maxTopicChars()) {
        return "That topic is too long ("
            + chars
            + " characters; at most "
            + settings.maxTopicChars()
            + "). A few words work best, e.g. <code>/subscribe prisoner exchange</code>.";
      }
      if (!topic.codePoints().anyMatch(Character::isLetterOrDigit)) {
        return "A topic needs words, e.g. <code>/subscribe prisoner exchange</code>; "
            + "<code>/subscribe</code> alone follows all coverage.";
      }
    }
    List<Subscription> existing = store.subscriptions(inv.chatId());
    for (Subscription s : existing) {
      if (java.util.Objects.equals(lower(s.topic()), lower(topic)) && s.daily() == daily) {
        return "Already subscribed: " + describe(s) + ".";
      }
    }
    if (existing.size() >= settings.maxSubscriptionsPerChat()) {
      return "This chat has "
          + existing.size()
          + " subscriptions, the most it may have. Remove one with "
          + "<code>/unsubscribe &lt;id&gt;</code> (ids: /subscriptions).";
    }
    Subscription s =
        store.subscribe(
            inv.chatId(), inv.group() ? "group" : "private", topic, daily, clock.instant());
    return "Subscribed: "
        + describe(s)
        + ". "
        + (daily
            ? "The digest comes once a day at "
                + String.format(Locale.ROOT, "%02d:00", settings.digestHour())
                + " "
                + Html.escape(settings.digestZone())
                + " when there is new coverage."
            : "You get one short cited alert per new story, however many outlets cover it.")
        + " Stop with <code>/unsubscribe "
        + s.id()
        + "</code>.";
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }

  static String describe(Subscription s) {
    return "#"
        + s.id()
        + " "
        + (s.topic() == null ? "all coverage" : "<i>" + Html.escape(s.topic()) + "</i>")
        + (s.daily() ? " (daily digest)" : " (instant)");
  }

  String list(long chatId) {
    List<Subscription> subs = store.subscriptions(chatId);
    if (subs.isEmpty()) {
      return "No alert subscriptions here. <code>/subscribe</code> follows all coverage; "
          + "<code>/subscribe prisoner exchange</code> one topic; add <code>daily</code> for a daily digest.";
    }
    StringBuilder b = new StringBuilder("<b>Alert subscriptions</b>");
    for (Subscription s : subs) b.append("\n").append(describe(s));
    b.append(
        "\n\nStop one with <code>/unsubscribe &lt;id&gt;</code>, or all with <code>/unsubscribe all</code>.");
    return b.toString();
  }

  String unsubscribe(Invocation inv) {
    String arg = inv.argument().strip().replaceFirst("^#", "");
    if (arg.equalsIgnoreCase("all")) {
      int n = store.unsubscribeAll(inv.chatId());
      return n == 0
          ? "There were no subscriptions here."
          : "Removed all " + n + " subscription(s). No more alerts here.";
    }
    long id;
    try {
      id = Long.parseLong(arg);
    } catch (NumberFormatException e) {
      return "Say which one: <code>/unsubscribe &lt;id&gt;</code> (ids: /subscriptions) or <code>/unsubscribe all</code>.";
    }
    return store.unsubscribe(inv.chatId(), id)
        ? "Removed subscription #" + id + "."
        : "There is no subscription #" + id + " here. /subscriptions lists them.";
  }

  String stats() {
    AlertStore.Stats s = store.stats();
    StringBuilder b = new StringBuilder("<b>Alerts</b>\n");
    b.append("articles indexed: ").append(bot.corpusInfo().articles()).append('\n');
    b.append("stories: ")
        .append(s.stories())
        .append(" (from ")
        .append(s.storyArticles())
        .append(" new articles)\n");
    b.append("subscribers: ")
        .append(s.subscribers())
        .append(" chats, ")
        .append(s.subscriptions())
        .append(" subscriptions\n");
    b.append("outbox backlog: ")
        .append(s.backlog())
        .append(", sent: ")
        .append(s.sent())
        .append(", parked: ")
        .append(s.parked())
        .append('\n');
    b.append("articles waiting for matching: ").append(s.pendingEvents());
    List<AlertStore.Parked> parked = store.parked(5);
    if (!parked.isEmpty()) {
      b.append("\n\n<b>Parked</b> (newest first)");
      for (AlertStore.Parked p : parked) {
        b.append("\n#")
            .append(p.id())
            .append(" chat ")
            .append(p.chatId())
            .append(", ")
            .append(Html.escape(p.storyKey()))
            .append(", ")
            .append(p.attempts())
            .append(" attempt(s): ")
            .append(Html.escape(p.reason()));
      }
    }
    return b.toString();
  }

  String ingest(String url) throws InterruptedException {
    url = url.strip();
    if (!(url.startsWith("http://") || url.startsWith("https://"))) {
      return "Usage: <code>/ingest https://…</code> (a news page).";
    }
    try {
      IntakeResult.Added r =
          (IntakeResult.Added) intake.submit(new IntakeRequest.Page(url, null, null, "chat"));
      if (r.added().isEmpty()) return "Already indexed, unchanged: " + Html.escape(url);
      return "Added "
          + Html.escape(r.added().get(0))
          + " ("
          + r.passages()
          + " passages) from "
          + Html.escape(url)
          + ". Matching subscribers get an alert shortly.";
    } catch (java.io.IOException | RuntimeException e) {
      return "Could not ingest " + Html.escape(url) + ": " + Html.escape(e.getMessage());
    }
  }
}
