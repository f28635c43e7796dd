package dev.talksbot.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.index.TextAnalysis;
import java.util.List;
import org.junit.jupiter.api.Test;

/** WordNet's synonyms, antonyms and irregular forms, as the answerer's features read them. */
class WordRelationsTest {
  private static String term(String word) {
    List<String> t = TextAnalysis.terms(word);
    assertThat(t).hasSize(1);
    return t.getFirst();
  }

  @Test
  void wordsOfOneSenseAreSynonymsWhateverTheirInflection() {
    assertThat(WordRelations.synonyms(term("job"))).contains(term("occupation"));
    assertThat(WordRelations.sameSense("heads", "leading")).isTrue();
    assertThat(WordRelations.sameSense("led", "heads")).isTrue(); // "led" is "lead"
    assertThat(WordRelations.sameSense("went", "going")).isTrue();
    assertThat(WordRelations.sameSense("heads", "table")).isFalse();
    assertThat(WordRelations.sameSense("job", "harbour")).isFalse();
    assertThat(WordRelations.sameSense("two words", "job")).isFalse();
  }

  @Test
  void oppositesIncludeComparedAndIrregularForms() {
    assertThat(WordRelations.antonyms(term("large"))).contains(term("small"));
    assertThat(WordRelations.base(term("largest"))).isEqualTo(term("large"));
    assertThat(WordRelations.base(term("earliest"))).isEqualTo(term("early"));
    assertThat(WordRelations.base(term("biggest"))).isEqualTo(term("big"));
    assertThat(WordRelations.antonyms(term("largest"))).contains(term("small"));
    assertThat(WordRelations.antonyms(term("first"))).contains(term("last"));
    assertThat(WordRelations.antonyms(term("harbour"))).isEmpty();
    // a word that is its own base stays as it is
    assertThat(WordRelations.base(term("harbour"))).isEqualTo(term("harbour"));
  }
}
