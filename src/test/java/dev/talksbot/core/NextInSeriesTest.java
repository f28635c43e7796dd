package dev.talksbot.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.answer.Answer;
import dev.talksbot.ingest.Article;
import dev.talksbot.ingest.Passage;
import dev.talksbot.ingest.Span;
import dev.talksbot.retrieval.ScoredPassage;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "The next round" is read as the highest-numbered round the retrieved passages mention. */
class NextInSeriesTest {
  private static List<ScoredPassage> passages(String... texts) {
    List<ScoredPassage> out = new java.util.ArrayList<>();
    for (int i = 0; i < texts.length; i++) {
      String t = texts[i];
      Article a = new Article("a" + i, null, null, null, null, null, null, t);
      Passage p =
          new Passage(a.id(), 0, new Span(0, t.length()), t, List.of(new Span(0, t.length())));
      out.add(new ScoredPassage(p, a, 1, 0, 0, Float.NaN));
    }
    return out;
  }

  @Test
  void theNextRoundIsTheHighestNumberedRoundMentioned() {
    var found =
        passages(
            "The third round took place on July 23.",
            "A fourth and final round of talks is planned for September.",
            "The second round ended in June.");
    assertThat(NextInSeries.resolve("When is the next round?", found))
        .contains("When is the fourth round?");
    assertThat(NextInSeries.resolve("Who will lead the upcoming rounds of talks?", found))
        .contains("Who will lead the fourth rounds of talks?");
  }

  @Test
  void theHighestReportedOnlyAsPastIsNotTheNext() {
    assertThat(
            NextInSeries.resolve(
                "when is the next meeting",
                passages("Zelensky showed up for a first meeting and Putin did not.")))
        .contains("when is the second meeting");
    assertThat(
            NextInSeries.resolve(
                "When is the next round?",
                passages("The third round took place on July 23.", "The second round ended.")))
        .contains("When is the fourth round?");
    // a sentence that gives the highest as still to come keeps it
    assertThat(
            NextInSeries.resolve(
                "When is the next round?",
                passages(
                    "The third round took place on July 23.",
                    "Delegates said the third round will resume on Friday.")))
        .contains("When is the third round?");
  }

  @Test
  void noNumberedSeriesOrNoNextLeavesTheQuestionAlone() {
    var found = passages("The third round took place on July 23.");
    assertThat(NextInSeries.resolve("When is the next summit?", found)).isEqualTo(Optional.empty());
    assertThat(NextInSeries.resolve("When is the third round?", found)).isEmpty();
    assertThat(NextInSeries.resolve("When is the next round?", passages("No ordinals here.")))
        .isEmpty();
  }

  @Test
  void theBotAnswersTheNextRoundFromTheNewestPlanAndSaysHowItReadTheQuestion(@TempDir Path dir)
      throws Exception {
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        "2025-07-24",
        "Anna Kovacs, Meridian Post",
        "The third round of the harbour talks took place on July 23 and lasted an hour.",
        "The delegations met in the old customs house.");
    TestCorpus.writeArticle(
        dir,
        "b.txt",
        "2025-09-03",
        "Tom Lind, Baltic Wire",
        "Freedonia and Lutavia will hold a fourth round of the harbour talks on September 10, the"
            + " port authority said.",
        "The ferries will run as usual.");
    try (var bot = TestCorpus.freshBot(dir)) {
      Answer a = bot.ask("When is the next round of the harbour talks?");
      assertThat(a).isInstanceOf(Answer.Answered.class);
      assertThat(a.text())
          .as(a.text())
          .startsWith("(Read as: \"When is the fourth round of the harbour talks?\")")
          .contains("September 10");
    }
  }
}
