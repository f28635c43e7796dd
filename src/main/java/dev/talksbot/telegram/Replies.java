package dev.talksbot.telegram;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * Sending and editing HTML messages: split below the limit, plain text when Telegram refuses our
 * HTML, {@link Blocked} when the chat blocked the bot.
 */
final class Replies {
  private static final Logger log = LoggerFactory.getLogger(Replies.class);
  static final String HTML = "HTML";

  private final BotApi api;

  /** Stop handling this update quietly (the chat blocked the bot). */
  static final class Blocked extends RuntimeException {
    Blocked() {
      super(null, null, false, false);
    }
  }

  Replies(BotApi api) {
    this.api = api;
  }

  BotApi api() {
    return api;
  }

  /** A keyboard of one button. */
  static InlineKeyboardMarkup button(String text, String data) {
    return InlineKeyboardMarkup.builder()
        .keyboardRow(
            new InlineKeyboardRow(
                InlineKeyboardButton.builder().text(text).callbackData(data).build()))
        .build();
  }

  static LinkPreviewOptions noPreview() {
    return LinkPreviewOptions.builder().isDisabled(true).build();
  }

  void edit(long chatId, int messageId, String html, InlineKeyboardMarkup markup)
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
