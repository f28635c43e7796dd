package dev.talksbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The headers of a transcript, a digest and an opinion page: a masthead above the navigation bar, a
 * stamp with its transcriber, credit lines, kickers of the page's kind and a byline after the
 * standfirst (invented outlets and people).
 */
class PageHeaderTest {
  private final NewsArticleParser parser = new NewsArticleParser();

  private Article page(String... paragraphs) {
    return parser.parse("p", "p.txt", String.join("\n\n", paragraphs));
  }

  private static final String NAVIGATION = "Home | Lutavia | World | Transcripts | Sport";

  private static final String TITLE = "Tarn and Ferrowick agree a second ferry line";

  private static final String LEAD =
      "The ports of Tarn and Ferrowick agreed on Thursday to open a second ferry line in June, the"
          + " harbour masters said after a day of talks.";

  @Test
  void theFirstLineAboveTheNavigationBarIsTheMastheadWhateverItsWords() {
    Article a = page("Ferrowick Record", NAVIGATION, TITLE, LEAD);
    assertThat(a.outlet()).isEqualTo("Ferrowick Record");
    assertThat(a.title()).isEqualTo(TITLE);
    assertThat(a.text()).isEqualTo(LEAD);
    // without a navigation bar below it, such a name is no outlet's ("Record" is no outlet word)
    Article bare = page("Ferrowick Record", TITLE, LEAD);
    assertThat(bare.outlet()).isNull();
  }

  @Test
  void aMastheadInCapitalsTakesThePagesOwnSpelling() {
    Article a = page("QUELLMOOR FORUM", NAVIGATION, TITLE, LEAD, "© 2026 Quellmoor Forum");
    assertThat(a.outlet()).isEqualTo("Quellmoor Forum");
    assertThat(a.text()).isEqualTo(LEAD);
    assertThat(page("QUELLMOOR FORUM", NAVIGATION, TITLE, LEAD).outlet())
        .isEqualTo("QUELLMOOR FORUM");
  }

  @Test
  void theMastheadsStampGivesTheDateAndTheTranscriberIsTheAuthor() {
    Article a =
        page(
            "Ferrowick Record",
            NAVIGATION,
            TITLE,
            "Ferrowick Record | Tarn | Thursday, May 7, 2026, 18:45 GMT+2 | Transcribed and"
                + " edited by Anna Berg",
            LEAD);
    assertThat(a.outlet()).isEqualTo("Ferrowick Record");
    assertThat(a.date()).isEqualTo(LocalDate.of(2026, 5, 7));
    assertThat(a.authors()).containsExactly("Anna Berg");
    assertThat(a.text()).isEqualTo(LEAD);
  }

  @Test
  void aStampOfANameThatIsNoOutletsShapeNamesNoOutlet() {
    Article a = page(TITLE, "Ferrowick Record | Tarn | Thursday, May 7, 2026, 18:45", LEAD);
    assertThat(a.outlet()).isNull();
    assertThat(a.date()).isEqualTo(LocalDate.of(2026, 5, 7));
  }

  @Test
  void aDigestIsTitledByItsKickerAndItsCompilerIsTheAuthor() {
    Article a =
        page(
            "QUELLMOOR BULLETIN",
            "News | Region | Sport | Weather",
            "Sign in | Subscribe",
            "MORNING BRIEFING",
            "Friday, 8 May 2026 · The harbour news before your first coffee",
            "Compiled by Tom Reed · Edited by Lena Marsh · 6 min read",
            LEAD,
            "Quellmoor Bulletin · Tarn · © 2026");
    assertThat(a.title()).isEqualTo("Morning briefing");
    assertThat(a.outlet()).isEqualTo("Quellmoor Bulletin");
    assertThat(a.date()).isEqualTo(LocalDate.of(2026, 5, 8));
    assertThat(a.authors()).containsExactly("Tom Reed");
    assertThat(a.text()).isEqualTo(LEAD);
  }

  @Test
  void aKickerNeverTakesAHeadlinesPlace() {
    Article a = page("MORNING BRIEFING", TITLE, LEAD);
    assertThat(a.title()).isEqualTo(TITLE);
    assertThat(a.text()).isEqualTo(LEAD);
  }

  @Test
  void anOpinionPagesKickerLineAndItsBylineAfterTheStandfirstAreHeader() {
    String standfirst = "The new line is welcome. The old pier still has no money for repairs.";
    Article a =
        page(
            "QUELLMOOR FORUM",
            "Analysis | Opinion | Security | Energy",
            "Opinion · Tarn harbour",
            TITLE,
            standfirst,
            "By Lena Marsh · 9 May 2026 · 8 min read",
            LEAD);
    assertThat(a.title()).isEqualTo(TITLE);
    assertThat(a.authors()).containsExactly("Lena Marsh");
    assertThat(a.date()).isEqualTo(LocalDate.of(2026, 5, 9));
    assertThat(a.text()).isEqualTo(standfirst + "\n\n" + LEAD);
    // deeper in the body such a line is not read as the byline
    Article later =
        page(TITLE, standfirst, LEAD, "By Lena Marsh · 9 May 2026", "The pier reopens in June.");
    assertThat(later.authors()).isEmpty();
  }

  @Test
  void theLabelOfAPagesKindInCapitalsIsNoPartOfItsHeadline() {
    assertThat(page("TRANSCRIPT: " + TITLE, LEAD).title()).isEqualTo(TITLE);
    assertThat(page("FULL TRANSCRIPT | " + TITLE, LEAD).title()).isEqualTo(TITLE);
    // in normal case a genre label stays, as outlets keep it
    assertThat(page("Explainer: " + TITLE, LEAD).title()).isEqualTo("Explainer: " + TITLE);
    assertThat(Headlines.withoutLabel("TRANSCRIPTS: " + TITLE)).isEqualTo("TRANSCRIPTS: " + TITLE);
  }

  @Test
  void kickerLines() {
    assertThat(PageLines.kicker("MORNING BRIEFING")).isTrue();
    assertThat(PageLines.kicker("Opinion · Tarn harbour")).isTrue();
    assertThat(PageLines.kicker("Morning briefing")).isFalse();
    assertThat(PageLines.kicker("Opinion · 9 May 2026")).isFalse();
    assertThat(PageLines.kicker("Opinion · The ferry left late again on Friday, officials said."))
        .isFalse();
    assertThat(PageLines.kickerTitle("Opinion · Tarn harbour")).isNull();
    assertThat(PageLines.kickerTitle("EVENING BRIEFING")).isEqualTo("Evening briefing");
  }
}
