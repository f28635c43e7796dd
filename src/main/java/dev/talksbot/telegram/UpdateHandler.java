package dev.talksbot.telegram;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Handles one update on a worker thread, handing it to {@link MessageRouter}, {@link
 * CallbackRouter} or {@link InlineAnswers}. Never throws: a failure is logged with the update id
 * and the user gets a short apology in their language.
 */
final class UpdateHandler {
  private static final Logger log = LoggerFactory.getLogger(UpdateHandler.class);

  /** The quotes button's English texts (the others are in the message bundles). */
  static final String SHOW = Messages.english().get("button.show");

  static final String HIDE = Messages.english().get("button.hide");

  private final BotContext ctx;
  private final MessageRouter messages;
  private final CallbackRouter callbacks;
  private final InlineAnswers inline;

  UpdateHandler(BotContext ctx, InlineAnswers inline) {
    this.ctx = ctx;
    Answering answering = new Answering(ctx);
    LatestArticles latest = new LatestArticles(ctx.core());
    this.messages = new MessageRouter(ctx, answering, latest);
    this.callbacks = new CallbackRouter(ctx, answering, latest);
    this.inline = inline;
  }

  void extra(ChatCommands commands) {
    messages.extra(commands);
  }

  /**
   * The ordering key of an update (its chat; callbacks and inline queries get their own lanes so a
   * button is answered at once even while a question is being answered), or null for updates the
   * bot ignores.
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
    if (u.hasInlineQuery() && u.getInlineQuery().getFrom() != null) {
      return "in:" + u.getInlineQuery().getFrom().getId();
    }
    return null; // edited messages, channel posts, member updates, ...: ignored
  }

  void handle(Update u) {
    Long chatId = null;
    Integer replyTo = null;
    Messages m = Messages.english();
    try {
      if (u.hasCallbackQuery()) {
        callbacks.onCallback(u.getCallbackQuery());
      } else if (u.hasInlineQuery()) {
        inline.onInlineQuery(u.getInlineQuery());
      } else if (u.hasMessage()) {
        Message msg = u.getMessage();
        chatId = msg.getChatId();
        replyTo = msg.getMessageId();
        if (msg.getFrom() != null)
          m = Messages.forUser(msg.getFrom().getLanguageCode(), msg.getText());
        messages.onMessage(msg);
      }
    } catch (Replies.Blocked b) {
      log.debug("update {}: chat blocked the bot", u.getUpdateId());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      log.warn("update {}: interrupted (shutting down)", u.getUpdateId());
    } catch (Throwable t) {
      log.error("update {} failed: {}", u.getUpdateId(), BotToken.scrubAll(BotApi.describe(t)), t);
      if (chatId != null) {
        try {
          ctx.replies().send(chatId, Html.escape(m.get("apology")), replyTo, null);
        } catch (Throwable t2) {
          log.warn(
              "update {}: could not send the apology: {}",
              u.getUpdateId(),
              BotToken.scrubAll(BotApi.describe(t2)));
        }
      }
    }
  }
}
