package dev.talksbot.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Written calendar dates as days, in their own year or the one nearest the report. */
class CalendarDatesTest {
  private static final LocalDate REPORTED = LocalDate.of(2025, 9, 3);

  @Test
  void aMonthAndDayTakeTheNearestYearUnlessTheyNameTheirOwn() {
    assertThat(CalendarDates.resolve("September 10", REPORTED)).isEqualTo("2025-09-10");
    assertThat(CalendarDates.resolve("on 10 September", REPORTED)).isEqualTo("2025-09-10");
    assertThat(CalendarDates.resolve("Sept. 10", REPORTED)).isEqualTo("2025-09-10");
    assertThat(CalendarDates.resolve("March 3, 2024", REPORTED)).isEqualTo("2024-03-03");
    assertThat(CalendarDates.resolve("May 16", null)).isNull(); // no year to put it in
  }

  /** A date without its year is the one nearest the report: the month just gone, or the next. */
  @Test
  void aDateWithoutItsYearIsTheOneNearestTheReport() {
    LocalDate january = LocalDate.of(2026, 1, 27);
    assertThat(CalendarDates.resolve("December 19", january)).isEqualTo("2025-12-19");
    assertThat(CalendarDates.periodStart("What fell in December?", january))
        .isEqualTo("2025-12-01");
    assertThat(CalendarDates.resolve("January 5", LocalDate.of(2025, 12, 28)))
        .isEqualTo("2026-01-05");
    assertThat(CalendarDates.resolve("March 3", january)).isEqualTo("2026-03-03");
    // February 29 in the one year near the report that has it
    assertThat(CalendarDates.resolve("February 29", LocalDate.of(2027, 9, 1)))
        .isEqualTo("2028-02-29");
  }

  @Test
  void aWeekdayOrAnImpossibleDayIsNoCalendarDate() {
    assertThat(CalendarDates.resolve("Wednesday", REPORTED)).isNull();
    assertThat(CalendarDates.resolve("February 30", REPORTED)).isNull();
    assertThat(CalendarDates.resolve("the second half of September", REPORTED)).isNull();
    assertThat(CalendarDates.resolve("Mayday 12", REPORTED)).isNull();
    // a month word the case-insensitive match takes but lower-casing does not give back (Turkish
    // capital dotted I): no day, no failure
    assertThat(CalendarDates.resolve("APR\u0130L 3", REPORTED)).isNull();
  }

  /** The start of the time a question asks about, asked of a report of {@link #REPORTED}. */
  private static LocalDate period(String question) {
    return CalendarDates.periodStart(question, REPORTED);
  }

  @Test
  void theTimeAQuestionAsksAboutIsADayOnOrAMonthIn() {
    assertThat(period("What happened on August 24?")).isEqualTo("2025-08-24");
    assertThat(period("Who spoke on 24 August 2024?")).isEqualTo("2024-08-24");
    assertThat(period("Did they meet in September?")).isEqualTo("2025-09-01");
    assertThat(period("What was agreed during March 2024?")).isEqualTo("2024-03-01");
    assertThat(period("What happened after the August 8 deadline?")).isEqualTo("2025-08-08");
    assertThat(period("What has changed since May 2?")).isEqualTo("2025-05-02");
  }

  @Test
  void aDateThatNamesAThingIsNoTimeAskedAbout() {
    assertThat(period("What did he say about the August 20 round?")).isNull();
    assertThat(period("What did he say before the August 20 round?")).isNull();
    assertThat(period("Who joined the team in Mayfield?")).isNull();
    assertThat(CalendarDates.periodStart("Did they meet in September?", null)).isNull();
  }
}
