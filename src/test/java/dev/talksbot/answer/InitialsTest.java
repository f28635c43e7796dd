package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.core.TalksBot;
import dev.talksbot.index.TextAnalysis;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A question that writes a name's acronym ("LBS") asks about the name a sentence spells out
 * ("Lutavian Border Service"); invented names throughout.
 */
class InitialsTest {
  private static String term(String word) {
    return TextAnalysis.terms(word).getFirst();
  }

  @Test
  void runsOfCapitalisedWordsSpellTheirInitials() {
    assertThat(Initials.terms("It was brokered by the Lutavian Border Service on Monday."))
        .contains(term("LBS"))
        .doesNotContain(term("LBSM"));
    // small joining words inside a name are skipped; punctuation ends a run
    assertThat(Initials.terms("The Bank of Castrovia said so.")).contains(term("BC"));
    assertThat(Initials.terms("Brenn, Tarn and Moen signed.")).doesNotContain(term("BTM"));
    // a word in capitals is an acronym already; a single capitalised word spells nothing
    assertThat(Initials.terms("NATO officials met Vosk.")).isEmpty();
  }

  @Test
  void withTheJoiningWordsTheirInitialsAreKeptToo() {
    String text = "The Tarn Office for Returned Sailors said so on Monday.";
    assertThat(Initials.terms(text)).contains(term("ORS")).doesNotContain(term("OFRS"));
    assertThat(Initials.withJoiningWords(text)).contains(term("ORS"), term("OFRS"));
    // a joining word that ends a run gives no initial
    assertThat(Initials.withJoiningWords("Ferries from the Bank of ships sank.")).isEmpty();
  }

  @Test
  void onlyTheAcronymsTheQuestionAsksAboutAreAdded() {
    Set<String> asked = Set.copyOf(TextAnalysis.terms("What did the LBS decide?"));
    assertThat(Initials.asked("The Lutavian Border Service met the Tarn Harbour Board.", asked))
        .isEqualTo(List.of(term("LBS")));
    assertThat(Initials.asked("The Tarn Harbour Board met.", asked)).isEmpty();
  }

  @Test
  void aSentenceThatSpellsOutTheQuestionsAcronymCoversIt(@TempDir Path dir) throws Exception {
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        TestCorpus.MERIDIAN,
        "The Lutavian Border Service raised its fee for lorries to 40 euros on Tuesday.",
        "Ferrowick's harbour reopened after the winter storms, the port authority said.");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      Candidate best = bot.explain("What fee does the LBS charge lorries?").candidates().getFirst();
      assertThat(best.text()).startsWith("The Lutavian Border Service");
      assertThat(best.terms()).contains(term("LBS"));
      assertThat(best.coverage()).isGreaterThan(0.5);
    }
  }
}
