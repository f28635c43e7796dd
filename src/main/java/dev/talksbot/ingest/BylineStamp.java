package dev.talksbot.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A byline line that also stamps the story, read before the body or after its standfirst: the
 * people, then items that each date the story, say when it was updated, credit others or give its
 * reading time. With "By" ({@code By Anna Berg | 24 August 2025}, {@code By Tom Reed · Reviewed by
 * Anna Berg · Published March 3, 2026 · Updated 16:05}), or without it when its first item is a
 * person's name ({@code Anna Berg · 02.09.2026, 08:40 · Updated 03.09.2026, 17:05 · 4 min read}).
 * The date is the publication's (also "Originally published …"), never an update's ({@code Updated
 * 22 October 2026, 16:10 with the envoy's reply}). The line is metadata, not text.
 *
 * @param byline the people (and an outlet a "By" byline names last)
 * @param date the story's date
 */
record BylineStamp(Byline byline, LocalDate date) {
  BylineStamp {
    Objects.requireNonNull(byline, "byline");
    Objects.requireNonNull(date, "date");
  }

  /** A "By" byline and what follows it after a bar, a middle dot or a dash. */
  private static final Pattern BY = Pattern.compile("^By\\s+(.+?)\\s*[|·—–]\\s*(.+)$");

  /** The separators between a header line's items: a bar, a middle dot or a bullet. */
  private static final Pattern ITEM_SEPARATOR = Pattern.compile("\\s*[|·•]\\s*");

  /** Fewest words the name that opens a byline without "By" has (a first name and a surname). */
  static final int UNLABELLED_NAME_MIN_WORDS = 2;

  /**
   * The byline stamp a line is, or null: "By" and people, then short items with a date ({@link
   * PageLines#dateLine}) or stamp items ({@link #date}); or, without "By", a person's name ({@link
   * PageLines#personName}, not an outlet's) and then stamp items.
   */
  static BylineStamp of(String line) {
    String s = line.strip();
    Matcher by = BY.matcher(s);
    if (by.matches()) {
      LocalDate d = PageLines.dateLine(by.group(2));
      if (d == null) d = date(by.group(2)); // "· Reviewed by B · Published …"
      return d == null ? null : new BylineStamp(Byline.parse(by.group(1)), d);
    }
    String[] items = ITEM_SEPARATOR.split(s, 2);
    if (items.length < 2) return null;
    String name = items[0].strip();
    boolean person =
        ChromeRules.words(name) >= UNLABELLED_NAME_MIN_WORDS
            && PageLines.personName(name)
            && !OutletNames.looksLikeOutlet(name)
            && Dates.ofItem(name) == null;
    LocalDate d = person ? date(items[1]) : null;
    return d == null ? null : new BylineStamp(new Byline(List.of(name), null), d);
  }

  /** An item that says when the page was updated: "Updated 16:05", "Last updated Friday". */
  private static final Pattern UPDATE_ITEM =
      Pattern.compile("^(?:last\\s+)?updated:?\\s+\\S.{0,40}$", Pattern.CASE_INSENSITIVE);

  private static final Pattern UPDATE_LABEL =
      Pattern.compile("^(?:last\\s+)?updated:?\\s+", Pattern.CASE_INSENSITIVE);

  /** Where an update's date or time may end before its note: a figure, then a space and a word. */
  private static final Pattern WHEN_ENDS = Pattern.compile("(?<=\\d)\\s+(?=\\p{L})");

  private static final Pattern CLOCK_TIME =
      Pattern.compile("^" + Dates.CLOCK_TIME + "$", Pattern.CASE_INSENSITIVE);

  /**
   * The date of what follows a byline's people on its line ({@code Reviewed by Tom Reed · Published
   * March 3, 2026, 10:30 · Updated 16:05}), or null: items that are each a full date ({@link
   * Dates#ofItem}), a publication item ({@link PageLines#published}: also "Originally published 5
   * May 2026"), an update item ("Updated 16:05", or an update's date or time and a note of what it
   * added: {@link #updateWithNote}), a credit ({@link Credits#credit}) or a reading time, one of
   * them at least a date; the first date.
   */
  static LocalDate date(String rest) {
    LocalDate date = null;
    for (String item : ITEM_SEPARATOR.split(rest.strip())) {
      LocalDate d = Dates.ofItem(item);
      if (d == null) d = PageLines.published(item);
      if (d != null) {
        if (date == null) date = d;
        continue;
      }
      boolean other =
          UPDATE_ITEM.matcher(item).matches()
              || updateWithNote(item)
              || Credits.credit(item) != null
              || Credits.readingTime(item);
      if (!other) return null;
    }
    return date;
  }

  /**
   * Whether an item is an update's full date or clock time, then a note of what the update added
   * ({@code Updated 22 October 2026, 16:10 with the envoy's reply}).
   */
  static boolean updateWithNote(String item) {
    Matcher label = UPDATE_LABEL.matcher(item.strip());
    if (!label.lookingAt()) return false;
    String rest = item.strip().substring(label.end());
    Matcher end = WHEN_ENDS.matcher(rest);
    while (end.find()) {
      String when = rest.substring(0, end.start());
      if (Dates.ofItem(when) != null || CLOCK_TIME.matcher(when).matches()) return true;
    }
    return false;
  }
}
