package dev.talksbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A digest's numbered items and a timeline's dated entries, as passages (invented stories). */
class ListedEntriesTest {
  private final ParagraphChunker chunker = new ParagraphChunker(300, 700);

  private static Article article(String... paragraphs) {
    return new Article(
        "a", "a.txt", null, null, List.of(), null, null, String.join("\n\n", paragraphs));
  }

  @Test
  void eachNumberedItemIsItsOwnPassageOpenedByItsHeading() {
    Article a =
        article(
            "Good morning. Here is your briefing.",
            "1. TARN: NEW PRISONER SWAP SET FOR FEBRUARY 6",
            "The working groups met in Tarn on Thursday.",
            "The session lasted six hours.",
            "2. WEATHER: STORM CLOSES THE FERROWICK BRIDGE",
            "Gusts of up to 160 km/h closed the bridge overnight.",
            "3) MARKETS: OIL SLIPS",
            "Crude fell 1.2 percent on Thursday.");
    List<Passage> ps = chunker.chunk(a);
    assertThat(ps)
        .extracting(Passage::text)
        .containsExactly(
            "Good morning. Here is your briefing.",
            "TARN: NEW PRISONER SWAP SET FOR FEBRUARY 6\n\nThe working groups met in Tarn on"
                + " Thursday.\n\nThe session lasted six hours.",
            "WEATHER: STORM CLOSES THE FERROWICK BRIDGE\n\nGusts of up to 160 km/h closed the"
                + " bridge overnight.",
            "MARKETS: OIL SLIPS\n\nCrude fell 1.2 percent on Thursday.");
    assertThat(ps.get(1).sentences().getFirst())
        .satisfies(
            s ->
                assertThat(s.of(a.text())).isEqualTo("TARN: NEW PRISONER SWAP SET FOR FEBRUARY 6"));
  }

  @Test
  void aHeadingLongerThanRoomStillOpensItsItemsPassage() {
    String sentence = "The working groups on prisoners and civilians met in Tarn on Thursday. ";
    Article a =
        article(
            "1. TARN: SWAP SET",
            sentence.repeat(10).strip(),
            "2. MARKETS: OIL SLIPS",
            "Crude fell 1.2 percent on Thursday.");
    List<Passage> ps = chunker.chunk(a);
    assertThat(ps.getFirst().text()).startsWith("TARN: SWAP SET\n\nThe working groups");
    assertThat(ps).allMatch(p -> p.text().length() <= 700);
  }

  @Test
  void numberedHeadingsOutOfOrderOrAloneAreOrdinaryHeadings() {
    assertThat(NumberedItems.isList(List.of("1. Background", "Text here.", "3. What next")))
        .isFalse();
    assertThat(NumberedItems.isList(List.of("1. Background", "Text here."))).isFalse();
    List<Passage> ps = chunker.chunk(article("1. Background", "The talks began in May."));
    assertThat(ps).extracting(Passage::text).containsExactly("The talks began in May.");
    assertThat(NumberedItems.isList(List.of("1. The talks began in May.", "2. They ended.")))
        .isFalse();
  }

  @Test
  void eachDatedEntryOfAChronologyIsItsOwnPassage() {
    Article a =
        article(
            "Here is what happened, in order.",
            "Dec. 12: The exchange takes place on the Tarn border.",
            "Dec. 15: The deadline passes. Lutavia says the list was closed.",
            "3 January 2026: The envoys meet in Quellmoor.",
            "2027: The treaty is due for review.");
    assertThat(chunker.chunk(a))
        .extracting(Passage::text)
        .containsExactly(
            "Here is what happened, in order.",
            "Dec. 12: The exchange takes place on the Tarn border.",
            "Dec. 15: The deadline passes. Lutavia says the list was closed.",
            "3 January 2026: The envoys meet in Quellmoor.",
            "2027: The treaty is due for review.");
  }

  @Test
  void aSavedTimelinesDescriptionListReadsAsDatedEntries() {
    String html =
        "<html><head><title>Timeline | Quellmoor Journal</title></head><body><main><article>"
            + "<h1>From the last swap to the sixth round, day by day</h1>"
            + "<p>The exchange agreed in Tarn in July was supposed to end on December 12. It did"
            + " not, and here is what happened next, in order.</p>"
            + "<dl><dt>Dec. 12</dt><dd>The fifth stage takes place on the Tarn border. 191 people"
            + " are released on each side.</dd>"
            + "<dt>Dec. 13:</dt><dd><p>Lutavia corrects the running total.</p></dd>"
            + "<dt>Dec. 15</dt><dd>The deadline passes with the exchange incomplete.</dd>"
            + "<dt>Jan. 8</dt></dl>"
            + "</article></main></body></html>";
    Article a = new HtmlExtractor(new NewsArticleParser()).extractFile("t", "t.html", html);
    assertThat(a.text())
        .contains(
            "\n\nDec. 12: The fifth stage takes place on the Tarn border. 191 people are released"
                + " on each side.\n\n")
        .contains("\n\nDec. 13: Lutavia corrects the running total.\n\n")
        .endsWith("\n\nDec. 15: The deadline passes with the exchange incomplete.");
    assertThat(chunker.chunk(a))
        .extracting(Passage::text)
        .filteredOn(t -> t.startsWith("Dec."))
        .hasSize(3);
  }

  @Test
  void fewDatedParagraphsAreNoChronology() {
    assertThat(DatedEntries.dated("Dec. 12: The exchange takes place.")).isTrue();
    assertThat(DatedEntries.dated("Tarn 12: The harbour closes.")).isFalse();
    Article a = article("Dec. 12: The exchange takes place.", "Dec. 15: The deadline passes.");
    assertThat(chunker.chunk(a)).hasSize(1);
  }
}
