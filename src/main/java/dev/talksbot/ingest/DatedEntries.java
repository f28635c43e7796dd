package dev.talksbot.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The entries of a chronology (a timeline page, a list of key dates): paragraphs that open with
 * their date and a colon or a spaced dash, {@code Dec. 12: The exchange resumes in Tarn.}, {@code 3
 * March 2026: …}, {@code 2019: …}, {@code 5 May — second line opens}. A text is a chronology when
 * at least {@link #MIN_ENTRIES} paragraphs are dated entries; then each entry opens a passage of
 * its own ({@link ParagraphChunker}), so that its sentences are read with its date and never with
 * another entry's.
 */
final class DatedEntries {
  private DatedEntries() {}

  /** Fewest dated entries that make a text a chronology. */
  static final int MIN_ENTRIES = 3;

  /**
   * An entry's date label: a month (name or abbreviation, {@code months.txt}) and a day in either
   * order, with or without a year, or a year alone; then a colon or a spaced dash.
   */
  private static final Pattern LABEL =
      Pattern.compile(
          "^(?:(?<month>\\p{L}+)\\.?\\s+\\d{1,2}(?:,?\\s+\\d{4})?"
              + "|\\d{1,2}\\s+(?<month2>\\p{L}+)\\.?(?:,?\\s+\\d{4})?"
              + "|\\d{4})(?::|\\s+[—–-])\\s+\\S");

  /** Whether a paragraph opens with a date label ({@code Dec. 12: …}, {@code 5 May — …}). */
  static boolean dated(String paragraph) {
    Matcher m = LABEL.matcher(paragraph.strip());
    if (!m.lookingAt()) return false;
    String month = m.group("month") != null ? m.group("month") : m.group("month2");
    return month == null || Dates.month(month) > 0;
  }

  /** Whether paragraphs are a chronology's: at least {@link #MIN_ENTRIES} dated entries. */
  static boolean isChronology(List<String> paragraphs) {
    return paragraphs.stream().filter(DatedEntries::dated).count() >= MIN_ENTRIES;
  }
}
