package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.core.TalksBot;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A source's own bracketed reference numbers ("[14]") are not quoted: in an answer they would read
 * as its citations, and before this rule such an answer failed to build at all.
 */
class SourceReferencesTest {
  @TempDir Path corpus;

  @Test
  void referenceNumbersLeaveQuotedText() {
    assertThat(AnswerComposer.quotable("Admissions fell by 40 percent [14]."))
        .isEqualTo("Admissions fell by 40 percent.");
    assertThat(AnswerComposer.quotable("Two trials [3, 5] and a review [2–4] agree [7]"))
        .isEqualTo("Two trials and a review agree");
    assertThat(AnswerComposer.quotable("[1] The  first\n line")).isEqualTo("The first line");
    // brackets that are not reference numbers stay
    assertThat(AnswerComposer.quotable("The ministry [of health] said so in 2019."))
        .isEqualTo("The ministry [of health] said so in 2019.");
  }

  @Test
  void anAnswerFromATextWithReferenceNumbersCitesOnlyItsOwnSources() throws Exception {
    Files.writeString(
        corpus.resolve("vaccines.txt"),
        """
        Measles vaccination campaign in the north

        The regional measles vaccination campaign cut hospital admissions by 40 percent in 2019 [14].

        Nurses visited every village school twice during the campaign [15, 16].
        """);
    try (TalksBot bot = TestCorpus.freshBot(corpus)) {
      Answer a =
          bot.ask("By how much did the measles vaccination campaign cut hospital admissions?");
      assertThat(a).isInstanceOf(Answer.Answered.class);
      assertThat(a.text()).contains("40 percent").doesNotContain("[14]").doesNotContain("[15");
      assertThat(Answer.markers(a.text())).hasSameSizeAs(a.citations());
    }
  }
}
