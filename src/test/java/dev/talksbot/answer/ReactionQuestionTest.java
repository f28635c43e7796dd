package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talksbot.TestCorpus;
import dev.talksbot.core.TalksBot;
import dev.talksbot.index.TextAnalysis;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "How did X react to Y?" is answered by the sentence with X as its doer ("X accepted at once"),
 * not by the one that tells Y and names X among more of the question's words.
 */
class ReactionQuestionTest {
  @Test
  void theSentenceWithTheReactorAsDoerAnswers(@TempDir Path dir) throws Exception {
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        TestCorpus.MERIDIAN,
        "Governor Halvard Marsh has formally invited Prime Minister Ilse Moen and Chancellor Otto"
            + " Brennick to a harbour summit in Tarn in the second half of October, officials said.",
        "Moen accepted at once, saying she was ready to come on any day to any table.",
        "Brennick's office said the idea was premature and that the ministers had to meet first.");
    TestCorpus.writeArticle(
        dir,
        "b.txt",
        TestCorpus.BALTIC,
        "The harbour summit in Tarn will bring together ministers from six countries.");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      for (String q :
          new String[] {
            "What was Moen's response to the invitation?",
            "How did Moen react to Marsh's invitation?"
          }) {
        Answer a = bot.ask(q);
        assertThat(a).as(q + " → " + a.text()).isInstanceOf(Answer.Answered.class);
        assertThat(a.text()).as(q).contains("Moen accepted at once");
      }
    }
  }

  /**
   * Three reports of the invitation agree with one another, about something else than what was
   * asked: that does not put the invitation before the one report of the reaction.
   */
  @Test
  void reportsThatAgreeOnWhatWasNotAskedDoNotLeadTheAnswer(@TempDir Path dir) throws Exception {
    String invited =
        "Governor Halvard Marsh has formally invited Prime Minister Ilse Moen and Chancellor Otto"
            + " Brennick to a harbour summit in Tarn in the second half of October";
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        TestCorpus.MERIDIAN,
        invited + ", officials said.",
        "Moen accepted at once, saying she was ready to come on any day to any table.");
    TestCorpus.writeArticle(dir, "b.txt", TestCorpus.BALTIC, invited + ", his office said.");
    TestCorpus.writeArticle(
        dir, "c.txt", "2025-08-04", "Lea Berg, Harbor Wire", invited + ", aides said.");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      Answer a = bot.ask("How did Moen react to Marsh's invitation?");
      assertThat(a).as(a.text()).isInstanceOf(Answer.Answered.class);
      assertThat(a.text()).as(a.text()).startsWith("Moen accepted at once");
    }
  }

  @Test
  void theQuestionNamesWhoReactedAndToWhat() {
    assertThat(ReactionQuestion.read("How did Moen react to Marsh's invitation?"))
        .isEqualTo(new ReactionQuestion.Reading(terms("Moen"), terms("Marsh invitation")));
    assertThat(ReactionQuestion.read("What was Moen's response to the invitation?"))
        .isEqualTo(new ReactionQuestion.Reading(terms("Moen"), terms("invitation")));
    assertThat(ReactionQuestion.read("What was the reaction in Tarn to the postponement?"))
        .isEqualTo(new ReactionQuestion.Reading(terms("Tarn"), terms("postponement")));
    // responses that are nobody's reaction
    assertThat(
            ReactionQuestion.read("What are the three integer responses to a decision problem?")
                .reactor())
        .isEmpty();
    assertThat(ReactionQuestion.read("Who was in charge of the response?").reactor()).isEmpty();
  }

  @Test
  void theDoerStandsBeforeTheMainClausesFirstVerb() {
    Set<String> moen = terms("Moen");
    assertTrue(ReactionQuestion.doer("Moen accepted at once.", moen));
    assertTrue(ReactionQuestion.doer("When the date slipped, Moen recalled her envoy.", moen));
    assertFalse(ReactionQuestion.doer("Marsh invited Moen to the summit.", moen));
    assertFalse(ReactionQuestion.doer("The Marsh-Moen talks were postponed again.", moen));
  }

  private static Set<String> terms(String text) {
    return Set.copyOf(TextAnalysis.terms(text));
  }
}
