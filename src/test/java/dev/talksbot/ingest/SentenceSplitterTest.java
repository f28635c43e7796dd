package dev.talksbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  final SentenceSplitter splitter = new SentenceSplitter();

  List<String> split(String text) {
    return splitter.split(text).stream().map(s -> s.of(text)).toList();
  }

  @Test
  void splitsAtSentenceEnds() {
    assertThat(split("Talks began. They ended late! Why? Nobody knows."))
        .containsExactly("Talks began.", "They ended late!", "Why?", "Nobody knows.");
  }

  @Test
  void keepsAbbreviationsAndInitialsTogether() {
    assertThat(split("The U.S. President spoke. Mr. Smith and J. Doe agreed. Fine."))
        .containsExactly("The U.S. President spoke.", "Mr. Smith and J. Doe agreed.", "Fine.");
  }

  @Test
  void keepsAQuotationThatClosesInTheParagraphTogether() {
    assertThat(
            split(
                "“No one expects an easy path. It will be difficult,” Peskov said. Then he left."))
        .containsExactly(
            "“No one expects an easy path. It will be difficult,” Peskov said.", "Then he left.");
  }

  @Test
  void endsASentenceAtAClosingQuote() {
    assertThat(split("He promised “very severe tariffs.” Moscow did not react."))
        .containsExactly("He promised “very severe tariffs.”", "Moscow did not react.");
  }

  @Test
  void neverSplitsInsideAWordOrNumber() {
    assertThat(split("They are…eager to talk about 3.5 billion. Yes."))
        .containsExactly("They are…eager to talk about 3.5 billion.", "Yes.");
  }

  @Test
  void apostrophesAreNotQuotes() {
    assertThat(split("It's the soldiers' bodies. 'It's hard,' he said. Done."))
        .containsExactly("It's the soldiers' bodies.", "'It's hard,' he said.", "Done.");
  }

  @Test
  void spansAreExactOffsets() {
    String text = "  First one.   Second one.  ";
    List<Span> spans = splitter.split(text);
    assertThat(spans).containsExactly(new Span(2, 12), new Span(15, 26));
  }

  @Test
  void textWithoutSentencePunctuationIsCutAtSpacesBelowTheLimit() {
    String text = "word ".repeat(3000).strip(); // 14,999 characters, no full stop
    List<Span> spans = splitter.split(text);
    assertThat(spans).hasSizeGreaterThan(9);
    StringBuilder joined = new StringBuilder();
    for (Span s : spans) {
      String piece = text.substring(s.start(), s.end());
      assertThat(piece.length()).isLessThanOrEqualTo(SentenceSplitter.MAX_SENTENCE_CHARS);
      assertThat(piece).startsWith("word").endsWith("word"); // never inside a word
      joined.append(joined.isEmpty() ? "" : " ").append(piece);
    }
    assertThat(joined.toString()).isEqualTo(text); // nothing lost
  }

  @Test
  void aWordLongerThanTheLimitIsCutWhereTheLimitFalls() {
    String text = "x".repeat(4000);
    List<Span> spans = splitter.split(text);
    assertThat(spans)
        .containsExactly(new Span(0, 1500), new Span(1500, 3000), new Span(3000, 4000));
  }
}
