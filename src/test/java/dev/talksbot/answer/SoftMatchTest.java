package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.index.Embedder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SoftMatchTest {
  /** Records what reaches the model; each text gets its own vector. */
  private static final class Recording implements Embedder {
    final List<String> embedded = new ArrayList<>();

    @Override
    public String name() {
      return "recording";
    }

    @Override
    public int dimension() {
      return 2;
    }

    @Override
    public float[] embedQuery(String text) {
      throw new AssertionError("no query is embedded by the soft match");
    }

    @Override
    public float[] embedPassage(String text) {
      embedded.add(text);
      return new float[] {text.length(), text.hashCode()};
    }
  }

  /** The soft match's vectors for a question over some sentences, through the recording model. */
  private static Map<String, float[]> vectors(
      Recording model, String question, String... sentences) {
    return new SoftMatch(model)
        .vectors(
            SoftMatch.words(question), List.of(sentences).stream().map(SoftMatch::words).toList());
  }

  @Test
  void aQuestionWordInflectedLikeASentenceWordTakesItsVector() {
    Recording model = new Recording();
    Map<String, float[]> v =
        vectors(model, "Who was wanting talks?", "Kyiv wants a summit.", "No talks.");
    // "wanting" is asked as "wants" (stored with the sentence), "talks" is in a sentence itself
    assertThat(model.embedded).doesNotContain("wanting").contains("wants", "talks");
    assertThat(v.get("wanting")).isSameAs(v.get("wants"));
  }

  @Test
  void wordsTheStemmerJoinsButThatAreOtherWordsKeepTheirOwnVector() {
    Recording model = new Recording();
    Map<String, float[]> v =
        vectors(model, "Who heads the negotiators?", "The negotiations resumed.");
    assertThat(model.embedded).contains("negotiators", "negotiations");
    assertThat(v.get("negotiators")).isNotSameAs(v.get("negotiations"));
  }

  @Test
  void inflectionsOfOneWordShareABase() {
    for (List<String> same :
        List.of(
            List.of("wants", "wanting", "wanted", "want"),
            List.of("hosts", "hosting", "hosted"),
            List.of("plans", "planned", "planning"),
            List.of("parties", "party"),
            List.of("makes", "making"),
            List.of("watches", "watched")))
      for (String w : same)
        assertThat(SoftMatch.inflectionalBase(w))
            .as(w)
            .isEqualTo(SoftMatch.inflectionalBase(same.getFirst()));
    assertThat(SoftMatch.inflectionalBase("negotiators"))
        .isNotEqualTo(SoftMatch.inflectionalBase("negotiations"));
  }
}
