package dev.talksbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphChunkerTest {
  static Article article(String text) {
    return new Article("a", "a.txt", null, null, List.of(), null, null, text);
  }

  @Test
  void passagesAreExactSpansMadeOfWholeSentences() throws IOException {
    Article a =
        new NewsArticleParser()
            .parse(
                "002",
                "002.txt",
                Files.readString(Path.of("index", "corpus", "002_26359c985ce23d95.txt")));
    List<Passage> ps = new ParagraphChunker(300, 700).chunk(a);
    assertThat(ps).hasSizeGreaterThan(5);
    for (Passage p : ps) {
      assertThat(a.text().substring(p.span().start(), p.span().end())).isEqualTo(p.text());
      assertThat(p.sentences()).isNotEmpty();
      assertThat(p.sentences().getFirst().start()).isEqualTo(p.span().start());
      assertThat(p.sentences().getLast().end()).isEqualTo(p.span().end());
      assertThat(p.text().length()).isLessThanOrEqualTo(700);
    }
    assertThat(ps)
        .extracting(Passage::ordinal)
        .containsExactlyElementsOf(java.util.stream.IntStream.range(0, ps.size()).boxed().toList());
  }

  @Test
  void headingsAreNotIndexedAndNotCrossed() throws IOException {
    Article a =
        new NewsArticleParser()
            .parse(
                "002",
                "002.txt",
                Files.readString(Path.of("index", "corpus", "002_26359c985ce23d95.txt")));
    List<Passage> ps = new ParagraphChunker(300, 700).chunk(a);
    assertThat(ps)
        .noneMatch(
            p ->
                p.text().contains("'A Political Game'")
                    || p.text().contains("Moscow's Maximalism"));
  }

  @Test
  void shortParagraphsMergeUpToTheTarget() {
    Article a = article("One short line here.\n\nAnother short line.\n\nA third short line.");
    List<Passage> ps = new ParagraphChunker(30, 200).chunk(a);
    assertThat(ps).hasSize(2);
    assertThat(ps.getFirst().text()).isEqualTo("One short line here.\n\nAnother short line.");
  }

  @Test
  void longParagraphsSplitAtSentenceBoundaries() {
    String para = "This sentence has some words in it. ".repeat(10).strip();
    List<Passage> ps = new ParagraphChunker(50, 80).chunk(article(para));
    assertThat(ps).hasSizeGreaterThan(3);
    assertThat(ps).allMatch(p -> p.text().endsWith(".") && p.text().length() <= 80);
  }

  @Test
  void aQuestionHeadingOpensThePassageOfItsAnswer() {
    String points =
        "Five rounds of talks between Lutavia and Brennick have been held in Tarn this year. The"
            + " two sides have swapped 900 prisoners each under the deal struck in July.";
    String answer =
        "Mostly humanitarian steps. The July round produced the prisoner exchange and three"
            + " working groups on prisoners, civilians and the remains of the dead. The October"
            + " round added a fourth group, on the harbour. At its second meeting in Quellmoor"
            + " that group agreed to spare the locks on both sides for sixty days, and the next"
            + " meeting will decide whether the pause covers the bridges. Anna Berg, who leads"
            + " Lutavia's side of the group, called it a first brick, not a wall.";
    Article a = article(points + "\n\nWhat was agreed?\n\n" + answer);
    List<Passage> ps = new ParagraphChunker(300, 700).chunk(a);
    assertThat(ps).extracting(Passage::text).first().isEqualTo(points);
    assertThat(ps.get(1).text()).startsWith("What was agreed?\n\nMostly humanitarian steps.");
  }
}
