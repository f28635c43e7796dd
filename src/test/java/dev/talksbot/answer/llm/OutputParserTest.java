package dev.talksbot.answer.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.talksbot.answer.llm.OutputParser.Draft;
import dev.talksbot.answer.llm.OutputParser.Unit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a model's answer text becomes lines of cited draft sentences. */
class OutputParserTest {
  private final OutputParser parser = new OutputParser();

  @Test
  void splitsSentencesAndKeepsOnlyNumbersThatWereGiven() {
    List<Unit> units =
        parser.parse("The talks began on Monday [1]. They ended [2][7] early [2].", 2);
    assertThat(units).hasSize(1);
    assertThat(units.getFirst().sentences())
        .containsExactly(
            new Draft("The talks began on Monday.", List.of(1)),
            new Draft("They ended early.", List.of(2)));
    assertThat(units.getFirst().translation()).isNull();
  }

  @Test
  void markersAfterTheFullStopBelongToTheSentenceBefore() {
    List<Unit> units = parser.parse("A ceasefire was agreed. [3] [1] Talks go on. [2]", 3);
    assertThat(units.getFirst().sentences())
        .containsExactly(
            new Draft("A ceasefire was agreed.", List.of(3, 1)),
            new Draft("Talks go on.", List.of(2)));
  }

  @Test
  void aTranslationLineGoesWithTheLineBeforeAndBulletsAreRemoved() {
    String out =
        "- Prisoners will be exchanged [1].\n>> Пленными обменяются [1] .\n>> orphan\n2. More. [1]";
    List<Unit> units = parser.parse(out, 1);
    assertThat(units).hasSize(2);
    assertThat(units.get(0).sentences())
        .containsExactly(new Draft("Prisoners will be exchanged.", List.of(1)));
    assertThat(units.get(0).translation()).isEqualTo("Пленными обменяются.");
    assertThat(units.get(1).sentences()).containsExactly(new Draft("More.", List.of(1)));
    assertThat(units.get(1).translation()).isNull();
  }

  @Test
  void linesOfMarkersOnlyOrBlankMakeNoUnit() {
    assertThat(parser.parse("[1]\n\n   \n[9]", 1)).isEmpty();
  }

  @Test
  void aUnitNeedsASentence() {
    assertThatThrownBy(() -> new Unit(List.of(), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs a sentence");
  }
}
