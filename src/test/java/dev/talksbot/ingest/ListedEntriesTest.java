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
            "Hello from the harbour desk. Three stories today.",
            "1. TARN: SECOND FERRY LINE TO OPEN IN JUNE",
            "The port boards of Tarn and Ferrowick signed the deal on Monday.",
            "The crossing will take ninety minutes.",
            "2. WEATHER: FOG HALTS THE QUELLMOOR TRAMS",
            "Thick fog stopped all trams in Quellmoor before dawn.",
            "3) HARBOUR FEES: UP AGAIN",
            "Mooring fees rise by four percent from July.");
    List<Passage> ps = chunker.chunk(a);
    assertThat(ps)
        .extracting(Passage::text)
        .containsExactly(
            "Hello from the harbour desk. Three stories today.",
            "TARN: SECOND FERRY LINE TO OPEN IN JUNE\n\nThe port boards of Tarn and Ferrowick"
                + " signed the deal on Monday.\n\nThe crossing will take ninety minutes.",
            "WEATHER: FOG HALTS THE QUELLMOOR TRAMS\n\nThick fog stopped all trams in Quellmoor"
                + " before dawn.",
            "HARBOUR FEES: UP AGAIN\n\nMooring fees rise by four percent from July.");
    assertThat(ps.get(1).sentences().getFirst())
        .satisfies(
            s -> assertThat(s.of(a.text())).isEqualTo("TARN: SECOND FERRY LINE TO OPEN IN JUNE"));
  }

  @Test
  void aHeadingLongerThanRoomStillOpensItsItemsPassage() {
    String sentence =
        "The port boards of Tarn and Ferrowick signed the second ferry deal on Monday. ";
    Article a =
        article(
            "1. TARN: FERRY DEAL",
            sentence.repeat(10).strip(),
            "2. HARBOUR FEES: UP AGAIN",
            "Mooring fees rise by four percent from July.");
    List<Passage> ps = chunker.chunk(a);
    assertThat(ps.getFirst().text()).startsWith("TARN: FERRY DEAL\n\nThe port boards");
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
            "The pier's story, year by year.",
            "Mar. 4: A storm tears the roof off the Tarn ferry terminal.",
            "Apr. 20: The port board votes to rebuild. Ferrowick offers its cranes.",
            "9 June 2026: The first ferry docks at the new pier.",
            "2027: The old pier is due to be sold.");
    assertThat(chunker.chunk(a))
        .extracting(Passage::text)
        .containsExactly(
            "The pier's story, year by year.",
            "Mar. 4: A storm tears the roof off the Tarn ferry terminal.",
            "Apr. 20: The port board votes to rebuild. Ferrowick offers its cranes.",
            "9 June 2026: The first ferry docks at the new pier.",
            "2027: The old pier is due to be sold.");
  }

  @Test
  void aSavedTimelinesDescriptionListReadsAsDatedEntries() {
    String html =
        "<html><head><title>Timeline | Quellmoor Journal</title></head><body><main><article>"
            + "<h1>The Tarn pier from storm to reopening, month by month</h1>"
            + "<p>A storm closed the Tarn ferry terminal in March, and the port needed most of a"
            + " year to rebuild it. These are the steps along the way.</p>"
            + "<dl><dt>Mar. 4</dt><dd>A storm tears the roof off the terminal. The ferries moor"
            + " in Ferrowick instead.</dd>"
            + "<dt>Apr. 20:</dt><dd><p>The port board votes to rebuild.</p></dd>"
            + "<dt>Jun. 9</dt><dd>The first ferry docks at the new pier.</dd>"
            + "<dt>Jul. 1</dt></dl>"
            + "</article></main></body></html>";
    Article a = new HtmlExtractor(new NewsArticleParser()).extractFile("t", "t.html", html);
    assertThat(a.text())
        .contains(
            "\n\nMar. 4: A storm tears the roof off the terminal. The ferries moor in Ferrowick"
                + " instead.\n\n")
        .contains("\n\nApr. 20: The port board votes to rebuild.\n\n")
        .endsWith("\n\nJun. 9: The first ferry docks at the new pier.");
    assertThat(chunker.chunk(a))
        .extracting(Passage::text)
        .filteredOn(t -> t.matches("(Mar|Apr|Jun)\\. .*"))
        .hasSize(3);
  }

  @Test
  void fewDatedParagraphsAreNoChronology() {
    assertThat(DatedEntries.dated("Mar. 4: A storm hits the terminal.")).isTrue();
    assertThat(DatedEntries.dated("Tarn 12: The harbour closes.")).isFalse();
    Article a = article("Mar. 4: A storm hits the terminal.", "Apr. 20: The board votes.");
    assertThat(chunker.chunk(a)).hasSize(1);
  }
}
