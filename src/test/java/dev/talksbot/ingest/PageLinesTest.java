package dev.talksbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A saved page's masthead, lone byline and publication line (invented outlets and people). */
class PageLinesTest {
  private final NewsArticleParser parser = new NewsArticleParser();

  /** The article a page of these paragraphs (lines between blank lines) parses to. */
  private Article page(String... paragraphs) {
    return parser.parse("p", "p.txt", String.join("\n\n", paragraphs));
  }

  private static final String LEAD =
      "Lutavia and Brennick each released 120 prisoners on Friday in the fourth stage of the"
          + " exchange agreed in Tarn, officials said.";

  @Test
  void aPageHeaderIsReadAsMetadataNotText() {
    Article a =
        page(
            "Quellmoor Herald",
            "Menu | World | Business | Opinion",
            "Fourth stage of the exchange brings 120 home on each side",
            "By Anna Berg and Tom Reed",
            "Published March 3, 2026 · Updated March 3, 2026, 14:20",
            LEAD,
            "The handover took place on the border, as in earlier stages.");
    assertThat(a.outlet()).isEqualTo("Quellmoor Herald");
    assertThat(a.title()).isEqualTo("Fourth stage of the exchange brings 120 home on each side");
    assertThat(a.authors()).containsExactly("Anna Berg", "Tom Reed");
    assertThat(a.date()).isEqualTo(LocalDate.of(2026, 3, 3));
    assertThat(a.text()).startsWith("Lutavia and Brennick each released");
    assertThat(a.text()).doesNotContain("Published").doesNotContain("By Anna");
  }

  @Test
  void anUpdatedLineAloneDatesNothingAndLeavesTheText() {
    Article a =
        page(
            "Fourth stage of the exchange brings 120 home on each side",
            "Updated 4 March 2026, 09:10",
            LEAD);
    assertThat(a.date()).isNull();
    assertThat(a.text()).isEqualTo(LEAD);
  }

  @Test
  void aMastheadThatRepeatsTheMetadataOutletIsDropped() {
    Article a =
        page(
            " date 2026-03-03 By Anna Berg, Quellmoor Herald",
            "Quellmoor Herald",
            "Fourth stage of the exchange brings 120 home on each side",
            LEAD);
    assertThat(a.outlet()).isEqualTo("Quellmoor Herald");
    assertThat(a.title()).isEqualTo("Fourth stage of the exchange brings 120 home on each side");
    assertThat(a.text()).isEqualTo(LEAD);
  }

  @Test
  void anOutletsStampAtTheFootDatesAnUndatedStory() {
    Article a =
        page(
            "Fourth stage of the exchange brings 120 home on each side",
            LEAD,
            "Quellmoor Herald | 28.09.2025 | Lutavia, Exchange",
            "Also in Quellmoor Herald:",
            "Harbour reopens after storm");
    assertThat(a.date()).isEqualTo(LocalDate.of(2025, 9, 28));
    assertThat(a.outlet()).isEqualTo("Quellmoor Herald");
    assertThat(a.text()).isEqualTo(LEAD);
    Article dated =
        page(
            " date 2025-09-27 By Anna Berg, Quellmoor Herald",
            LEAD,
            "Quellmoor Herald | 28.09.2025 | Lutavia, Exchange");
    assertThat(dated.date()).isEqualTo(LocalDate.of(2025, 9, 27));
    assertThat(PageLines.stamp("Home | World | Business | 2025")).isNull();
    assertThat(PageLines.stamp("Tarn | 28.09.2025 | Lutavia")).isNull();
    assertThat(PageLines.stamp("Quellmoor Herald | 31.09.2025")).isNull();
    assertThat(PageLines.stamp("The Tarn Courier | September 28, 2025"))
        .isEqualTo(new PageLines.Stamp("The Tarn Courier", LocalDate.of(2025, 9, 28)));
  }

  @Test
  void linesThatOnlyLookLikeHeaderLinesStay() {
    assertThat(PageLines.masthead("Talks Resume in Tarn")).isFalse();
    assertThat(PageLines.masthead("Castrovia Daily Post")).isTrue();
    assertThat(PageLines.masthead("The 2026 Herald")).isFalse();
    assertThat(PageLines.loneByline("By Friday, the two sides had freed 500 prisoners.")).isNull();
    assertThat(PageLines.loneByline("By the end of the week")).isNull();
    assertThat(PageLines.loneByline("By Anna Berg, Quellmoor Herald").authors())
        .containsExactly("Anna Berg");
    assertThat(PageLines.published("Published in Tarn by the ministry of Lutavia in 2026"))
        .isNull();
    assertThat(PageLines.published("Posted on: 3 March 2026")).isEqualTo(LocalDate.of(2026, 3, 3));
    Article a =
        page(
            "Talks Resume in Tarn",
            "By Friday, the two sides had freed 500 prisoners and agreed to meet again.",
            LEAD);
    assertThat(a.title()).isEqualTo("Talks Resume in Tarn");
    assertThat(a.outlet()).isNull();
    assertThat(a.text()).startsWith("By Friday, the two sides had freed 500 prisoners");
  }

  @Test
  void aStampOfItemsBetweenMiddleDotsGivesOutletAndDateNotTheTitle() {
    Article a =
        page(
            "Quellmoor Post · World · Interviews · 8 November 2025",
            "Fourth stage of the exchange brings 120 home on each side",
            LEAD);
    assertThat(a.outlet()).isEqualTo("Quellmoor Post");
    assertThat(a.date()).isEqualTo(LocalDate.of(2025, 11, 8));
    assertThat(a.title()).isEqualTo("Fourth stage of the exchange brings 120 home on each side");
    assertThat(a.text()).isEqualTo(LEAD);
    assertThat(PageLines.stamp("Quellmoor Herald | Lutavia | Friday, March 6, 2026"))
        .isEqualTo(new PageLines.Stamp("Quellmoor Herald", LocalDate.of(2026, 3, 6)));
    assertThat(PageLines.stamp("By Anna Berg, Quellmoor Herald · 3 March 2026")).isNull();
  }

  @Test
  void aHeaderDateLineDatesTheStoryButNotItsUpdate() {
    Article live =
        page(
            "Brennick Herald",
            "Exchange talks in Tarn: working group sets date for last stage",
            "Live updates · Friday, March 6, 2026 · Last updated 19:20 Tarn time",
            LEAD);
    assertThat(live.date()).isEqualTo(LocalDate.of(2026, 3, 6));
    assertThat(live.text()).isEqualTo(LEAD);
    Article timed =
        page(
            "Fourth stage of the exchange brings 120 home on each side",
            "By Anna Berg",
            "Mar. 6, 2026, 10:05 a.m. GMT+3 | Updated Mar. 7, 2026, 9:40 a.m.",
            "TARN, March 6 (Brennick Herald) — " + LEAD);
    assertThat(timed.date()).isEqualTo(LocalDate.of(2026, 3, 6));
    assertThat(timed.datelineDay()).isEqualTo(java.time.MonthDay.of(3, 6));
    assertThat(timed.outlet()).isEqualTo("Brennick Herald");
    assertThat(timed.text()).isEqualTo(LEAD);
    assertThat(PageLines.dateLine("Updated Mar. 7, 2026, 9:40 a.m.")).isNull();
    assertThat(PageLines.dateLine("Talks | Lutavia and Brennick agreed on 6 March 2026 to meet"))
        .isNull();
  }

  @Test
  void aBylineDatedAmongOtherItemsGivesItsAuthorAndDate() {
    Article a = page("By Tom Reed · 4 December 2025 · 6 min read", LEAD);
    assertThat(a.authors()).containsExactly("Tom Reed");
    assertThat(a.date()).isEqualTo(LocalDate.of(2025, 12, 4));
    assertThat(a.text()).isEqualTo(LEAD);
  }

  @Test
  void aShortPublicationLineDatesTheStoryThoughItLooksLikeChrome() {
    Article a = page("Published 3 March 2026", LEAD);
    assertThat(a.date()).isEqualTo(LocalDate.of(2026, 3, 3));
    assertThat(a.text()).isEqualTo(LEAD);
  }

  @Test
  void aMastheadInCapitalsIsSpelledAsThePageSpellsItElsewhere() {
    Article a =
        page(
            "BRENNICK HERALD",
            "Fourth stage of the exchange brings 120 home on each side",
            "TARN, March 6 (Brennick Herald) — " + LEAD);
    assertThat(a.outlet()).isEqualTo("Brennick Herald");
    assertThat(a.text()).isEqualTo(LEAD);
    Article capsOnly =
        page("BRENNICK HERALD", "Fourth stage of the exchange brings 120 home on each side", LEAD);
    assertThat(capsOnly.outlet()).isEqualTo("BRENNICK HERALD");
    assertThat(OutletNames.spelledAsOnPage("BRENNICK HERALD", "brennick herald; Brennick Herald"))
        .isEqualTo("Brennick Herald");
  }

  @Test
  void aKickerInCapitalsAboveTheStoryIsNeitherTitleNorText() {
    Article a =
        page(
            "EXPLAINER",
            "What Lutavia and Brennick have agreed in Tarn, and what comes next",
            LEAD);
    assertThat(a.title())
        .isEqualTo("What Lutavia and Brennick have agreed in Tarn, and what comes next");
    assertThat(a.text()).isEqualTo(LEAD);
    assertThat(PageLines.kicker("Explainer")).isFalse();
    assertThat(PageLines.kicker("A")).isFalse();
  }
}
