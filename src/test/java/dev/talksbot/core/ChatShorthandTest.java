package dev.talksbot.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import org.junit.jupiter.api.Test;

/** Chat shorthand typed in lower case is read as the words it stands for; nothing else is. */
class ChatShorthandTest {
  @Test
  void shorthandIsSpelledOut() {
    assertThat(ChatShorthand.expand("wen is the nxt round of talks?"))
        .isEqualTo("when is the next round of talks?");
    assertThat(ChatShorthand.expand("wht did the govt say abt it"))
        .isEqualTo("what did the government say about it");
  }

  @Test
  void namesAbbreviationsAndOtherWordsStay() {
    String[] same = {
      "Who is Wen Jiabao?", // a name, in capitals
      "When did the U.S. envoy arrive?", // single letters of an abbreviation
      "Who leads the delegation?",
      "What is the wentworth plan?" // a longer word that starts like one
    };
    for (String q : same) assertThat(ChatShorthand.expand(q)).as(q).isEqualTo(q);
  }

  @Test
  void theAnswerSaysWhatTheQuestionWasReadAs() {
    var a = TestCorpus.bot().ask("wen did the third round of talks start");
    assertThat(a.text()).startsWith("(Read as: \"when did the third round of talks start\")");
  }
}
