package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.core.TalksBot;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "The US" is a country, "us" a pronoun: a question about what the US said is answered from the
 * report naming the US, not from a quote in which someone speaks of "us".
 */
class CapitalAbbreviationAnswerTest {
  @Test
  void theUsIsNotThePronounUs(@TempDir Path dir) throws Exception {
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        TestCorpus.MERIDIAN,
        "\u201cNobody told us that the harbour of Tarn would close for a month,\u201d a fisherman"
            + " said on the quay on Monday.",
        "The fleet stayed in port.");
    TestCorpus.writeArticle(
        dir,
        "b.txt",
        TestCorpus.BALTIC,
        "The US said the harbour of Tarn would close for a month because of the storm damage.",
        "Repairs start next week.");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      for (String q :
          new String[] {
            "What did the US say about the harbour of Tarn?",
            "what did the us say about the harbour of tarn"
          }) {
        Answer a = bot.ask(q);
        assertThat(a).as(a.text()).isInstanceOf(Answer.Answered.class);
        assertThat(a.citations().getFirst().quote()).as(q).startsWith("The US said");
        assertThat(a.text()).as(q).doesNotContain("Nobody told us");
      }
      assertThat(bot.ask("what did the us say about the harbour of tarn").text())
          .startsWith("(Read as: \"what did the US say about the harbour of tarn\")");
    }
  }
}
