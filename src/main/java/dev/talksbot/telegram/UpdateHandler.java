package dev.talksbot.telegram;

import dev.talksbot.answer.Answer;
import dev.talksbot.core.InvalidQuestionException;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * Handles one update on a worker thread: commands, questions, the quotes button. Never throws: a
 * failure is logged with the update id and the user gets a short apology.
 */
final class UpdateHandler {
  private static final Logger log = LoggerFactory.getLogger(UpdateHandler.class);
  static final String HTML = "HTML";
  static final String SHOW = "Show quoted passages";
  static final String HIDE = "Hide quoted passages";

  private final BotCore core;
  private final BotApi api;
  private final QuoteStore quotes;
  private final FloodLimiter flood;
  private final ScheduledExecutorService typingTimer;
  private final Duration typingInterval;
  private final int maxQuestionChars;
  private final String botUsername;
  private final long botId;

  /** Commands added by other parts of the program (alerts); none when null. */
  private volatile ChatCommands extra;

  /** Stop handling this update quietly (the chat blocked the bot). */
  private static final class Blocked extends RuntimeException {
    Blocked() {
      super(null, null, false, false);
    }
  }

  UpdateHandler(
      BotCore core,
      BotApi api,
      QuoteStore quotes,
      FloodLimiter flood,
      ScheduledExecutorService typingTimer,
      Duration typingInterval,
      int maxQuestionChars,
      String botUsername,
      long botId) {
    this.core = core;
    this.api = api;
    this.quotes = quotes;
    this.flood = flood;
    this.typingTimer = typingTimer;
    this.typingInterval = typingInterval;
    this.maxQuestionChars = maxQuestionChars;
    this.botUsername = botUsername;
    this.botId = botId;
  }

  void extra(ChatCommands commands) {
    this.extra = commands;
  }

  /**
   * The ordering key of an update (its chat; callbacks get their own lane so the button is answered
   * at once even while a question is being answered), or null for updates the bot ignores.
   */
  static Object laneOf(Update u) {
    if (u.hasMessage() && u.getMessage().getChat() != null) {
      Chat c = u.getMessage().getChat();
      if ("channel".equals(c.getType())) return null;
      return c.getId();
    }
    if (u.hasCallbackQuery()) {
      CallbackQuery q = u.getCallbackQuery();
      long chat = q.getMessage() != null ? q.getMessage().getChatId() : q.getFrom().getId();
      return "cb:" + chat;
    }
    return null; // edited messages, channel posts, member updates, ...: ignored
  }

  void handle(Update u) {
    Long chatId = null;
    Integer replyTo = null;
    try {
      if (u.hasCallbackQuery()) {
        onCallback(u.getCallbackQuery());
      } else if (u.hasMessage()) {
        Message m = u.getMessage();
        chatId = m.getChatId();
        replyTo = m.getMessageId();
        onMessage(m);
      }
    } catch (Blocked b) {
      log.debug("update {}: chat blocked the bot", u.getUpdateId());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      log.warn("update {}: interrupted (shutting down)", u.getUpdateId());
    } catch (Throwable t) {
      log.error("update {} failed: {}", u.getUpdateId(), BotToken.scrubAll(BotApi.describe(t)), t);
      if (chatId != null) {
        try {
          send(chatId, Html.escape(TelegramFormat.APOLOGY), replyTo, null);
        } catch (Throwable t2) {
          log.warn(
              "update {}: could not send the apology: {}",
              u.getUpdateId(),
              BotToken.scrubAll(BotApi.describe(t2)));
        }
      }
    }
  }

  private void onMessage(Message m) throws InterruptedException, IOException {
    Chat chat = m.getChat();
    User from = m.getFrom();
    if (chat == null
        || "channel".equals(chat.getType())
        || from == null
        || Boolean.TRUE.equals(from.getIsBot())) {
      return;
    }
    long chatId = chat.getId();
    boolean group = !"private".equals(chat.getType());
    api.unblocked(chatId);
    String text = m.getText();
    if (text == null) {
      if (!group && hasContent(m) && allowed(chatId, from.getId(), null)) {
        send(chatId, TelegramFormat.notText(false), null, null);
      }
      return;
    }
    text = text.strip();
    Integer replyTo = group ? m.getMessageId() : null;
    if (text.startsWith("/")) {
      String first = text.split("\\s+", 2)[0];
      String arg = text.length() > first.length() ? text.substring(first.length()).strip() : "";
      String cmd = first;
      boolean addressed = false;
      int at = first.indexOf('@');
      if (at >= 0) {
        String target = first.substring(at + 1);
        if (botUsername == null || !target.equalsIgnoreCase(botUsername)) return; // for another bot
        cmd = first.substring(0, at);
        addressed = true;
      }
      cmd = cmd.toLowerCase(Locale.ROOT);
      boolean known =
          switch (cmd) {
            case "/start", "/help", "/ask", "/summary", "/sources" -> true;
            default -> false;
          };
      ChatCommands ext = extra;
      boolean extended = !known && ext != null && ext.has(cmd, chatId, from.getId());
      known |= extended;
      if (!known && group && !addressed) return; // maybe another bot's command
      if (!allowed(chatId, from.getId(), replyTo)) return;
      switch (cmd) {
        case "/start" ->
            send(
                chatId,
                TelegramFormat.greeting(core.corpusInfo(), group, botUsername),
                replyTo,
                null);
        case "/help" ->
            send(
                chatId,
                TelegramFormat.help(group, botUsername, maxQuestionChars)
                    + TelegramFormat.helpExtra(ext),
                replyTo,
                null);
        case "/sources" ->
            send(chatId, TelegramFormat.sources(core.corpusInfo(), core.sources()), replyTo, null);
        case "/summary" -> answer(chatId, m.getMessageId(), arg.isEmpty() ? null : arg, true);
        case "/ask" -> {
          if (arg.isEmpty()) send(chatId, TelegramFormat.usageAsk(), replyTo, null);
          else answer(chatId, m.getMessageId(), arg, false);
        }
        default -> {
          if (extended) {
            send(
                chatId,
                ext.run(
                    new ChatCommands.Invocation(
                        cmd,
                        arg,
                        chatId,
                        chat.getType(),
                        from.getId(),
                        () -> isChatAdmin(chatId, from.getId()))),
                replyTo,
                null);
          } else {
            send(chatId, TelegramFormat.unknownCommand(cmd), replyTo, null);
          }
        }
      }
      return;
    }
    String question = text;
    if (group) {
      boolean mentioned =
          botUsername != null
              && text.toLowerCase(Locale.ROOT).contains("@" + botUsername.toLowerCase(Locale.ROOT));
      boolean replyToBot =
          m.getReplyToMessage() != null
              && m.getReplyToMessage().getFrom() != null
              && m.getReplyToMessage().getFrom().getId() != null
              && m.getReplyToMessage().getFrom().getId() == botId;
      if (!mentioned && !replyToBot) return;
      if (mentioned) {
        question =
            text.replaceAll("(?i)@" + java.util.regex.Pattern.quote(botUsername) + "\\b", " ")
                .strip();
      }
    }
    if (!allowed(chatId, from.getId(), replyTo)) return;
    if (question.isEmpty()) {
      send(chatId, TelegramFormat.greeting(core.corpusInfo(), group, botUsername), replyTo, null);
      return;
    }
    answer(chatId, m.getMessageId(), question, false);
  }

  /** Whether a user administers a group, by getChatAdministrators (no answer: not an admin). */
  private boolean isChatAdmin(long chatId, long userId) throws InterruptedException {
    try {
      List<org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember> admins =
          api.call(
              chatId,
              org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatAdministrators
                  .builder()
                  .chatId(chatId)
                  .build());
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
  private boolean allowed(long chatId, long userId, Integer replyTo) throws InterruptedException {
    switch (flood.check(userId)) {
      case ALLOW -> {
        return true;
      }
      case WARN -> {
        send(chatId, TelegramFormat.flood(flood.waitSeconds(userId)), replyTo, null);
        return false;
      }
      default -> {
        return false;
      }
    }
  }

  private void answer(long chatId, int questionId, String question, boolean summary)
      throws InterruptedException, IOException {
    if (question != null) {
      int chars = question.codePointCount(0, question.length());
      if (chars > maxQuestionChars) {
        send(chatId, TelegramFormat.tooLong(chars, maxQuestionChars), questionId, null);
        return;
      }
    }
    Answer a;
    ScheduledFuture<?> typing =
        typingTimer.scheduleAtFixedRate(
            () ->
                api.fireAndForget(SendChatAction.builder().chatId(chatId).action("typing").build()),
            0,
            typingInterval.toMillis(),
            TimeUnit.MILLISECONDS);
    try {
      a = summary ? core.summary(question) : core.ask(question, String.valueOf(chatId));
    } catch (InvalidQuestionException e) {
      send(chatId, Html.escape(e.getMessage()), questionId, null);
      return;
    } finally {
      typing.cancel(false);
    }
    sendAnswer(chatId, questionId, a);
  }

  private void sendAnswer(long chatId, int questionId, Answer a)
      throws InterruptedException, IOException {
    List<String> parts = MessageSplitter.split(TelegramFormat.answer(a));
    InlineKeyboardMarkup button = null;
    if (!a.citations().isEmpty()) {
      String key = QuoteStore.keyOf(a);
      quotes.put(
          key,
          new QuoteStore.Entry(
              parts.getLast(), a.citations().stream().map(QuoteStore.Quote::of).toList()));
      button = button(SHOW, "q:" + key);
    }
    for (int i = 0; i < parts.size(); i++) {
      send(chatId, parts.get(i), i == 0 ? questionId : null, i == parts.size() - 1 ? button : null);
    }
  }

  static InlineKeyboardMarkup button(String text, String data) {
    return InlineKeyboardMarkup.builder()
        .keyboardRow(
            new InlineKeyboardRow(
                InlineKeyboardButton.builder().text(text).callbackData(data).build()))
        .build();
  }

  private void onCallback(CallbackQuery q) throws InterruptedException {
    String data = q.getData() == null ? "" : q.getData();
    String key = data.length() > 2 ? data.substring(2) : "";
    QuoteStore.Entry e = data.startsWith("q:") || data.startsWith("h:") ? quotes.get(key) : null;
    try {
      api.call(
          0,
          AnswerCallbackQuery.builder()
              .callbackQueryId(q.getId())
              .text(e == null ? TelegramFormat.expired() : null)
              .build());
    } catch (BotApi.ApiFailure f) {
      log.info("answerCallbackQuery failed: {}", f.getMessage());
    }
    MaybeInaccessibleMessage m = q.getMessage();
    if (e == null || m == null) return;
    long chatId = m.getChatId();
    if (data.startsWith("h:")) {
      edit(chatId, m.getMessageId(), e.messageHtml(), button(SHOW, "q:" + key));
      return;
    }
    String shown = TelegramFormat.quotes(e.quotes());
    String combined = e.messageHtml() + "\n\n" + shown;
    if (combined.length() <= MessageSplitter.DEFAULT_LIMIT) {
      edit(chatId, m.getMessageId(), combined, button(HIDE, "h:" + key));
    } else {
      List<String> parts = MessageSplitter.split(shown);
      for (int i = 0; i < parts.size(); i++)
        send(chatId, parts.get(i), i == 0 ? m.getMessageId() : null, null);
    }
  }

  private void edit(long chatId, int messageId, String html, InlineKeyboardMarkup markup)
      throws InterruptedException {
    try {
      api.call(
          chatId,
          EditMessageText.builder()
              .chatId(chatId)
              .messageId(messageId)
              .text(html)
              .parseMode(HTML)
              .linkPreviewOptions(noPreview())
              .replyMarkup(markup)
              .build());
    } catch (BotApi.ApiFailure f) {
      if (f.code == 403) throw new Blocked();
      if (f.getMessage() == null || !f.getMessage().contains("not modified")) {
        log.warn("editMessageText in chat {} failed: {}", chatId, f.getMessage());
      }
    }
  }

  private static LinkPreviewOptions noPreview() {
    return LinkPreviewOptions.builder().isDisabled(true).build();
  }

  /**
   * Sends one HTML message (already below the limit, or split here); plain text if HTML is refused.
   */
  void send(long chatId, String html, Integer replyTo, InlineKeyboardMarkup markup)
      throws InterruptedException {
    if (api.isBlocked(chatId)) throw new Blocked();
    List<String> parts = MessageSplitter.split(html);
    for (int i = 0; i < parts.size(); i++) {
      InlineKeyboardMarkup mk = i == parts.size() - 1 ? markup : null;
      Integer rt = i == 0 ? replyTo : null;
      try {
        api.call(chatId, message(chatId, parts.get(i), rt, mk, true));
      } catch (BotApi.ApiFailure f) {
        if (f.code == 403) throw new Blocked();
        if (f.badRequest() && f.getMessage() != null && f.getMessage().contains("entities")) {
          log.warn(
              "chat {}: Telegram refused our HTML ({}); sending plain text",
              chatId,
              f.getMessage());
          try {
            api.call(chatId, message(chatId, Html.toPlain(parts.get(i)), rt, mk, false));
            continue;
          } catch (BotApi.ApiFailure f2) {
            if (f2.code == 403) throw new Blocked();
            throw new IllegalStateException("sendMessage failed: " + f2.getMessage());
          }
        }
        throw new IllegalStateException("sendMessage failed: " + f.getMessage());
      }
    }
  }

  private static SendMessage message(
      long chatId, String text, Integer replyTo, InlineKeyboardMarkup markup, boolean html) {
    var b = SendMessage.builder().chatId(chatId).text(text).linkPreviewOptions(noPreview());
    if (html) b.parseMode(HTML);
    if (replyTo != null) {
      b.replyParameters(
          ReplyParameters.builder().messageId(replyTo).allowSendingWithoutReply(true).build());
    }
    if (markup != null) b.replyMarkup(markup);
    return b.build();
  }
}
