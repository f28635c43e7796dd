package dev.talksbot.answer;

import dev.talksbot.ingest.Article;
import dev.talksbot.ingest.Span;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One numbered source of an answer: the article and the verbatim quote (a span of the article's
 * cleaned text) that supports the sentence carrying {@code [n]}.
 */
public record Citation(
    int n,
    String articleId,
    String outlet,
    String title,
    LocalDate date,
    String url,
    String quote,
    Span span) {
  public Citation {
    Objects.requireNonNull(articleId);
    Objects.requireNonNull(quote);
    Objects.requireNonNull(span);
    if (n < 1) throw new IllegalArgumentException("citation numbers start at 1");
    if (quote.isBlank()) throw new IllegalArgumentException("empty quote");
  }

  public static Citation of(int n, Article a, Span span) {
    return new Citation(
        n, a.id(), a.outlet(), a.title(), a.date(), a.url(), span.of(a.text()), span);
  }

  public Citation renumbered(int newN) {
    return new Citation(newN, articleId, outlet, title, date, url, quote, span);
  }
}
