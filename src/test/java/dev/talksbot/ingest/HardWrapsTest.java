package dev.talksbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hard-wrapped text joined back into paragraphs, and words hyphenated across a line break. */
class HardWrapsTest {
  /** A story wrapped at 67 columns, as a terminal shows it (made up). */
  static final String WRAPPED =
      """
      Ferrowick talks end with a new exchange of detainees

      By Anna Berg

      FERROWICK, March 3 (Quellmoor Wire) - Delegations from Castrovia
      and Brenn agreed on Tuesday to exchange 200 detainees each in the
      first swap since the talks resumed, in the first round of nego-
      tiations held in Ferrowick, both sides said after a session of
      five hours.

      The exchange will take place next week at a border crossing and
      will be overseen by observers from Tarn, a mediator said. Tom
      Reed, who heads the Brenn team, called it a well planned full-
      scale exchange and said that the treatment of the prisoners will
      be checked by doctors from both sides before they cross. The treat-
      ment of the wounded, he said, would start at once in Ferrowick.
      """;

  static final NewsArticleParser PARSER = new NewsArticleParser();

  @Test
  void wrappedLinesAreJoinedIntoParagraphs() {
    String text = HardWraps.unwrap(WRAPPED);
    assertThat(text)
        .contains("Delegations from Castrovia and Brenn agreed on Tuesday")
        .contains("\n\nThe exchange will take place next week at a border crossing and will be")
        .contains("said. Tom Reed, who heads");
    assertThat(text.split("\n")).contains("By Anna Berg"); // a short line keeps its break
  }

  @Test
  void aWordHyphenatedByTheWrappingIsRejoined() {
    String text = HardWraps.unwrap(WRAPPED);
    assertThat(text).contains("the first round of negotiations held"); // an English word
    assertThat(text).contains("The treatment of the wounded"); // as the text writes it elsewhere
    assertThat(text).contains("a well planned full-scale exchange"); // two words: a compound
  }

  @Test
  void thePagesOwnWordsDecideFirst() {
    assertThat(BrokenWords.keepsHyphen("Ferro", "wick", "They met in Ferrowick.")).isFalse();
    assertThat(BrokenWords.keepsHyphen("cease", "fire", "a cease-fire was agreed")).isTrue();
    assertThat(BrokenWords.keepsHyphen("cease", "fire", "no other word")).isFalse(); // "ceasefire"
  }

  @Test
  void compoundsKeepTheirHyphen() {
    assertThat(BrokenWords.keepsHyphen("Castro", "on-Sea", "")).isTrue(); // a chain of hyphens
    assertThat(BrokenWords.keepsHyphen("Brenn", "based", "")).isTrue(); // a name and a word
    assertThat(BrokenWords.keepsHyphen("Castrovian", "Brennish", "")).isTrue(); // a capital after
    assertThat(BrokenWords.keepsHyphen("40", "for", "")).isTrue(); // a figure before
    assertThat(BrokenWords.keepsHyphen("year", "old", "")).isTrue();
  }

  @Test
  void fragmentsOfOneWordAreRejoined() {
    assertThat(BrokenWords.keepsHyphen("Tarn", "quist", "")).isFalse();
    assertThat(BrokenWords.keepsHyphen("rehabi", "litation", "")).isFalse();
  }

  @Test
  void aFigureBeforeTheBreakKeepsTheHyphenWithoutASpace() {
    String lines =
        "Castrovia and Brenn have now run every ferry of the twelve-week 40-\n"
            + "for-40 ferry swap that was agreed in Ferrowick in the summer.\n";
    String text = HardWraps.unwrap((lines + "\n").repeat(5));
    assertThat(text).contains("the twelve-week 40-for-40 ferry swap");
  }

  @Test
  void aPageOfOneParagraphALineIsLeftAsItIs() {
    String page =
        "Delegations from Castrovia and Brenn agreed on Tuesday to exchange 200 detainees each in"
            + " the first swap since the talks moved to Ferrowick.\n"
            + "officials said the exchange would take place next week at a border crossing in Tarn"
            + " and be overseen by observers.\n";
    assertThat(HardWraps.unwrap(page.repeat(6))).isEqualTo(page.repeat(6));
  }

  @Test
  void aWrappedStoryParsesIntoWholeSentences() {
    Article a = PARSER.parse("w", "w.txt", WRAPPED);
    assertThat(a.title()).isEqualTo("Ferrowick talks end with a new exchange of detainees");
    assertThat(a.authors()).containsExactly("Anna Berg");
    assertThat(a.datelinePlace()).isEqualTo("Ferrowick");
    List<Passage> passages = new ParagraphChunker(300, 700).chunk(a);
    assertThat(passages).isNotEmpty();
    for (Passage p : passages) {
      assertThat(Character.isUpperCase(p.text().codePointAt(0))).as(p.text()).isTrue();
      for (var s : p.sentences())
        assertThat(p.sentenceText(s)).as(p.text()).doesNotContain("\n").endsWith(".");
    }
  }
}
