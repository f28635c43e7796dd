package dev.talksbot.telegram;

import dev.talksbot.answer.Answer;
import dev.talksbot.core.InvalidQuestionException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerInlineQuery;
import org.telegram.telegrambots.meta.api.objects.inlinequery.InlineQuery;
import org.telegram.telegrambots.meta.api.objects.inlinequery.inputmessagecontent.InputTextMessageContent;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultArticle;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultsButton;

/**
 * Inline mode: {@code @bot <question>} in any chat offers one article result carrying the short
 * cited answer (HTML with its sources, within Telegram's limit) or, for a refused question, the
 * refusal. Results are cached per normalized question ({@link InlineCache}); a question not in the
 * cache counts against the user's flood limit like a message.
 */
final class InlineAnswers {
  private static final Logger log = LoggerFactory.getLogger(InlineAnswers.class);

  /** Telegram's limit on an inline result's description shown under its title. */
  static final int DESCRIPTION_CHARS = 120;

  /** Title characters before the question is cut. */
  static final int TITLE_QUESTION_CHARS = 60;

  /** The start parameter of the button shown instead of results (opens the private chat). */
  static final String START_PARAMETER = "inline";

  private final BotContext ctx;
  private final InlineCache<InlineQueryResultArticle> cache;
  private final int cacheSeconds;

  InlineAnswers(BotContext ctx, InlineCache<InlineQueryResultArticle> cache, int cacheSeconds) {
    this.ctx = ctx;
    this.cache = cache;
    this.cacheSeconds = cacheSeconds;
  }

  void onInlineQuery(InlineQuery q) throws InterruptedException {
    String question = q.getQuery() == null ? "" : q.getQuery().strip();
    Messages m = Messages.forUser(q.getFrom().getLanguageCode(), question);
    if (question.isEmpty()) {
      send(q, null, null, 0);
      return;
    }
    int chars = question.codePointCount(0, question.length());
    if (chars > ctx.maxQuestionChars()) {
      send(q, null, m.get("inline.too.long", ctx.maxQuestionChars()), 0);
      return;
    }
    String key = m.language() + "\u0000" + InlineCache.normalize(question);
    InlineQueryResultArticle cached = cache.get(key);
    if (cached != null) {
      send(q, cached, null, cacheSeconds);
      return;
    }
    switch (ctx.flood().check(q.getFrom().getId())) {
      case ALLOW -> {}
      case WARN, DROP -> {
        send(q, null, m.get("inline.flood", ctx.flood().waitSeconds(q.getFrom().getId())), 0);
        return;
      }
    }
    Answer a;
    try {
      a = ctx.core().ask(question);
    } catch (InvalidQuestionException e) {
      a = new Answer.Refused(question, e.getMessage(), "telegram");
    }
    InlineQueryResultArticle r = result(m, question, a);
    cache.put(key, r);
    send(q, r, null, cacheSeconds);
  }

  /** The one result of a question: title, a one-line preview, the message it posts. */
  static InlineQueryResultArticle result(Messages m, String question, Answer a) {
    String html =
        a instanceof Answer.Answered ? TelegramFormat.answer(m, a) : Html.escape(a.text());
    html = "<b>" + Html.escape(question) + "</b>\n\n" + html;
    List<String> parts = MessageSplitter.split(html);
    String title =
        a instanceof Answer.Answered
            ? m.get("inline.title", cut(question, TITLE_QUESTION_CHARS))
            : m.get("inline.refused");
    return InlineQueryResultArticle.builder()
        .id(QuoteStore.keyOf(a))
        .title(title)
        .description(cut(Answer.MARKER.matcher(a.text()).replaceAll(""), DESCRIPTION_CHARS))
        .inputMessageContent(
            InputTextMessageContent.builder()
                .messageText(parts.getFirst())
                .parseMode(Replies.HTML)
                .linkPreviewOptions(Replies.noPreview())
                .build())
        .build();
  }

  /** At most {@code max} characters (never half a surrogate pair), "…" when cut. */
  static String cut(String s, int max) {
    String t = s.strip().replaceAll("\\s+", " ");
    if (t.length() <= max) return t;
    int end = max - 1;
    if (Character.isHighSurrogate(t.charAt(end - 1))) end--;
    return t.substring(0, end).stripTrailing() + "…";
  }

  private void send(InlineQuery q, InlineQueryResultArticle r, String notice, int cache)
      throws InterruptedException {
    var b =
        AnswerInlineQuery.builder()
            .inlineQueryId(q.getId())
            .results(r == null ? List.of() : List.of(r))
            .cacheTime(cache)
            .isPersonal(false);
    if (notice != null) {
      b.button(
          InlineQueryResultsButton.builder().text(notice).startParameter(START_PARAMETER).build());
    }
    try {
      ctx.api().call(0, b.build());
    } catch (BotApi.ApiFailure f) {
      log.info("answerInlineQuery failed: {}", f.getMessage());
    }
  }
}
