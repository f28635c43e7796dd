package dev.talksbot.ingest;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Objects;

/**
 * One article after parsing and cleaning. Metadata the source does not give stays {@code null}
 * (never invented).
 *
 * @param id stable identifier (file name without extension, or a hash of the URL)
 * @param source where it came from (file name or URL), for people
 * @param title the headline, when the source has one
 * @param outlet the publishing outlet, when the source names it (byline, dateline or attribution)
 * @param authors bylines, possibly empty
 * @param date publication date, when the source gives it
 * @param url the article's address, when known
 * @param text the cleaned text; every passage offset and citation quote refers to it
 * @param datelineDay the month and day of the article's dateline ({@code QUELLMOOR, September 19
 *     —}) when the dateline gives no year, else {@code null}; a year is never guessed, so it is not
 *     a {@code date}, but every sentence of the report is datelined in its month
 * @param datelinePlace the place of the article's dateline, its city in its usual case ({@code
 *     Quellmoor} of {@code QUELLMOOR, Nov. 21 (Brennick Herald) —}), else {@code null} (never
 *     invented: a dateline of the outlet alone has none); every sentence of the report is datelined
 *     there
 */
public record Article(
    String id,
    String source,
    String title,
    String outlet,
    List<String> authors,
    LocalDate date,
    String url,
    String text,
    MonthDay datelineDay,
    String datelinePlace) {
  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    if (id.isBlank()) throw new IllegalArgumentException("article id is blank");
    if (source == null) source = id;
    authors = authors == null ? List.of() : List.copyOf(authors);
    title = blankToNull(title);
    outlet = blankToNull(outlet);
    url = blankToNull(url);
    datelinePlace = blankToNull(datelinePlace);
  }

  /** An article without a dateline ({@code datelineDay} and {@code datelinePlace} null). */
  public Article(
      String id,
      String source,
      String title,
      String outlet,
      List<String> authors,
      LocalDate date,
      String url,
      String text) {
    this(id, source, title, outlet, authors, date, url, text, null, null);
  }

  /** The same article with its dateline's place ({@code null} for none). */
  public Article withDatelinePlace(String place) {
    return new Article(id, source, title, outlet, authors, date, url, text, datelineDay, place);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** A short human label: outlet, else title, else id. */
  public String label() {
    if (outlet != null) return outlet;
    if (title != null) return title;
    return id;
  }
}
