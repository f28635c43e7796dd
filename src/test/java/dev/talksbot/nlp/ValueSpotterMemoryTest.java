package dev.talksbot.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Values handed to the spotter (stored by the index) are served without tagging the sentence. */
class ValueSpotterMemoryTest {

  @Test
  void rememberedValuesAreServedWithoutTagging() {
    String s = "Quentin Abernathy-Vole reached the quarry gate at dawn on a Tuesday in 1987.";
    TypedValue person = new TypedValue("Quentin Abernathy-Vole", AnswerType.PERSON, 0, 22);
    int tagged = Pos.shared().cachedSentences();
    ValueSpotter.remember(s, List.of(person));
    assertThat(ValueSpotter.values(s)).containsExactly(person);
    assertThat(ValueSpotter.has(s, AnswerType.PERSON)).isTrue();
    assertThat(Pos.shared().cachedSentences()).as("sentences tagged").isEqualTo(tagged);
  }

  @Test
  void aValueNotInTheSentenceIsRejected() {
    assertThatThrownBy(
            () ->
                ValueSpotter.remember(
                    "Talks resumed in the spring.",
                    List.of(new TypedValue("Geneva", AnswerType.PLACE, 3, 9))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Geneva");
  }
}
