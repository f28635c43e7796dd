package dev.talksbot.index;

import dev.talksbot.ingest.Article;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Objects;

/**
 * An article's metadata without its text: what the index keeps in memory for every article (the
 * text is read from the index when an article is asked for).
 *
 * @param id the article's id
 * @param source where it came from (file name or URL)
 * @param title the headline, or {@code null}
 * @param outlet the publishing outlet, or {@code null}
 * @param authors bylines, possibly empty
 * @param date publication date, or {@code null}
 * @param url the article's address, or {@code null}
 * @param datelineDay the month and day of a dateline without a year, or {@code null} ({@link
 *     Article#datelineDay})
 * @param datelinePlace the place of the article's dateline ({@code Quellmoor}), or {@code null}
 *     ({@link Article#datelinePlace})
 */
public record ArticleHeader(
    String id,
    String source,
    String title,
    String outlet,
    List<String> authors,
    LocalDate date,
    String url,
    MonthDay datelineDay,
    String datelinePlace) {
  public ArticleHeader {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) throw new IllegalArgumentException("article id is blank");
    if (source == null) source = id;
    authors = authors == null ? List.of() : List.copyOf(authors);
  }

  /** The header of an article (its metadata as the article holds it). */
  public static ArticleHeader of(Article a) {
    return new ArticleHeader(
        a.id(),
        a.source(),
        a.title(),
        a.outlet(),
        a.authors(),
        a.date(),
        a.url(),
        a.datelineDay(),
        a.datelinePlace());
  }

  /** The article with this header and this text. */
  public Article withText(String text) {
    return new Article(
        id, source, title, outlet, authors, date, url, text, datelineDay, datelinePlace);
  }
}
