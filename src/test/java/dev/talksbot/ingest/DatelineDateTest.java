package dev.talksbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A dateline's date (invented places, outlets and people): the article's date when it gives a year
 * and nothing else dates the article, else its month and day only ({@link Article#datelineDay}); a
 * year is never guessed.
 */
class DatelineDateTest {
  final NewsArticleParser parser = new NewsArticleParser();

  static final String LEAD =
      "Delegates from Lutavia and Castrovia met at the Wendricht lighthouse on Friday and formed"
          + " a working group on harbours, officials said.";
  static final String SECOND = "The group will meet again before the winter, the mediators said.";

  static String article(String... lines) {
    return String.join("\n\n", lines) + "\n\n" + SECOND + "\n";
  }

  @Test
  void aDatelineWithoutAYearGivesTheMonthAndDayButNoDate() {
    Article a =
        parser.parse(
            "q",
            "q.txt",
            article(
                "Harbour talks open at the Wendricht lighthouse",
                "QUELLMOOR, September 19 (Brennick Wire) — " + LEAD));
    assertThat(a.datelineDay()).isEqualTo(MonthDay.of(9, 19));
    assertThat(a.date()).isNull();
    assertThat(a.outlet()).isEqualTo("Brennick Wire");
    assertThat(a.title()).isEqualTo("Harbour talks open at the Wendricht lighthouse");
    assertThat(a.text()).startsWith("Delegates from Lutavia").doesNotContain("September 19");
  }

  @Test
  void aDatelineWithAYearIsTheDateOfAnArticleNothingElseDates() {
    Article a = parser.parse("q", "q.txt", article("Wendricht, 4 August 2025 – " + LEAD));
    assertThat(a.date()).isEqualTo(LocalDate.of(2025, 8, 4));
    assertThat(a.datelineDay()).isNull();
    assertThat(a.text()).startsWith("Delegates from Lutavia");
  }

  @Test
  void aMetadataLineDateWinsOverTheDatelines() {
    String meta = " date 2025-09-21 By Ana Brennick, Quellmoor Herald";
    Article withYear =
        parser.parse("q", "q.txt", article(meta, "CASTROVIA, Aug. 4, 2024 — " + LEAD));
    assertThat(withYear.date()).isEqualTo(LocalDate.of(2025, 9, 21));
    assertThat(withYear.datelineDay()).isNull();
    assertThat(withYear.text()).startsWith("Delegates from Lutavia");
    Article noYear = parser.parse("q", "q.txt", article(meta, "CASTROVIA, Sept 11 — " + LEAD));
    assertThat(noYear.date()).isEqualTo(LocalDate.of(2025, 9, 21));
    assertThat(noYear.datelineDay()).isEqualTo(MonthDay.of(9, 11));
  }

  @Test
  void aDatedBylineOrAGluedOutletDateLineWinsOverTheDatelines() {
    Article byline =
        parser.parse(
            "q",
            "q.txt",
            article("By Ana Brennick | 24 August 2025", "WENDRICHT, 3 August 2025 — " + LEAD));
    assertThat(byline.date()).isEqualTo(LocalDate.of(2025, 8, 24));
    Article glued =
        parser.parse(
            "q", "q.txt", article("Quellmoor Herald12-03-2025", "WENDRICHT, 3 May 2024 — " + LEAD));
    assertThat(glued.date()).isEqualTo(LocalDate.of(2025, 3, 12));
    assertThat(glued.outlet()).isEqualTo("Quellmoor Herald");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "ISTANBUL, Sept 11 — | --09-11 | -",
        "LUTAVIA, Sept. 2 (Brennick Wire) — | --09-02 | -",
        "LUTAVIA, Sep 30 — | --09-30 | -",
        "Quellmoor, Aug. 4 – | --08-04 | -",
        "QUELLMOOR, 4 August (Brennick Wire) — | --08-04 | -",
        "QUELLMOOR, 4 Aug. — | --08-04 | -",
        "QUELLMOOR, Jan 5 -- | --01-05 | -",
        "QUELLMOOR, May 31 — | --05-31 | -",
        "QUELLMOOR, Dec. 1, 2024 — | - | 2024-12-01",
        "Quellmoor, 4 August 2025 – | - | 2025-08-04",
        "QUELLMOOR, Feb. 29 — | --02-29 | -",
        "QUELLMOOR, Feb. 29, 2024 — | - | 2024-02-29"
      })
  void monthNamesAbbreviationsAndBothOrdersGiveTheDay(String dateline, String day, String date) {
    Article a = parser.parse("q", "q.txt", article(dateline + " " + LEAD));
    assertThat(a.datelineDay()).isEqualTo(day == null ? null : MonthDay.parse(day));
    assertThat(a.date()).isEqualTo(date == null ? null : LocalDate.parse(date));
    assertThat(a.text()).startsWith("Delegates from Lutavia");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {"QUELLMOOR, Feb. 30 —", "QUELLMOOR, Feb. 29, 2025 —", "QUELLMOOR, Sept 31 —"})
  void aDayNoCalendarHasIsCutOffButNotKept(String dateline) {
    Article a = parser.parse("q", "q.txt", article(dateline + " " + LEAD));
    assertThat(a.datelineDay()).isNull();
    assertThat(a.date()).isNull();
    assertThat(a.text()).startsWith("Delegates from Lutavia");
  }

  @Test
  void aDatelineWithoutADateGivesNone() {
    Article a = parser.parse("q", "q.txt", article("QUELLMOOR (Brennick Wire) — " + LEAD));
    assertThat(a.datelineDay()).isNull();
    assertThat(a.date()).isNull();
    assertThat(a.outlet()).isEqualTo("Brennick Wire");
  }

  /**
   * A saved page whose lead paragraph opens with {@code dateline}, dated by its metadata or not.
   */
  static String page(String publishedTime, String dateline) {
    String meta =
        publishedTime == null
            ? ""
            : "<meta property=\"article:published_time\" content=\"" + publishedTime + "\">";
    return "<html><head><title>Harbour talks open</title>"
        + meta
        + "</head><body><article><p>"
        + dateline
        + " "
        + LEAD
        + " The harbour masters of both countries joined them for the first time.</p><p>"
        + SECOND
        + " Both delegations thanked the mediators from Brennick for their patience.</p>"
        + "</article></body></html>";
  }

  @Test
  void aSavedPagesOwnDateWinsOverItsDatelinesAndItsDayIsKept() {
    HtmlExtractor html = new HtmlExtractor(parser);
    Article dated =
        html.extractFile("p", "p.html", page("2025-09-20T09:30:00Z", "QUELLMOOR, 19 Sept 2024 —"));
    assertThat(dated.date()).isEqualTo(LocalDate.of(2025, 9, 20));
    assertThat(dated.text()).startsWith("Delegates from Lutavia");
    Article undated = html.extractFile("p", "p.html", page(null, "QUELLMOOR, 19 Sept 2024 —"));
    assertThat(undated.date()).isEqualTo(LocalDate.of(2024, 9, 19));
    Article day = html.extractFile("p", "p.html", page(null, "QUELLMOOR, Sept. 19 —"));
    assertThat(day.date()).isNull();
    assertThat(day.datelineDay()).isEqualTo(MonthDay.of(9, 19));
  }
}
