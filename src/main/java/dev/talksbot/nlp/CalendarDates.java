package dev.talksbot.nlp;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A written calendar date ("September 10", "10 September 2025", "Sept. 10") as a day, in the year
 * it names or, failing that, the year of the report it is written in. The month words are the
 * {@code month} entries of {@code nlp/date-words.tsv}, the full names in calendar order and each
 * abbreviation read by its first three letters.
 */
public final class CalendarDates {
  private CalendarDates() {}

  /** Month word (lower case) -> month number. */
  private static final Map<String, Integer> MONTHS = months();

  private static final Pattern MONTH_DAY;
  private static final Pattern DAY_MONTH;
  private static final Pattern IN_MONTH;

  /**
   * A day before its month, written as a number or an ordinal ("10 September", "10th September").
   */
  private static final Pattern ORDINAL_DAY_MONTH;

  static {
    List<String> words = new ArrayList<>(MONTHS.keySet());
    words.sort((a, b) -> b.length() - a.length()); // "sept." before "sep."
    String month = "(" + String.join("|", words.stream().map(Pattern::quote).toList()) + ")";
    MONTH_DAY =
        Pattern.compile("(?iu)(?<![\\p{L}])" + month + "\\s+(\\d{1,2})(?!\\d)(?:,?\\s+(\\d{4}))?");
    DAY_MONTH =
        Pattern.compile(
            "(?iu)(?<![\\d])(\\d{1,2})\\s+" + month + "(?![\\p{L}])(?:,?\\s+(\\d{4}))?");
    ORDINAL_DAY_MONTH =
        Pattern.compile("(?iu)(?<![\\d])(\\d{1,2})(?:st|nd|rd|th)?\\s+" + month + "(?![\\p{L}])");
    IN_MONTH =
        Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:in|during)\\s+" + month + "(?![\\p{L}.])(?:,?\\s+(\\d{4}))?");
  }

  private static Map<String, Integer> months() {
    List<String> full = new ArrayList<>();
    List<String> abbreviated = new ArrayList<>();
    for (String line : Lexicon.lines("date-words.tsv")) {
      String[] cols = line.split("\t");
      if (cols.length != 2 || !cols[1].strip().equals("month")) continue;
      String w = cols[0].strip();
      (w.endsWith(".") ? abbreviated : full).add(w);
    }
    if (full.size() != 12)
      throw new IllegalStateException("nlp/date-words.tsv: 12 full month names expected");
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < 12; i++) out.put(full.get(i), i + 1);
    for (String a : abbreviated)
      for (int i = 0; i < 12; i++) if (full.get(i).startsWith(a.substring(0, 3))) out.put(a, i + 1);
    return Map.copyOf(out);
  }

  /**
   * Whether the text writes {@code figure} as the day of a calendar date ("September 10", "10
   * September", "10th September").
   */
  public static boolean namesDay(String text, String figure) {
    Matcher m = MONTH_DAY.matcher(text);
    while (m.find()) if (m.group(2).equals(figure)) return true;
    m = ORDINAL_DAY_MONTH.matcher(text);
    while (m.find()) if (m.group(1).equals(figure)) return true;
    return false;
  }

  /**
   * The day a written date names ("September 10"), in its own year or the one that puts it nearest
   * {@code reportDate}; null when the text is no calendar date or names no real day.
   */
  public static LocalDate resolve(String text, LocalDate reportDate) {
    Matcher m = MONTH_DAY.matcher(text);
    if (m.find()) return day(m.group(1), m.group(2), m.group(3), reportDate);
    m = DAY_MONTH.matcher(text);
    if (m.find()) return day(m.group(2), m.group(1), m.group(3), reportDate);
    return null;
  }

  /**
   * "on", "after" or "since" right before a date ("after the" before a date that names a thing:
   * "after the August 8 deadline"): the date is a time asked about, not only a name ("the May 5
   * vote").
   */
  private static final Pattern ON_BEFORE =
      Pattern.compile("(?iu)(?<![\\p{L}])(?:on|(?:after|since)(?:\\s+the)?)\\s+$");

  /**
   * The first day of the time a text asks about: a day named after "on", "after" or "since" ("on
   * August 24", "after the August 8 deadline"), or the first of a month named after "in" or
   * "during" ("in September"), in its own year or the one that puts it nearest {@code reportDate};
   * null when it names neither (a date that names a thing, "the August 20 round", is no time asked
   * about).
   */
  public static LocalDate periodStart(String text, LocalDate reportDate) {
    for (Matcher m = MONTH_DAY.matcher(text); m.find(); )
      if (ON_BEFORE.matcher(text.substring(0, m.start())).find())
        return day(m.group(1), m.group(2), m.group(3), reportDate);
    for (Matcher m = DAY_MONTH.matcher(text); m.find(); )
      if (ON_BEFORE.matcher(text.substring(0, m.start())).find())
        return day(m.group(2), m.group(1), m.group(3), reportDate);
    Matcher m = IN_MONTH.matcher(text);
    return m.find() ? day(m.group(1), "1", m.group(2), reportDate) : null;
  }

  private static LocalDate day(String month, String day, String year, LocalDate reportDate) {
    Integer m = MONTHS.get(month.toLowerCase(Locale.ROOT));
    if (m == null || year == null && reportDate == null) return null;
    try {
      if (year != null) return LocalDate.of(Integer.parseInt(year), m, Integer.parseInt(day));
      return nearest(m, Integer.parseInt(day), reportDate);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * A day written without its year, in the year that puts it nearest the report's date: a report of
   * January 27 speaks of "December 19" as the December just gone, one of December 28 of "January 5"
   * as the January ahead; null when no year near it has that day.
   */
  private static LocalDate nearest(int month, int day, LocalDate reportDate) {
    LocalDate best = null;
    long bestDistance = Long.MAX_VALUE;
    for (int y = reportDate.getYear() - 1; y <= reportDate.getYear() + 1; y++) {
      LocalDate d;
      try {
        d = LocalDate.of(y, month, day);
      } catch (DateTimeException e) {
        continue; // February 29 in a year without it
      }
      long distance = Math.abs(d.toEpochDay() - reportDate.toEpochDay());
      if (distance < bestDistance) {
        best = d;
        bestDistance = distance;
      }
    }
    return best; // null when no year near the report has the day (February 30)
  }
}
