package dev.talksbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A story translated from another language's outlet, in that outlet's page shape (made up). */
class TranslatedPageTest {
  static final String PAGE =
      """
      FERROWICK LANTERN
      Politics / World / 3 April 2026, 09:40 (Tarn time) / 2,310 views

      [Translated from Castrovian by the editors. Quotations are translated from the original.]

      Reed in Brenn: «A pause is a promise, not a treaty»

      The Castrovian delegation handed Brenn a ten-point paper. A new exchange is planned before summer

      Anna Berg, Brenn

      The third round of talks took place on 2 April in the old customs house and lasted five hours. «The technical work is done. Now come the political questions,» Tom Reed told journalists.

      Brenn called the paper «a list of demands». The delegations will meet again in May, a mediator said.

      Tarn instead of Brenn?

      The venue of the next round has not been agreed. Tarn has offered its town hall.

      Source: Ferrowick Lantern

      Read also:
      — Ice on the Brenn river broke up early this year
      — Ferrowick opens a new tram line
      """;

  final NewsArticleParser parser = new NewsArticleParser();

  @Test
  void theMastheadConfirmedBySourceLineIsTheOutlet() {
    Article a = parser.parse("t", "t.txt", PAGE);
    assertThat(a.outlet()).isEqualTo("Ferrowick Lantern");
    assertThat(a.text()).doesNotContain("FERROWICK LANTERN").doesNotContain("Source:");
    Article b =
        parser.parse(
            "t", "t.txt", PAGE.replace("Source: Ferrowick Lantern", "Source: Castrovian Ministry"));
    assertThat(b.outlet()).isNull(); // a source of the facts, not the outlet: none named
    assertThat(b.text()).contains("FERROWICK LANTERN"); // unconfirmed, a line of text
  }

  @Test
  void theStampLineDatesTheStoryAndTheBylineGivesAuthorAndPlace() {
    Article a = parser.parse("t", "t.txt", PAGE);
    assertThat(a.date()).isEqualTo(LocalDate.of(2026, 4, 3));
    assertThat(a.title()).isEqualTo("Reed in Brenn: «A pause is a promise, not a treaty»");
    assertThat(a.authors()).containsExactly("Anna Berg");
    assertThat(a.datelinePlace()).isEqualTo("Brenn");
    assertThat(a.text())
        .doesNotContain("views")
        .doesNotContain("Translated")
        .doesNotContain("Anna Berg")
        .doesNotContain("Read also")
        .doesNotContain("tram line")
        .endsWith("Tarn has offered its town hall.");
  }

  @Test
  void guillemetsQuoteLikeCurlyQuotes() {
    Article a = parser.parse("t", "t.txt", PAGE);
    List<String> sentences =
        new ParagraphChunker(300, 700)
            .chunk(a).stream().flatMap(p -> p.sentences().stream().map(p::sentenceText)).toList();
    assertThat(sentences)
        .contains(
            "«The technical work is done. Now come the political questions,» Tom Reed told"
                + " journalists.",
            "Brenn called the paper «a list of demands».");
    // a paragraph that closes with a guillemet closes like a sentence
    assertThat(NewsArticleParser.isProse("Reed called it «a promise, not a treaty»")).isTrue();
  }

  @Test
  void aPlacedBylineIsAPersonAndAPlace() {
    assertThat(PlacedByline.of("Anna Berg, Brenn"))
        .isEqualTo(new PlacedByline("Anna Berg", "Brenn"));
    assertThat(PlacedByline.of("Quellmoor Wire, Brenn")).isNull(); // an outlet
    assertThat(PlacedByline.of("Brenn, Castrovia")).isNull(); // one word: no person's name
    assertThat(PlacedByline.of("Talks resumed, officials said")).isNull();
  }

  @Test
  void aDateWithItsZoneInParentheses() {
    assertThat(Dates.ofItem("3 April 2026, 09:40 (Tarn time)")).isEqualTo(LocalDate.of(2026, 4, 3));
    assertThat(PageLines.dateLine("Politics / 3 April 2026, 09:40 (Tarn time) / 2,310 views"))
        .isEqualTo(LocalDate.of(2026, 4, 3));
  }
}
