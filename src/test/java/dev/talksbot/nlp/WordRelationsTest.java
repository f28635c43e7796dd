package dev.talksbot.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** WordNet's word senses, as the answerer reads them: lemmas, and irregular forms. */
class WordRelationsTest {
  @Test
  void lemmasOfOneSenseShareIt() {
    assertThat(WordRelations.sameSense("head", "lead")).isTrue();
    assertThat(WordRelations.sameSense("Lead", "head")).isTrue();
    assertThat(WordRelations.sameSense("job", "occupation")).isTrue();
    assertThat(WordRelations.sameSense("lead", "lead")).isTrue();
    assertThat(WordRelations.sameSense("head", "table")).isFalse();
    assertThat(WordRelations.sameSense("lead", "welcome")).isFalse();
    assertThat(WordRelations.sameSense("lead", "sign")).isFalse();
    assertThat(WordRelations.sameSense("zzyzx", "lead")).isFalse(); // not in WordNet
  }

  @Test
  void anIrregularFormStandsForItsBaseWord() {
    assertThat(WordRelations.base("led")).isEqualTo("lead");
    assertThat(WordRelations.base("went")).isEqualTo("go");
    assertThat(WordRelations.base("harbour")).isEqualTo("harbour");
    assertThat(WordRelations.sameSense("led", "head")).isTrue();
  }

  /** A word that is also a form of another ("offer", the comparative of "off") keeps its senses. */
  @Test
  void aWordThatIsAlsoAFormOfAnotherKeepsItsOwnSenses() {
    assertThat(WordRelations.base("offer")).isEqualTo("off");
    assertThat(WordRelations.sameSense("offer", "proffer")).isTrue();
    assertThat(WordRelations.sameSense("extend", "offer")).isTrue();
    assertThat(WordRelations.sameSense("offer", "table")).isFalse();
  }
}
