package dev.talksbot.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Full dates as bylines write them: "2025-08-24", "24 August 2025", "August 24, 2025", "Aug. 24,
 * 2025". Month names come from {@code months.txt}. A date without a year is no date here (a year is
 * never guessed).
 */
final class Dates {
  private Dates() {}

  private static final Map<String, Integer> MONTHS = new HashMap<>();

  static {
    List<String> lines = WordLists.load("months.txt");
    for (int i = 0; i < lines.size(); i++)
      for (String name : lines.get(i).split("\\s+"))
        MONTHS.put(name.toLowerCase(Locale.ROOT), i + 1);
    if (MONTHS.values().stream().distinct().count() != 12)
      throw new IllegalStateException("ingest/months.txt must name 12 months, one a line");
  }

  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern DAY_MONTH_YEAR =
      Pattern.compile("(\\d{1,2})\\s+(\\p{L}+)\\.?,?\\s+(\\d{4})");
  private static final Pattern MONTH_DAY_YEAR =
      Pattern.compile("(\\p{L}+)\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})");

  /** The date an ISO date ({@code 2025-01-02}) states, or null when no calendar has it. */
  static LocalDate iso(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The date the whole text states, or null. */
  static LocalDate parse(String text) {
    String t = text.strip();
    Matcher m = ISO.matcher(t);
    if (m.matches()) return of(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
    m = DAY_MONTH_YEAR.matcher(t);
    if (m.matches()) return of(m.group(3), month(m.group(2)), m.group(1));
    m = MONTH_DAY_YEAR.matcher(t);
    if (m.matches()) return of(m.group(3), month(m.group(1)), m.group(2));
    return null;
  }

  /** The number (1 for January) of a month name or abbreviation of {@code months.txt}, else 0. */
  static int month(String name) {
    return MONTHS.getOrDefault(name.toLowerCase(Locale.ROOT), 0);
  }

  /** A day, month and year in figures, day first, as three groups: "28.09.2025", "28-9-2025". */
  static final String DAY_MONTH_YEAR_FIGURES = "(\\d{1,2})[-./](\\d{1,2})[-./](\\d{4})";

  private static final Pattern FIGURES = Pattern.compile(DAY_MONTH_YEAR_FIGURES);

  /** The date a text in figures states, day first ("28.09.2025"), or null. */
  static LocalDate dayFirstFigures(String text) {
    Matcher m = FIGURES.matcher(text.strip());
    return m.matches() ? dayMonthYear(m.group(1), m.group(2), m.group(3)) : null;
  }

  /** The date of a day, month and year in figures ("28", "09", "2025"), or null if none such. */
  static LocalDate dayMonthYear(String d, String m, String y) {
    try {
      return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  /** Weekday names and abbreviations ({@code weekdays.txt}), lower case. */
  private static final java.util.Set<String> WEEKDAYS =
      WordLists.load("weekdays.txt").stream()
          .flatMap(line -> java.util.Arrays.stream(line.split("\\s+")))
          .map(w -> w.toLowerCase(Locale.ROOT))
          .collect(java.util.stream.Collectors.toUnmodifiableSet());

  private static final Pattern WEEKDAY = Pattern.compile("^(\\p{L}+)\\.?,?\\s+(.+)$");

  /** A clock time: "10:05", "09.40", "2:05 p.m.", "9:40am". */
  static final String CLOCK_TIME = "\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?\\s?m\\.?)?";

  /**
   * A clock time after a date, with its zone: "Nov. 21, 2025, 10:05 a.m. GMT+3", "18 October 2025,
   * 14:20", "March 3, 2026 at 9:40 Tarn time", "3 March 2026, 09:40 (Tarn time)".
   */
  private static final Pattern WITH_TIME =
      Pattern.compile(
          "^(.+?\\d{4}),?\\s+(?:at\\s+)?"
              + CLOCK_TIME
              + "(?:\\s+\\p{L}+(?:[+-]\\d{1,2}(?::?\\d{2})?)?){0,2}"
              + "(?:\\s+\\([\\p{L}\\p{N} +:-]{1,30}\\))?$",
          Pattern.CASE_INSENSITIVE);

  /**
   * The date a page header's item states: a full date ({@link #parse}, or day first in figures),
   * after an optional weekday ("Friday, November 14, 2025") and before an optional clock time and
   * zone ("Nov. 21, 2025, 10:05 a.m. GMT+3"); null for anything else ("Updated Nov. 22, 2025").
   */
  static LocalDate ofItem(String item) {
    String t = item.strip();
    Matcher w = WEEKDAY.matcher(t);
    if (w.matches() && WEEKDAYS.contains(w.group(1).toLowerCase(Locale.ROOT))) t = w.group(2);
    Matcher time = WITH_TIME.matcher(t);
    if (time.matches()) t = time.group(1);
    LocalDate d = parse(t);
    return d != null ? d : dayFirstFigures(t);
  }

  private static LocalDate of(String year, int month, String day) {
    if (month == 0) return null;
    try {
      return LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
    } catch (DateTimeException e) {
      return null;
    }
  }
}
