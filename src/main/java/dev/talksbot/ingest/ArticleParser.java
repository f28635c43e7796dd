package dev.talksbot.ingest;

import java.time.LocalDate;

/** Turns one raw document (text as it reached us) into a clean {@link Article}. */
public interface ArticleParser {
  /**
   * @param id the article id to use
   * @param source where the text came from (file name, URL), for messages
   * @param raw the decoded raw text
   * @throws UnparseableArticleException when nothing usable is left (the message says why)
   */
  Article parse(String id, String source, String raw);

  /**
   * Parses a document whose source dates it outside its text (a saved page's metadata): that date
   * is the article's unless the text dates itself (a metadata line, a dated byline, a glued outlet
   * and date line), and it wins over a date read off a dateline.
   *
   * @param sourceDate the date the source gives, or {@code null}
   */
  default Article parse(String id, String source, String raw, LocalDate sourceDate) {
    Article a = parse(id, source, raw);
    if (a.date() != null || sourceDate == null) return a;
    return new Article(
        a.id(),
        a.source(),
        a.title(),
        a.outlet(),
        a.authors(),
        sourceDate,
        a.url(),
        a.text(),
        a.datelineDay(),
        a.datelinePlace());
  }
}
