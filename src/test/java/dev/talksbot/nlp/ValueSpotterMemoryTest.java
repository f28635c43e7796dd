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
    SpottedValues.remember(s, List.of(person));
    assertThat(ValueSpotter.values(s)).containsExactly(person);
    assertThat(ValueSpotter.has(s, AnswerType.PERSON)).isTrue();
    assertThat(Pos.shared().cachedSentences()).as("sentences tagged").isEqualTo(tagged);
  }

  @Test
  void valuesSpottedOnceAreTheSpottersAndKeepNoTagging() {
    String s = "Edith Marlowe signed 14 contracts in Lisbon on 3 March 2021.";
    int tagged = Pos.shared().cachedSentences();
    List<TypedValue> once = ValueSpotter.valuesOnce(s);
    assertThat(Pos.shared().cachedSentences()).as("sentences tagged and kept").isEqualTo(tagged);
    assertThat(once)
        .isNotEmpty()
        .isEqualTo(ValueSpotter.values(s))
        .extracting(TypedValue::text)
        .contains("14", "Lisbon");
  }

  @Test
  void aValueNotInTheSentenceIsRejected() {
    assertThatThrownBy(
            () ->
                SpottedValues.remember(
                    "Talks resumed in the spring.",
                    List.of(new TypedValue("Geneva", AnswerType.PLACE, 3, 9))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Geneva");
  }
}
