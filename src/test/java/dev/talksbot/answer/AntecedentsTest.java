package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.core.TalksBot;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "The round" refers back to the round last named before it: for a question about the fifth round,
 * a sentence about "the round" after "a fourth round" keeps {@link SetBacks#ANTECEDENT_FACTOR} of
 * its probability; for the fourth round, or after an unnumbered round, it keeps all of it.
 */
class AntecedentsTest {
  private static final String ARTICLE =
      " date 2025-08-02 By Anna Kovacs, Meridian Post\n\nA fourth round of the fishing talks that"
          + " diplomats had set for May has been put off, officials in Tarn said.\n\nThe quota"
          + " office said its lists were not ready. Ivo Marek was expected to lead the fleet's"
          + " team again when the round takes place.\n";

  private static double shareOfTheRoundSentence(TalksBot bot, String question) {
    var qTerms = SentenceFeatures.questionTerms(question);
    var cands = bot.explain(question).candidates();
    SetBacks rules = SetBacks.of(question, qTerms, QuestionShape.of(question, qTerms), cands);
    Candidate round =
        cands.stream()
            .filter(c -> c.text().startsWith("Ivo Marek"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no candidate about the round"));
    return rules.share(round);
  }

  @Test
  void theRoundAfterAFourthRoundIsNotTheFifth(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), ARTICLE);
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      assertThat(shareOfTheRoundSentence(bot, "Who will lead the team at the fifth round?"))
          .isEqualTo(SetBackFactors.ANTECEDENT_FACTOR);
      assertThat(shareOfTheRoundSentence(bot, "Who will lead the team at the fourth round?"))
          .isEqualTo(1.0);
      assertThat(shareOfTheRoundSentence(bot, "Who will lead the team at the round?"))
          .isEqualTo(1.0);
    }
  }

  @Test
  void theRoundAfterAnUnnumberedRoundIsNotSetBack(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("a.txt"), ARTICLE.replace("A fourth round", "A round"));
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      assertThat(shareOfTheRoundSentence(bot, "Who will lead the team at the fifth round?"))
          .isEqualTo(1.0);
    }
  }
}
