package dev.talksbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A photo gallery saved as Markdown: captions are its text, the rest is chrome (made up). */
class GalleryPageTest {
  static final String GALLERY =
      """
      [Tarn Evening Monitor](https://tarnmonitor.example/) › [World](https://tarnmonitor.example/world) › [Galleries](https://tarnmonitor.example/galleries)

      # In pictures: the Ferrowick talks open by the river

      **Photographs selected by Lena Marsh · Captions by Anna Berg**
      Friday 3 April 2026, 18:10 GMT · 3 photos

      ▶ Start slideshow   |   ⤢ Full screen   |   Share gallery: X · Facebook · Email

      ### 1 of 3

      ![The delegations on the river terrace](https://tarnmonitor.example/img/1.jpg)

      Delegations from Castrovia and Brenn meet on the river terrace of the Ferrowick town hall.

      *Photo: Tom Reed/Quellmoor Wire*

      Advertisement

      ### 2 of 3

      ![A mediator at a lectern](https://tarnmonitor.example/img/2.jpg)

      The mediator from Tarn reads out the agenda. The first session lasted three hours.

      *Photo: Tom Reed/Quellmoor Wire*

      ### 3 of 3

      Boats wait on the river as the delegations leave for the night.

      *Photo: Tarn Evening Monitor staff*

      ---

      ↺ Replay gallery   |   Share: X · Facebook · Email

      **Next gallery:** [In pictures: spring comes to Brenn](https://tarnmonitor.example/galleries/brenn) →

      **More galleries**
      - [Night markets of Castrovia](https://tarnmonitor.example/galleries/markets)

      © 2026 Tarn Evening Monitor · Terms · Privacy
      """;

  static Article parse(String markdown) {
    return Markdown.parse(new NewsArticleParser(), "g", "g.md", markdown);
  }

  @Test
  void theHeaderGivesTitleOutletAuthorAndDate() {
    Article a = parse(GALLERY);
    assertThat(a.title()).isEqualTo("In pictures: the Ferrowick talks open by the river");
    assertThat(a.outlet()).isEqualTo("Tarn Evening Monitor"); // the breadcrumb's home link
    assertThat(a.authors()).containsExactly("Anna Berg"); // the captions' writer, not the picker
    assertThat(a.date()).isEqualTo(LocalDate.of(2026, 4, 3));
  }

  @Test
  void theCaptionsAreTheTextEachItsOwnSentences() {
    Article a = parse(GALLERY);
    assertThat(a.text())
        .isEqualTo(
            "Delegations from Castrovia and Brenn meet on the river terrace of the Ferrowick town"
                + " hall.\n\n"
                + "The mediator from Tarn reads out the agenda. The first session lasted three"
                + " hours.\n\n"
                + "Boats wait on the river as the delegations leave for the night.");
    List<String> sentences =
        new ParagraphChunker(300, 700)
            .chunk(a).stream().flatMap(p -> p.sentences().stream().map(p::sentenceText)).toList();
    assertThat(sentences)
        .containsExactly(
            "Delegations from Castrovia and Brenn meet on the river terrace of the Ferrowick town"
                + " hall.",
            "The mediator from Tarn reads out the agenda.",
            "The first session lasted three hours.",
            "Boats wait on the river as the delegations leave for the night.");
  }

  @Test
  void galleryControlsAreChrome() {
    assertThat(ChromeRules.isChrome("▶ Start slideshow | ⤢ Full screen | Share gallery: X · Email"))
        .isTrue();
    assertThat(ChromeRules.isChrome("↺ Replay gallery | Share: X · Facebook")).isTrue();
    assertThat(ChromeRules.isChrome("3 of 9")).isTrue();
    assertThat(ChromeRules.isChrome("Next gallery: In pictures: spring comes to Brenn →")).isTrue();
    assertThat(ChromeRules.isChrome("Talks resume | Share: the mediator said this was a start."))
        .isFalse(); // the first item is no control, the last a sentence
  }

  @Test
  void onlyAHomeLinkWithAnOutletsNameNamesTheSite() {
    assertThat(
            Markdown.siteName(
                "[Home](https://tarnmonitor.example/) › [World](https://x.example/w)"))
        .isNull();
    assertThat(
            Markdown.siteName(
                "[Tarn Evening Monitor](https://tarnmonitor.example/world) › [World](https://x.example/w)"))
        .isNull(); // not the home page
    assertThat(Markdown.read("**Words by Anna Berg**\nFriday 3 April 2026").text())
        .isEqualTo("Words by Anna Berg\n\nFriday 3 April 2026"); // a bold line is a line of its own
  }
}
