package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.core.TalksBot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rules that read a sentence's whole article. A question that asks what is not so ("Which port did
 * not …?") is not answered by an article that negates nothing: its sentences keep {@link
 * SetBacks#UNNEGATED_FACTOR} of their probability; an article that says what was not done keeps all
 * of it, and so does every sentence for a question that negates nothing. A question that names a
 * year is not answered by an article that names other years and never it ({@link
 * SetBacks#YEAR_ABSENT_FACTOR}).
 */
class ArticleSetBacksTest {
  @Test
  void anArticleThatNegatesNothingIsSetBackForANegatedQuestion(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("a.txt"),
        " date 2025-08-02 By Anna Kovacs, Meridian Post\n\nThe fishing talks were held in the"
            + " port of Tarn in May.\n\nDelegates signed a quota deal on the last day.\n");
    Files.writeString(
        dir.resolve("b.txt"),
        " date 2025-08-03 By Tom Lind, Baltic Wire\n\nThe port of Kel did not host the fishing"
            + " talks, because its piers were closed.\n\nThe quota deal runs for a year.\n");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      assertShares(
          bot, "Which port did not host the fishing talks?", SetBackFactors.UNNEGATED_FACTOR);
      assertShares(bot, "Which port hosted the fishing talks?", 1.0);
    }
  }

  @Test
  void anArticleThatNeverNamesTheQuestionsYearIsSetBack(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("a.txt"),
        " date 2025-08-02 By Anna Kovacs, Meridian Post\n\nIn 1805 the fishing talks were held"
            + " in the port of Tarn.\n\nDelegates signed a quota deal on the last day.\n");
    Files.writeString(
        dir.resolve("b.txt"),
        " date 2025-08-03 By Tom Lind, Baltic Wire\n\nIn 1850 the fishing talks moved to the"
            + " port of Kel.\n\nThe quota deal ran for a year.\n");
    // names no year: no telling which it is about, so not set back
    Files.writeString(
        dir.resolve("c.txt"),
        " By Ruth Adler, Harbor Tribune\n\nThe fishing talks were held in a port with closed"
            + " piers.\n\nObservers expect little.\n");
    assertThat(Years.named("In 1850, and again in 2001 (not 12,1850 or 18500)"))
        .containsExactly("1850", "2001");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      assertShares(
          bot, "Where were the fishing talks held in 1850?", SetBackFactors.YEAR_ABSENT_FACTOR);
    }
  }

  /**
   * For the question, every candidate from article "a" keeps {@code shareOfA} of its probability
   * and every other keeps all of it; article "a" must give a candidate.
   */
  private static void assertShares(TalksBot bot, String question, double shareOfA) {
    List<Candidate> cands = bot.explain(question).candidates();
    var qTerms = SentenceFeatures.questionTerms(question);
    SetBacks rules = SetBacks.of(question, qTerms, QuestionShape.of(question, qTerms), cands);
    assertThat(cands).anyMatch(c -> c.article().id().equals("a"));
    for (Candidate c : cands)
      assertThat(rules.share(c))
          .as(c.text())
          .isEqualTo(c.article().id().equals("a") ? shareOfA : 1.0);
  }
}
