package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.core.TalksBot;
import dev.talksbot.index.TextAnalysis;
import dev.talksbot.nlp.WordRelations;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A name's adjective and the name (WordNet's pertainyms, exported by {@code train lexicon}): a
 * question's "Norwegian" asks about what a sentence says of Norway. The places are real (WordNet
 * knows only real ones); the events are invented.
 */
class PertainingTest {
  @Test
  void theLexiconRelatesANamesAdjectiveToTheNameBothWays() {
    assertThat(WordRelations.pertaining().get("norwegian")).contains("norway");
    assertThat(WordRelations.pertaining().get("norway")).contains("norwegian");
    assertThat(WordRelations.pertaining().get("egyptian")).contains("egypt");
    // lower-case pertainyms ("solar" of "sun") are not exported
    assertThat(WordRelations.pertaining()).doesNotContainKey("solar");
  }

  @Test
  void onlyTheQuestionsTermsASentenceNamesByTheRelatedWordAreAdded() {
    Set<String> asked = Set.copyOf(TextAnalysis.terms("Which Norwegian port did Vosk visit?"));
    List<String> sentence = TextAnalysis.terms("Vosk visited Bergen, a port in Norway.");
    assertThat(Pertaining.asked(sentence, asked)).isEqualTo(TextAnalysis.terms("Norwegian"));
    // a sentence that holds the question's own word gains nothing; nor one naming another country
    assertThat(Pertaining.asked(TextAnalysis.terms("A Norwegian port in Norway."), asked))
        .isEmpty();
    assertThat(Pertaining.asked(TextAnalysis.terms("A port in Sweden."), asked)).isEmpty();
  }

  @Test
  void aSentenceNamingTheCountryCoversTheQuestionsAdjective(@TempDir Path dir) throws Exception {
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        TestCorpus.MERIDIAN,
        "Anna Berg said the Wendricht League would open its first office in Norway in March.",
        "The league's members met in Tarn to choose a new chair.");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      Candidate best =
          bot.explain("When will the Wendricht League open a Norwegian office?")
              .candidates()
              .getFirst();
      assertThat(best.text()).contains("Norway");
      assertThat(best.terms()).containsAll(TextAnalysis.terms("Norwegian"));
    }
  }
}
