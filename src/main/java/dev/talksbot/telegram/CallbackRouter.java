package dev.talksbot.telegram;

import dev.talksbot.answer.Answer;
import dev.talksbot.answer.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * Button presses: show or hide an answer's quoted passages, 👍/👎 on an answer, and the /latest
 * buttons (an article's summary). Every press is answered at once (answerCallbackQuery).
 */
final class CallbackRouter {
  private static final Logger log = LoggerFactory.getLogger(CallbackRouter.class);

  private final BotContext ctx;
  private final Answering answering;
  private final LatestArticles latest;

  /** Callback data split into its kind, the language it was made in, and its key. */
  record Data(String prefix, Language language, String key) {
    static Data parse(String data) {
      if (data == null || data.length() < 2) return new Data("", Language.EN, "");
      String prefix = data.substring(0, 2);
      String rest = data.substring(2);
      Language lang = Language.EN;
      int colon = rest.indexOf(':');
      if (colon == 2) {
        for (Language l : Language.values()) {
          if (l.name().toLowerCase(Locale.ROOT).equals(rest.substring(0, 2))) {
            lang = l;
            rest = rest.substring(3);
          }
        }
      }
      return new Data(prefix, lang, rest);
    }
  }

  CallbackRouter(BotContext ctx, Answering answering, LatestArticles latest) {
    this.ctx = ctx;
    this.answering = answering;
    this.latest = latest;
  }

  void onCallback(CallbackQuery q) throws InterruptedException, java.io.IOException {
    Data d = Data.parse(q.getData());
    switch (d.prefix()) {
      case Answering.SHOW_QUOTES, Answering.HIDE_QUOTES -> quotes(q, d);
      case Answering.VOTE_UP, Answering.VOTE_DOWN -> vote(q, d);
      case LatestArticles.SUMMARY -> summary(q, d);
      default -> ack(q, Messages.of(d.language()).get("error.expired"));
    }
  }

  private void ack(CallbackQuery q, String text) throws InterruptedException {
    try {
      ctx.api()
          .call(0, AnswerCallbackQuery.builder().callbackQueryId(q.getId()).text(text).build());
    } catch (BotApi.ApiFailure f) {
      log.info("answerCallbackQuery failed: {}", f.getMessage());
    }
  }

  private void quotes(CallbackQuery q, Data d) throws InterruptedException {
    Messages m = Messages.of(d.language());
    QuoteStore.Entry e = ctx.quotes().get(d.key());
    ack(q, e == null ? m.get("error.expired") : null);
    MaybeInaccessibleMessage msg = q.getMessage();
    if (e == null || msg == null) return;
    long chatId = msg.getChatId();
    boolean votes = ctx.feedback() != null && ctx.feedback().known(d.key());
    if (d.prefix().equals(Answering.HIDE_QUOTES)) {
      ctx.replies()
          .edit(
              chatId,
              msg.getMessageId(),
              e.messageHtml(),
              keyboard(m.get("button.show"), Answering.SHOW_QUOTES, m, d.key(), votes));
      return;
    }
    String shown = TelegramFormat.quotes(m, e.quotes());
    String combined = e.messageHtml() + "\n\n" + shown;
    if (combined.length() <= MessageSplitter.DEFAULT_LIMIT) {
      ctx.replies()
          .edit(
              chatId,
              msg.getMessageId(),
              combined,
              keyboard(m.get("button.hide"), Answering.HIDE_QUOTES, m, d.key(), votes));
    } else {
      List<String> parts = MessageSplitter.split(shown);
      for (int i = 0; i < parts.size(); i++)
        ctx.replies().send(chatId, parts.get(i), i == 0 ? msg.getMessageId() : null, null);
    }
  }

  private static InlineKeyboardMarkup keyboard(
      String text, String prefix, Messages m, String key, boolean votes) {
    List<InlineKeyboardRow> rows = new ArrayList<>();
    rows.add(Answering.row(text, Answering.langData(prefix, m, key)));
    if (votes) rows.add(Answering.feedbackRow(key));
    return InlineKeyboardMarkup.builder().keyboard(rows).build();
  }

  private void vote(CallbackQuery q, Data d) throws InterruptedException {
    Messages m = Messages.forUser(q.getFrom().getLanguageCode(), null);
    if (ctx.feedback() == null) {
      ack(q, m.get("error.expired"));
      return;
    }
    FeedbackStore.Vote v =
        d.prefix().equals(Answering.VOTE_UP) ? FeedbackStore.Vote.UP : FeedbackStore.Vote.DOWN;
    FeedbackStore.Recorded r = ctx.feedback().vote(d.key(), q.getFrom().getId(), v);
    ack(
        q,
        switch (r) {
          case NEW, SAME -> m.get("feedback.thanks");
          case CHANGED -> m.get("feedback.changed");
          case UNKNOWN_ANSWER -> m.get("error.expired");
        });
  }

  private void summary(CallbackQuery q, Data d) throws InterruptedException, java.io.IOException {
    Messages m = Messages.of(d.language());
    MaybeInaccessibleMessage msg = q.getMessage();
    var article = latest.byKey(d.key());
    ack(q, article.isEmpty() ? m.get("error.expired") : null);
    if (article.isEmpty() || msg == null) return;
    Answer a;
    try {
      a = ctx.core().articleSummary(article.get().id());
    } catch (IllegalArgumentException e) {
      ctx.replies().send(msg.getChatId(), m.get("error.expired"), msg.getMessageId(), null);
      return;
    }
    answering.sendAnswer(m, msg.getChatId(), msg.getMessageId(), a);
  }
}
