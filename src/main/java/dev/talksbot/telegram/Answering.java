package dev.talksbot.telegram;

import dev.talksbot.answer.Answer;
import dev.talksbot.core.InvalidQuestionException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.telegram.telegrambots.meta.api.methods.send.SendChatAction;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * Answers a question or a summary request in a chat: the typing indicator while the core works, the
 * answer with its sources, the quotes button and (with {@code telegram.feedback}) 👍/👎.
 */
final class Answering {
  /** Callback data prefixes: show quotes, hide quotes, vote up, vote down. */
  static final String SHOW_QUOTES = "q:";

  static final String HIDE_QUOTES = "h:";
  static final String VOTE_UP = "f+";
  static final String VOTE_DOWN = "f-";

  private final BotContext ctx;

  Answering(BotContext ctx) {
    this.ctx = ctx;
  }

  /**
   * The typing indicator starts only when an answer takes longer than this: a fast answer needs
   * none, and an indicator that reached Telegram after the answer would linger for 5 s under it.
   */
  static final long TYPING_DELAY_MILLIS = 300;

  /**
   * What a chat asks for: an answer to a question, a summary (of everything, or of a topic), or the
   * latest coverage on a topic.
   */
  enum Request {
    QUESTION,
    SUMMARY,
    LATEST
  }

  void answer(Messages m, long chatId, int questionId, String question, Request request)
      throws InterruptedException, java.io.IOException {
    if (question != null) {
      int chars = question.codePointCount(0, question.length());
      if (chars > ctx.maxQuestionChars()) {
        ctx.replies()
            .send(chatId, m.get("error.too.long", chars, ctx.maxQuestionChars()), questionId, null);
        return;
      }
    }
    Answer a;
    ScheduledFuture<?> typing =
        ctx.typingTimer()
            .scheduleAtFixedRate(
                () ->
                    ctx.api()
                        .fireAndForget(
                            SendChatAction.builder().chatId(chatId).action("typing").build()),
                TYPING_DELAY_MILLIS,
                ctx.typingInterval().toMillis(),
                TimeUnit.MILLISECONDS);
    try {
      a =
          switch (request) {
            case QUESTION -> ctx.core().ask(question, String.valueOf(chatId));
            case SUMMARY -> ctx.core().summary(question);
            case LATEST -> ctx.core().latest(question);
          };
    } catch (InvalidQuestionException e) {
      ctx.replies().send(chatId, Html.escape(e.getMessage()), questionId, null);
      return;
    } finally {
      typing.cancel(false);
    }
    sendAnswer(m, chatId, questionId, a);
  }

  /** Sends an answer (split if long) with its buttons under the last part. */
  void sendAnswer(Messages m, long chatId, Integer replyTo, Answer a)
      throws InterruptedException, java.io.IOException {
    List<String> parts = MessageSplitter.split(TelegramFormat.answer(m, a));
    List<InlineKeyboardRow> rows = new ArrayList<>();
    String key = QuoteStore.keyOf(a);
    if (!a.citations().isEmpty()) {
      ctx.quotes()
          .put(
              key,
              new QuoteStore.Entry(
                  parts.getLast(), a.citations().stream().map(QuoteStore.Quote::of).toList()));
      rows.add(row(m.get("button.show"), langData(SHOW_QUOTES, m, key)));
    }
    if (ctx.feedback() != null && a instanceof Answer.Answered) {
      ctx.feedback().remember(key, a);
      rows.add(feedbackRow(key));
    }
    InlineKeyboardMarkup markup =
        rows.isEmpty() ? null : InlineKeyboardMarkup.builder().keyboard(rows).build();
    for (int i = 0; i < parts.size(); i++) {
      ctx.replies()
          .send(
              chatId, parts.get(i), i == 0 ? replyTo : null, i == parts.size() - 1 ? markup : null);
    }
  }

  /**
   * Callback data carrying the interface language, so the button's later texts match: {@code
   * q:<key>} for English, {@code q:ru:<key>} otherwise (at most 2 + 3 + 16 bytes).
   */
  static String langData(String prefix, Messages m, String key) {
    return m.language() == dev.talksbot.answer.Language.EN
        ? prefix + key
        : prefix + m.language().name().toLowerCase(java.util.Locale.ROOT) + ":" + key;
  }

  static InlineKeyboardRow row(String text, String data) {
    return new InlineKeyboardRow(
        InlineKeyboardButton.builder().text(text).callbackData(data).build());
  }

  /** The feedback keyboard row under an answer, for re-attaching after an edit. */
  static InlineKeyboardRow feedbackRow(String key) {
    return new InlineKeyboardRow(
        InlineKeyboardButton.builder().text("👍").callbackData(VOTE_UP + key).build(),
        InlineKeyboardButton.builder().text("👎").callbackData(VOTE_DOWN + key).build());
  }
}
