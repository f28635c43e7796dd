package dev.talksbot.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.answer.Answer;
import dev.talksbot.answer.Citation;
import dev.talksbot.ingest.Span;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which dissent notes the news suite counts as invented disagreements. */
class InventedRivalTest {
  private static NewsSet.NewsQuestion question(String kind, boolean answerable, String... words) {
    return new NewsSet.NewsQuestion(
        new CorpusSuite.Question(
            "x1",
            "Who will lead Russia at the fourth round?",
            answerable,
            List.of(words),
            answerable ? List.of("a") : List.of(),
            1,
            List.of(),
            List.of()),
        "dev",
        kind,
        null);
  }

  /** An answer with one citation per marker. */
  private static Answer answer(String text) {
    List<Citation> cites = new ArrayList<>();
    for (int n = 1; text.contains("[" + n + "]"); n++)
      cites.add(new Citation(n, "a" + n, null, null, null, null, "Quote.", new Span(0, 6)));
    return new Answer.Answered("q", text, "extractive", cites);
  }

  private static final String NOTED =
      "Medinsky will lead it. [1] A newer report, Harbor Tribune, 2025-09-03, names Konstantin"
          + " Reutov instead. [2]";

  @Test
  void aNoteNamingAnAcceptedAnswerIsNotedButNotInvented() {
    NewsSuite.Verdict v =
        NewsSuite.judge(question("natural", true, "Reutov", "Medinsky"), answer(NOTED));
    assertThat(v.noted()).isTrue();
    assertThat(v.invented()).isFalse();
  }

  @Test
  void aNoteNamingSomeoneTheGoldDoesNotAcceptIsInvented() {
    NewsSuite.Verdict v = NewsSuite.judge(question("natural", true, "Medinsky"), answer(NOTED));
    assertThat(v.invented()).isTrue();
    assertThat(v.why()).contains("invented disagreement");
    assertThat(NewsSuite.judge(question("refuse", false), answer(NOTED)).invented()).isTrue();
  }

  /** A newer report's date ("gives September 10 instead.") is read like a name. */
  @Test
  void aDateNoteIsReadForItsDate() {
    String dated =
        "It was set for August 20. [1] A newer report, Harbor Tribune, 2025-09-03, gives September"
            + " 10 instead. [2]";
    assertThat(NewsSuite.judge(question("plain", true, "September 10"), answer(dated)).invented())
        .isFalse();
    assertThat(NewsSuite.judge(question("plain", true, "August 20"), answer(dated)).invented())
        .isTrue();
  }

  @Test
  void noNoteOrADisagreementQuestionIsNeverInvented() {
    assertThat(
            NewsSuite.judge(question("natural", true, "Medinsky"), answer("Medinsky. [1]")).noted())
        .isFalse();
    NewsSuite.Verdict v =
        NewsSuite.judge(question("disagreement", true, "Medinsky"), answer(NOTED));
    assertThat(v.noted()).isFalse();
    assertThat(v.invented()).isFalse();
  }
}
