package dev.talksbot.answer;

import dev.talksbot.index.TextAnalysis;
import dev.talksbot.ingest.Article;
import dev.talksbot.nlp.Weekdays;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a report says of every one of its sentences beyond their own words: the month and the place
 * of its dateline and the names of its headline, which its sentences need not repeat.
 */
final class ReportContext {
  private ReportContext() {}

  /**
   * The analysed term of the month its article is dated in ("august" for a report dated
   * 2025-08-02), which a sentence names as much as its dateline does: "Who brokered the swap in
   * August?" is answered by a report of August 2 that says "on Friday". An article without a date
   * whose dateline gives a month and day without a year ({@link Article#datelineDay}, {@code
   * QUELLMOOR, September 19 —}) is dated in that month. None for an article with neither.
   */
  static List<String> datedIn(Article a) {
    if (a.date() != null) return MONTH_TERMS.get(a.date().getMonthValue() - 1);
    if (a.datelineDay() != null) return MONTH_TERMS.get(a.datelineDay().getMonthValue() - 1);
    return List.of();
  }

  /**
   * The dates a sentence's weekday names stand for in its report: the last such day on or before
   * the report's date, as a report of Friday 2025-07-25 means Wednesday 2025-07-23 by "on
   * Wednesday". None for an undated article (a dateline's month and day without a year name no
   * weekday) or a sentence that names no weekday.
   */
  static List<LocalDate> weekdayDates(Article a, String sentence) {
    if (a.date() == null) return List.of();
    List<LocalDate> out = new ArrayList<>();
    for (String day : Weekdays.in(sentence)) {
      DayOfWeek named = DayOfWeek.valueOf(day.toUpperCase(Locale.ROOT));
      int back =
          (a.date().getDayOfWeek().getValue() - named.getValue() + DAYS_A_WEEK) % DAYS_A_WEEK;
      out.add(a.date().minusDays(back));
    }
    return out;
  }

  /**
   * The day-of-month numbers of dates ("23"; of {@link #weekdayDates}), which a question's "July
   * 23" asks for as a sentence's "on Wednesday" gives them.
   */
  static List<String> dayNumbers(List<LocalDate> dates) {
    return dates.stream().map(d -> Integer.toString(d.getDayOfMonth())).toList();
  }

  /**
   * The analysed month terms a sentence names through its report: the month of the report's date
   * ({@link #datedIn}) and of each date its weekday names stand for ({@code weekdayDates}, from
   * {@link #weekdayDates}).
   */
  static Set<String> monthsNamed(Article a, List<LocalDate> weekdayDates) {
    Set<String> out = new java.util.LinkedHashSet<>(datedIn(a));
    for (LocalDate d : weekdayDates) out.addAll(MONTH_TERMS.get(d.getMonthValue() - 1));
    return out;
  }

  private static final int DAYS_A_WEEK = 7;

  /**
   * The analysed terms of the place of its article's dateline ({@link Article#datelinePlace}:
   * "quellmoor" for a report datelined {@code QUELLMOOR, September 19 —}), which every sentence of
   * the report names as it names the dateline's month: "What did the delegates agree in Quellmoor?"
   * is answered by a sentence of that report that does not repeat the place. None for an article
   * whose dateline names no place.
   */
  static List<String> placeNamed(Article a) {
    return a.datelinePlace() == null ? List.of() : TextAnalysis.terms(a.datelinePlace());
  }

  /**
   * The analysed terms of an article's headline (with the parties they stand for), empty when it
   * has none; {@code seen} keeps them by article id, so that a question's candidates analyse each
   * headline once.
   */
  static Set<String> headline(Article a, Map<String, Set<String>> seen) {
    if (a.title() == null) return Set.of();
    return seen.computeIfAbsent(
        a.id(), id -> Set.copyOf(QuestionShape.withParties(TextAnalysis.terms(a.title()))));
  }

  /**
   * Adds to {@code terms} what the report names of every one of its sentences: the month of its
   * dateline ({@link #datedIn}), its dateline's place ({@link #placeNamed}) and its headline's
   * terms ({@link #headline}).
   */
  static void addTo(Set<String> terms, Article a, Map<String, Set<String>> seen) {
    terms.addAll(datedIn(a));
    terms.addAll(placeNamed(a));
    terms.addAll(headline(a, seen));
  }

  /** The analysed terms of each month's English name, January first (analysed once). */
  private static final List<List<String>> MONTH_TERMS =
      java.util.Arrays.stream(java.time.Month.values())
          .map(
              m ->
                  TextAnalysis.terms(
                      m.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)))
          .map(List::copyOf)
          .toList();
}
