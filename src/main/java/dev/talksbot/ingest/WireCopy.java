package dev.talksbot.ingest;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header line a wire service's terminal prints above a story: in capitals, with the service's
 * code, the date in figures, the clock time and zone, the service's name in square brackets and the
 * story's subject codes ({@code QW 03/04/2026 09:15 GMT [QUELLMOOR WIRE] WORLD TOP NEWS}). It is
 * metadata, not a headline: it names the outlet (the bracketed name, when it has an outlet's shape:
 * {@link OutletNames#looksLikeOutlet}) and the date. A date in figures whose day and month could be
 * either way round ({@code 03/04/2026}) is the one the story's dateline confirms ({@code March 4}
 * or {@code April 3}); without a dateline that settles it, it is no date (never guessed).
 */
final class WireCopy {
  private WireCopy() {}

  /**
   * A terminal's header line.
   *
   * @param outlet the service's name as printed (in capitals), or null when it has no outlet's
   *     shape
   * @param first the date reading the figures day first, or null when no calendar has it
   * @param second the date reading them month first, or null when no calendar has it
   */
  record Header(String outlet, LocalDate first, LocalDate second) {
    Header {
      if (first == null && second == null)
        throw new IllegalArgumentException("a terminal header without a date");
    }

    /**
     * The header's date: its only reading, or the one the dateline's month and day confirm; null
     * when the readings differ and nothing settles them.
     *
     * @param datelineDay the month and day of the story's dateline, or null
     */
    LocalDate date(MonthDay datelineDay) {
      if (first == null || second == null || first.equals(second))
        return first == null ? second : first;
      if (datelineDay == null) return null;
      if (MonthDay.from(first).equals(datelineDay)) return first;
      return MonthDay.from(second).equals(datelineDay) ? second : null;
    }
  }

  /** A date in figures: two numbers and a year between slashes, dots or hyphens. */
  private static final Pattern FIGURES =
      Pattern.compile("(?<![\\d/.-])(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?![\\d/.-])");

  /** A clock time. */
  private static final Pattern CLOCK = Pattern.compile("(?<!\\d)\\d{1,2}:\\d{2}(?!\\d)");

  /** The service's name in square brackets. */
  private static final Pattern NAME =
      Pattern.compile("\\[(\\p{Lu}[\\p{Lu}\\p{N} .&'’-]{1,48}[\\p{Lu}\\p{N}])\\]");

  /**
   * The header a line is (see the class comment): no small letters, a date in figures, a clock time
   * and a name in square brackets; null when the line is not one.
   */
  static Header header(String line) {
    String s = line.strip();
    if (s.codePoints().anyMatch(Character::isLowerCase)) return null;
    Matcher date = FIGURES.matcher(s);
    Matcher name = NAME.matcher(s);
    if (!date.find() || !CLOCK.matcher(s).find() || !name.find()) return null;
    LocalDate first = Dates.dayMonthYear(date.group(1), date.group(2), date.group(3));
    LocalDate second = Dates.dayMonthYear(date.group(2), date.group(1), date.group(3));
    if (first == null && second == null) return null;
    String outlet = OutletNames.looksLikeOutlet(name.group(1)) ? name.group(1) : null;
    return new Header(outlet, first, second);
  }
}
