package dev.talksbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.MonthDay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A dateline's place (invented places, outlets and people): the city as written, in its usual case
 * when written in capitals, kept as the article's {@link Article#datelinePlace}; none when the
 * dateline names no place.
 */
class DatelinePlaceTest {
  final NewsArticleParser parser = new NewsArticleParser();

  // the lead, second sentence and article shape DatelineDateTest reads datelines in
  static final String LEAD = DatelineDateTest.LEAD;
  static final String SECOND = DatelineDateTest.SECOND;

  static String article(String... lines) {
    return DatelineDateTest.article(lines);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "QUELLMOOR, Nov. 21 (Brennick Herald) — | Quellmoor",
        "QUELLMOOR, Oct. 9 (Danube Wire) - | Quellmoor",
        "QUELLMOOR, July 23 — | Quellmoor",
        "NEW QUELLMOOR – | New Quellmoor",
        "PORT-AU-VENDRE, Aug. 4 (Some Wire) — | Port-Au-Vendre",
        "ST. WENDRICHT — | St. Wendricht",
        "Quellmoor, Lutavia, Aug. 4 (Lake News Service) — | Quellmoor",
        "Quellmoor (Some Wire) -- | Quellmoor",
        "Wendricht, 4 August 2025 – | Wendricht",
        "FERRO DE BRENN — | Ferro de Brenn",
        "N'VELLA — | N'Vella",
        "(Danube Wire) — | -",
        "(Brennick Herald) - | -"
      })
  void aDatelinesPlaceIsItsCityInItsUsualCase(String dateline, String place) {
    var d = Dateline.find(dateline + " " + LEAD);
    assertThat(d).isPresent();
    assertThat(d.get().place()).isEqualTo(place);
    assertThat(d.get().rest()).isEqualTo(LEAD);
  }

  @Test
  void theParsedArticleKeepsThePlace() {
    Article a =
        parser.parse(
            "q",
            "q.txt",
            article(
                "Harbour talks open at the Wendricht lighthouse",
                "QUELLMOOR, September 19 (Brennick Wire) — " + LEAD));
    assertThat(a.datelinePlace()).isEqualTo("Quellmoor");
    assertThat(a.datelineDay()).isEqualTo(MonthDay.of(9, 19));
    assertThat(a.outlet()).isEqualTo("Brennick Wire");
    assertThat(a.text()).startsWith("Delegates from Lutavia").doesNotContain("QUELLMOOR");
  }

  @Test
  void aMultiWordPlaceInCapitalsIsTitleCasedWordByWord() {
    Article a =
        parser.parse("q", "q.txt", article("NEW WENDRICHT, Oct. 9 (Danube Wire) - " + LEAD));
    assertThat(a.datelinePlace()).isEqualTo("New Wendricht");
  }

  @Test
  void aDatelineOfTheOutletAloneHasNoPlace() {
    Article a = parser.parse("q", "q.txt", article("(Danube Wire) — " + LEAD));
    assertThat(a.outlet()).isEqualTo("Danube Wire");
    assertThat(a.datelinePlace()).isNull();
    Article none = parser.parse("q", "q.txt", article(LEAD));
    assertThat(none.datelinePlace()).isNull();
  }

  @Test
  void aMarkdownArticleKeepsThePlace() {
    Article a =
        Markdown.parse(
            parser,
            "q",
            "q.md",
            "# Harbour talks open at the Wendricht lighthouse, delegates from both sides said:\n\n"
                + "QUELLMOOR, July 23 — "
                + LEAD
                + "\n\n"
                + SECOND
                + "\n");
    assertThat(a.datelinePlace()).isEqualTo("Quellmoor");
  }
}
