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

  private static final String TITLE = "Six rounds in Tarn and what they cannot deliver";

  @Test
  void footnoteMarkersLeaveTheTextAndTheNotesAreDropped() {
    Article a =
        page(
            TITLE,
            "By Lena Marsh · 27 January 2026",
            "The real total is 1,185 people home and 15 still owed [1]. Lutavia counts them"
                + " differently.[2, 3]",
            "Brennick claims five breaches by Lutavia [4], and Lutavia seven by Brennick.",
            "Notes",
            "[1] Quellmoor coordination office, statement of December 13, 2025.",
            "[2] Lutavian ministry of energy, weekly bulletin of January 21, 2026.");
    assertThat(a.text())
        .isEqualTo(
            "The real total is 1,185 people home and 15 still owed. Lutavia counts them"
                + " differently.\n\n"
                + "Brennick claims five breaches by Lutavia, and Lutavia seven by Brennick.");
  }

  @Test
  void aNoteWithoutAHeadingIsDroppedToo() {
    assertThat(
            BodyApparatus.withoutApparatus(
                List.of("The pause holds [1].", "[1] Tarn harbour office, statement."), List.of()))
        .containsExactly("The pause holds.");
  }

  @Test
  void aPullQuoteThatRepeatsTheBodyIsDroppedButAQuoteOfItsOwnIsKept() {
    String body =
        "In short, Tarn has become very good at moving people across a border and very bad at"
            + " moving the border itself.";
    String pull =
        "\u201CTarn has become very good at moving people across a border and very bad at moving"
            + " the border itself.\u201D";
    String own = "\"Nobody in Quellmoor expected the harbour to reopen before the spring.\"";
    Article a = page(TITLE, body, pull, own, "The talks resume in March, both sides said.");
    assertThat(a.text()).doesNotContain(pull).contains(body).contains(own);
    // a short quoted phrase is not taken for a pull quote
    assertThat(
            BodyApparatus.withoutApparatus(
                List.of(
                    "He called it \"a reward, not a gift\" twice.", "\"A reward, not a gift.\""),
                List.of()))
        .hasSize(2);
  }

  @Test
  void theAuthorsBiographyAtTheEndIsDropped() {
    String lead = "Lutavia and Brennick met in Tarn on Friday for a seventh round of talks.";
    String bio =
        "Lena Marsh is a senior fellow at the Quellmoor Centre for Harbour Studies and writes a"
            + " monthly column.";
    Article a = page(TITLE, "By Lena Marsh · 27 January 2026", lead, bio);
    assertThat(a.text()).isEqualTo(lead);
    // someone else's portrait is text
    String other = "Tom Reed is a senior fellow at the Quellmoor Centre, and he led the talks.";
    assertThat(page(TITLE, "By Lena Marsh · 27 January 2026", lead, other).text()).endsWith(other);
  }

  @Test
  void aListItemIsItsTextWithoutItsMarker() {
    Article a =
        page(
            TITLE,
            "Lutavia and Brennick met in Tarn on Friday for a seventh round of talks.",
            "Key takeaways",
            "- The exchange is 15 people short of its target.",
            "• The pause now runs to April 30.",
            "* * *",
            "The next round is planned for March.");
    assertThat(a.text())
        .contains("\n\nThe exchange is 15 people short of its target.\n\n")
        .contains("\n\nThe pause now runs to April 30.\n\n")
        .doesNotContain("* *")
        .doesNotContain("- ")
        .doesNotContain("•");
    assertThat(BodyApparatus.withoutListMarker("- 3 hours")).isEqualTo("3 hours");
    assertThat(BodyApparatus.withoutListMarker("-- ")).isEqualTo("-- ");
  }
}
