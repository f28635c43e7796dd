package dev.talksbot.telegram;

import dev.talksbot.core.SmallTalk;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatAdministrators;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Messages: commands ({@code /start}, {@code /help}, {@code /ask}, {@code /summary}, {@code
 * /latest}, {@code /sources}, {@code /stats} and the added ones), and questions (in groups only
 * when addressed: a mention or a reply to the bot). Each user's messages pass the flood limit.
 */
final class MessageRouter {
  private static final Logger log = LoggerFactory.getLogger(MessageRouter.class);

  private final BotContext ctx;
  private final Answering answering;
  private final LatestArticles latest;

  /** Commands added by other parts of the program (alerts); none when null. */
  private volatile ChatCommands extra;

  MessageRouter(BotContext ctx, Answering answering, LatestArticles latest) {
    this.ctx = ctx;
    this.answering = answering;
    this.latest = latest;
  }

  void extra(ChatCommands commands) {
    this.extra = commands;
  }

  ChatCommands extra() {
    return extra;
  }

  void onMessage(Message msg) throws InterruptedException, java.io.IOException {
    Chat chat = msg.getChat();
    User from = msg.getFrom();
    if (chat == null
        || "channel".equals(chat.getType())
        || from == null
        || Boolean.TRUE.equals(from.getIsBot())) {
      return;
    }
    long chatId = chat.getId();
    boolean group = !"private".equals(chat.getType());
    ctx.api().unblocked(chatId);
    String text = msg.getText();
    Messages m = Messages.forUser(from.getLanguageCode(), text);
    if (text == null) {
      if (!group && hasContent(msg) && allowed(m, chatId, from.getId(), null)) {
        ctx.replies().send(chatId, m.get("error.not.text"), null, null);
      }
      return;
    }
    text = text.strip();
    Integer replyTo = group ? msg.getMessageId() : null;
    if (text.startsWith("/")) {
      command(m, msg, chat, from, text, replyTo);
      return;
    }
    String question = text;
    if (group) {
      String bot = ctx.botUsername();
      boolean mentioned =
          bot != null && text.toLowerCase(Locale.ROOT).contains("@" + bot.toLowerCase(Locale.ROOT));
      boolean replyToBot =
          msg.getReplyToMessage() != null
              && msg.getReplyToMessage().getFrom() != null
              && msg.getReplyToMessage().getFrom().getId() != null
              && msg.getReplyToMessage().getFrom().getId() == ctx.botId();
      if (!mentioned && !replyToBot) return;
      if (mentioned) {
        question = text.replaceAll("(?i)@" + Pattern.quote(bot) + "\\b", " ").strip();
      }
    }
    if (!allowed(m, chatId, from.getId(), replyTo)) return;
    if (question.isEmpty()) {
      ctx.replies().send(chatId, greeting(m, group), replyTo, null);
      return;
    }
    var courtesy = SmallTalk.of(question);
    if (courtesy.isPresent()) {
      ctx.replies().send(chatId, smallTalk(m, courtesy.get(), group), replyTo, null);
      return;
    }
    answering.answer(m, chatId, msg.getMessageId(), question, Answering.Request.QUESTION);
  }

  /**
   * The reply to a courtesy message: the greeting to a hello, the help to a question about the bot,
   * the articles it knows to a question about its sources, a short word to thanks or ok.
   */
  private String smallTalk(Messages m, SmallTalk.Kind kind, boolean group) {
    String topic = Html.escape(ctx.core().corpusInfo().topic());
    return switch (kind) {
      case HELLO -> greeting(m, group);
      case HELP -> help(m, group, extra);
      case SOURCES -> sources(m);
      case THANKS -> m.get("smalltalk.thanks", topic);
      case OK -> m.get("smalltalk.ok", topic);
    };
  }

  private String greeting(Messages m, boolean group) {
    return TelegramFormat.greeting(m, ctx.core().corpusInfo(), group, ctx.botUsername());
  }

  /** The /help text (also the reply to "what can you do?"), with the extra commands' lines. */
  private String help(Messages m, boolean group, ChatCommands ext) {
    return TelegramFormat.help(m, group, ctx.botUsername(), ctx.maxQuestionChars())
        + TelegramFormat.helpExtra(m, ext);
  }

  /** The /sources list (also the reply to "what sources do you use?"). */
  private String sources(Messages m) {
    return TelegramFormat.sources(m, ctx.core().corpusInfo(), ctx.core().sources());
  }

  private void command(Messages m, Message msg, Chat chat, User from, String text, Integer replyTo)
      throws InterruptedException, java.io.IOException {
    long chatId = chat.getId();
    boolean group = !"private".equals(chat.getType());
    String first = text.split("\\s+", 2)[0];
    String arg = text.length() > first.length() ? text.substring(first.length()).strip() : "";
    String cmd = first;
    boolean addressed = false;
    int at = first.indexOf('@');
    if (at >= 0) {
      String target = first.substring(at + 1);
      if (ctx.botUsername() == null || !target.equalsIgnoreCase(ctx.botUsername())) return;
      cmd = first.substring(0, at);
      addressed = true;
    }
    cmd = cmd.toLowerCase(Locale.ROOT);
    if (!arg.isEmpty() && from.getLanguageCode() == null) m = Messages.forUser(null, arg);
    ChatCommands ext = extra;
    boolean extended = ext != null && ext.has(cmd, chatId, from.getId());
    boolean feedbackStats =
        cmd.equals("/stats") && ctx.feedback() != null && ctx.isAdmin(chatId, from.getId());
    boolean known =
        switch (cmd) {
          case "/start", "/help", "/ask", "/summary", "/sources", "/latest" -> true;
          default -> extended || feedbackStats;
        };
    if (!known && group && !addressed) return; // maybe another bot's command
    if (!allowed(m, chatId, from.getId(), replyTo)) return;
    Replies r = ctx.replies();
    switch (cmd) {
      case "/start" -> r.send(chatId, greeting(m, group), replyTo, null);
      case "/help" -> r.send(chatId, help(m, group, ext), replyTo, null);
      case "/sources" -> r.send(chatId, sources(m), replyTo, null);
      case "/latest" -> {
        if (dev.talksbot.core.NewestArticles.namesATopic(arg)) { // "/latest prisoner exchange"
          answering.answer(m, chatId, msg.getMessageId(), arg, Answering.Request.LATEST);
        } else {
          LatestArticles.Reply lr = latest.reply(m, arg);
          r.send(chatId, lr.html(), replyTo, lr.keyboard());
        }
      }
      case "/summary" ->
          answering.answer(
              m, chatId, msg.getMessageId(), arg.isEmpty() ? null : arg, Answering.Request.SUMMARY);
      case "/ask" -> {
        if (arg.isEmpty()) r.send(chatId, m.get("command.usage.ask"), replyTo, null);
        else answering.answer(m, chatId, msg.getMessageId(), arg, Answering.Request.QUESTION);
      }
      default -> {
        if (!extended && !feedbackStats) {
          r.send(chatId, TelegramFormat.unknownCommand(m, cmd), replyTo, null);
          return;
        }
        StringBuilder out = new StringBuilder();
        if (feedbackStats) out.append(feedbackStats(m));
        if (extended) {
          if (!out.isEmpty()) out.append("\n\n");
          out.append(
              ext.run(
                  new ChatCommands.Invocation(
                      cmd,
                      arg,
                      chatId,
                      chat.getType(),
                      from.getId(),
                      () -> isChatAdmin(chatId, from.getId()))));
        }
        r.send(chatId, out.toString(), replyTo, null);
      }
    }
  }

  /** The answer feedback rates for /stats. */
  private String feedbackStats(Messages m) {
    FeedbackStore.Rates rates = ctx.feedback().rates();
    if (rates.votes() == 0)
      return m.get("feedback.stats.title") + "\n" + m.get("feedback.stats.none");
    return m.get("feedback.stats.title")
        + "\n"
        + m.get(
            "feedback.stats.line",
            rates.votes(),
            rates.up(),
            percent(rates.up(), rates.votes()),
            rates.down(),
            percent(rates.down(), rates.votes()),
            rates.answers());
  }

  static String percent(int part, int whole) {
    return whole == 0 ? "–" : String.format(Locale.ROOT, "%.0f%%", 100.0 * part / whole);
  }

  /** Whether a user administers a group, by getChatAdministrators (no answer: not an admin). */
  private boolean isChatAdmin(long chatId, long userId) throws InterruptedException {
    try {
      List<ChatMember> admins =
          ctx.api().call(chatId, GetChatAdministrators.builder().chatId(chatId).build());
      return admins.stream().anyMatch(a -> a.getUser() != null && a.getUser().getId() == userId);
    } catch (BotApi.ApiFailure f) {
      log.warn("getChatAdministrators for chat {} failed: {}", chatId, f.getMessage());
      return false;
    }
  }

  private static boolean hasContent(Message m) {
    return m.hasSticker()
        || m.hasPhoto()
        || m.hasDocument()
        || m.hasVideo()
        || m.hasAudio()
        || m.hasVoice()
        || m.hasAnimation()
        || m.hasVideoNote()
        || m.hasLocation()
        || m.hasContact()
        || m.hasPoll()
        || m.hasDice()
        || m.hasCaption();
  }

  /** The flood check; a polite note the first time a user goes over the limit. */
  private boolean allowed(Messages m, long chatId, long userId, Integer replyTo)
      throws InterruptedException {
    return switch (ctx.flood().check(userId)) {
      case ALLOW -> true;
      case WARN -> {
        ctx.replies()
            .send(chatId, m.get("error.flood", ctx.flood().waitSeconds(userId)), replyTo, null);
        yield false;
      }
      case DROP -> false;
    };
  }
}
