package dev.talksbot.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The word-list lookups the reading rules share. */
class LexiconWordsTest {
  @Test
  void aNumberIsAFigureOrANumberWordInAnyCase() {
    assertThat(LexiconWords.isNumber("1,200")).isTrue();
    assertThat(LexiconWords.isNumber("Eleven")).isTrue();
    assertThat(LexiconWords.isNumber("eleventh")).isFalse();
    assertThat(LexiconWords.isNumber("")).isFalse();
  }

  @Test
  void aFigureIsDigitsWithSeparatorsInsideOnly() {
    assertThat(LexiconWords.isFigure("40")).isTrue();
    assertThat(LexiconWords.isFigure("1,500")).isTrue();
    assertThat(LexiconWords.isFigure("2.5")).isTrue();
    assertThat(LexiconWords.isFigure("1921,")).isFalse();
    assertThat(LexiconWords.isFigure("5th")).isFalse();
    assertThat(LexiconWords.isFigure("forty")).isFalse();
  }
}
