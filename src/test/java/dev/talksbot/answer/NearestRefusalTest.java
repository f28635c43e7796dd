package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.talksbot.TestCorpus;
import dev.talksbot.core.TalksBot;
import dev.talksbot.ingest.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A refusal quotes what the coverage does say on the subject, marked as such, when the coverage
 * speaks of what the question asks about; off the subject it quotes nothing.
 */
class NearestRefusalTest {
  /**
   * Over the bundled coverage: a ceasefire is its subject (Kyiv pushes for one, Russia rejects it),
   * but no report says one was agreed; a football question is off the subject.
   */
  @Test
  void aQuestionOnTheSubjectThatNothingAnswersGetsTheNearestSentenceCited() {
    TalksBot bot = TestCorpus.bot();
    Answer a = bot.ask("Did they agree on a ceasefire?");
    assertThat(a).as(a.text()).isInstanceOf(Answer.Refused.class);
    assertThat(a.text())
        .startsWith("The coverage I have does not answer that directly. The nearest it comes: “")
        .containsIgnoringCase("ceasefire")
        .endsWith("[1]");
    assertThat(a.citations()).hasSize(1);
    assertThat(a.citations().getFirst().quote()).containsIgnoringCase("ceasefire");

    Answer off = bot.ask("Who won the 2018 World Cup?");
    assertThat(off).isInstanceOf(Answer.Refused.class);
    assertThat(off.citations()).isEmpty();
    assertThat(off.text()).doesNotContain("nearest").doesNotContain("[1]");
  }

  @Test
  void aRefusalsMarkersMatchItsCitations() {
    Citation c = new Citation(1, "a", null, null, null, null, "A quote.", new Span(0, 8));
    assertThat(new Answer.Refused("q", "No. Nearest: “A quote.” [1]", "x", List.of(c)).refused())
        .isTrue();
    assertThat(new Answer.Refused("q", "No.", "x").citations()).isEmpty();
    // a rewrite of the text (a first line, another answerer's name) keeps the kind and the quote
    Answer rewritten =
        new Answer.Refused("q", "No. Nearest: “A quote.” [1]", "x", List.of(c))
            .with("q2", "(Read as: q2)\nNo. Nearest: “A quote.” [1]", "y");
    assertThat(rewritten).isInstanceOf(Answer.Refused.class);
    assertThat(rewritten.citations()).containsExactly(c);
    assertThat(rewritten.question()).isEqualTo("q2");
    assertThat(rewritten.answerer()).isEqualTo("y");
    assertThatThrownBy(() -> new Answer.Refused("q", "No. [1]", "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Answer.Refused("q", "No.", "x", List.of(c)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
