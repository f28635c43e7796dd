package dev.talksbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Footnotes, pull quotes, list markers and the author's biography (invented people and places). */
class BodyApparatusTest {
  private final NewsArticleParser parser = new NewsArticleParser();

  private Article page(String... paragraphs) {
    return parser.parse("p", "p.txt", String.join("\n\n", paragraphs));
  }

  private static final String TITLE = "Why the Tarn ferry keeps running late";

  @Test
  void footnoteMarkersLeaveTheTextAndTheNotesAreDropped() {
    Article a =
        page(
            TITLE,
            "By Lena Marsh · 9 May 2026",
            "The ferry left late on 212 of 365 days last year [1]. The port counts delays"
                + " differently.[2, 3]",
            "The crews blame the cranes [4], and the port blames the weather.",
            "Notes",
            "[1] Ferrowick port authority, annual report 2025.",
            "[2] Lutavian transport ministry, timetable review of March 2, 2026.");
    assertThat(a.text())
        .isEqualTo(
            "The ferry left late on 212 of 365 days last year. The port counts delays"
                + " differently.\n\n"
                + "The crews blame the cranes, and the port blames the weather.");
  }

  @Test
  void aNoteWithoutAHeadingIsDroppedToo() {
    assertThat(
            BodyApparatus.withoutApparatus(
                List.of("The ferry is late [1].", "[1] Tarn harbour office, statement."),
                List.of()))
        .containsExactly("The ferry is late.");
  }

  @Test
  void aPullQuoteThatRepeatsTheBodyIsDroppedButAQuoteOfItsOwnIsKept() {
    String body =
        "All told, the Tarn ferry is a fine boat tied to a pier that nobody has repaired since the"
            + " flood.";
    String pull =
        "\u201CThe Tarn ferry is a fine boat tied to a pier that nobody has repaired since the"
            + " flood.\u201D";
    String own = "\"Nobody in Quellmoor expected the pier to reopen before the spring.\"";
    Article a = page(TITLE, body, pull, own, "The repairs start in June, the port said.");
    assertThat(a.text()).doesNotContain(pull).contains(body).contains(own);
    // a short quoted phrase is not taken for a pull quote
    assertThat(
            BodyApparatus.withoutApparatus(
                List.of(
                    "He called it \"a boat, not a bridge\" twice.", "\"A boat, not a bridge.\""),
                List.of()))
        .hasSize(2);
  }

  @Test
  void theAuthorsBiographyAtTheEndIsDropped() {
    String lead = "The Tarn ferry left late again on Friday, the ninth time this month.";
    String bio = "Lena Marsh is a maritime historian in Ferrowick and writes about harbours.";
    Article a = page(TITLE, "By Lena Marsh · 9 May 2026", lead, bio);
    assertThat(a.text()).isEqualTo(lead);
    // someone else's portrait is text
    String other = "Tom Reed is the ferry's captain, and he has sailed the route for 20 years.";
    assertThat(page(TITLE, "By Lena Marsh · 9 May 2026", lead, other).text()).endsWith(other);
  }

  @Test
  void aListItemIsItsTextWithoutItsMarker() {
    Article a =
        page(
            TITLE,
            "The Tarn ferry left late again on Friday, the ninth time this month.",
            "In brief",
            "- The ferry was late on 212 days last year.",
            "• The new pier opens in June.",
            "* * *",
            "The port will publish a new timetable in July.");
    assertThat(a.text())
        .contains("\n\nThe ferry was late on 212 days last year.\n\n")
        .contains("\n\nThe new pier opens in June.\n\n")
        .doesNotContain("* *")
        .doesNotContain("- ")
        .doesNotContain("•");
    assertThat(BodyApparatus.withoutListMarker("- 3 hours")).isEqualTo("3 hours");
    assertThat(BodyApparatus.withoutListMarker("-- ")).isEqualTo("-- ");
  }
}
