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
}
