package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.ingest.Span;
import org.junit.jupiter.api.Test;

/** Made-up text in the shapes of an interview and an explainer page. */
class AskingSentencesTest {

  private static final String INTERVIEW =
      "Tarn Post: Brenn called the venue unsuitable in the summer. Why did it come?\n\n"
          + "Moen: Because the host was a charity, not a government. For Brenn that mattered.\n\n"
          + "Officials asked whether \"the pause would hold?\"";

  private static boolean asks(String sentence) {
    int start = INTERVIEW.indexOf(sentence);
    return AskingSentences.asks(INTERVIEW, new Span(start, start + sentence.length()), sentence);
  }

  @Test
  void aQuestionAndItsPremiseInAQuestionHeadingAsk() {
    assertThat(asks("Why did it come?")).isTrue();
    assertThat(asks("Tarn Post: Brenn called the venue unsuitable in the summer.")).isTrue();
    assertThat(asks("Officials asked whether \"the pause would hold?\"")).isTrue();
  }

  @Test
  void theAnswerParagraphTells() {
    assertThat(asks("Moen: Because the host was a charity, not a government.")).isFalse();
    assertThat(asks("For Brenn that mattered.")).isFalse();
  }
}
