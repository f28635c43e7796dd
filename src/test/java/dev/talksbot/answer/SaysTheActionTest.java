package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.ingest.Article;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Whether a sentence says what a "who" question asks someone did (DissentNotes.saysTheAction). */
class SaysTheActionTest {
  private static boolean says(String question, String sentence) {
    Set<String> q = SentenceFeatures.questionTerms(question);
    Article a = new Article("a", null, null, null, null, null, null, sentence);
    Candidate c = TestCandidates.of(a, new float[] {1}, Set.of(), Set.of(), Set.of());
    return DissentNotes.saysTheAction(c, QuestionShape.of(question, q));
  }

  @Test
  void theQuestionsVerbInTheSentenceInAnyFormIsTheAction() {
    assertThat(
            says("Who leads the delegation?", "The side will this time be led by Ivan Petrenko."))
        .isTrue();
    // the tagger reads "leads" after an apposition as a noun: still the action
    assertThat(says("Who leads the delegation?", "Ivan Petrenko, a former minister, leads it."))
        .isTrue();
  }

  @Test
  void theSameWordAsANounIsNoAction() {
    String q = "Who heads the delegation?";
    assertThat(says(q, "Marko Zoric welcomed the delegation and praised its head.")).isFalse();
    assertThat(says(q, "Marko Zoric met the former head of the delegation.")).isFalse();
    assertThat(says(q, "Marko Zoric met Freedonia's head of mission.")).isFalse();
    assertThat(says(q, "Marko Zoric welcomed the delegation.")).isFalse();
  }

  @Test
  void aQuestionWithoutAContentVerbAsksForNoAction() {
    assertThat(says("Who is the head of the delegation?", "Marko Zoric spoke.")).isTrue();
  }

  /** A capitalised word inside the question is a name, though the tagger reads "Trump" a verb. */
  @Test
  void aNameTheTaggerReadsAsAVerbIsNoAction() {
    String q = "Will Trump attend the summit?";
    assertThat(says(q, "Erdogan invited Vladimir Putin and US President Donald Trump.")).isFalse();
    assertThat(says(q, "Trump told reporters he would attend if it was useful.")).isTrue();
  }

  /** "overseen", which the tagger reads as an adverb, and "oversaw" are forms of "oversee". */
  @Test
  void anIrregularFormIsItsVerb() {
    String q = "Who oversaw the exchange?";
    assertThat(says(q, "The exchange was overseen by Ivan Petrenko.")).isTrue();
    assertThat(says(q, "Ivan Petrenko oversaw the exchange.")).isTrue();
    assertThat(says(q, "Ivan Petrenko attended the exchange.")).isFalse();
  }
}
