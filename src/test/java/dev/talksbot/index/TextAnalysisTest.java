package dev.talksbot.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Analysed terms, their word positions, and the words those positions index. */
class TextAnalysisTest {
  @Test
  void positionsCountTheStopWordsTheTermsDrop() {
    String text = "Ukraine has handed Russia a list of 412 names.";
    List<String> terms = TextAnalysis.terms(text);
    int[] positions = TextAnalysis.positions(text);
    List<String> words = TextAnalysis.words(text);
    assertThat(terms).containsExactly("ukrain", "ha", "hand", "russia", "list", "412", "name");
    assertThat(positions).containsExactly(0, 1, 2, 3, 5, 7, 8);
    assertThat(words)
        .containsExactly("ukraine", "has", "handed", "russia", "a", "list", "of", "412", "names");
    // "a" stands between Russia (3) and list (5)
    assertThat(words.get(positions[terms.indexOf("list")] - 1)).isEqualTo("a");
  }

  @Test
  void capitalAbbreviationsThatSpellAFunctionWordAreTheirOwnTerm() {
    String us = TextAnalysis.terms("US").getFirst();
    assertThat(TextAnalysis.terms("U.S. sanctions")).containsExactly(us, "sanction");
    assertThat(TextAnalysis.terms("US-led sanctions")).startsWith(us);
    assertThat(TextAnalysis.terms("Nobody told us")).doesNotContain(us).contains("us");
    assertThat(TextAnalysis.terms("the WHO said")).doesNotContain("who");
    assertThat(TextAnalysis.terms("the man who said")).contains("who");
    // other capitals are plain words
    assertThat(TextAnalysis.terms("the USA and the UK")).containsExactly("usa", "uk");
  }

  @Test
  void anAbbreviationTypedInLowerCaseAfterTheGetsItsCapitalsBack() {
    assertThat(TextAnalysis.capitaliseAbbreviations("what did the us say"))
        .isEqualTo("what did the US say");
    assertThat(TextAnalysis.capitaliseAbbreviations("What did The Us and the who say?"))
        .isEqualTo("What did The US and the WHO say?");
    for (String unchanged :
        List.of(
            "Tell us about the talks",
            "What did the US say?",
            "Did the usual suspects meet?",
            "What did the USA say?"))
      assertThat(TextAnalysis.capitaliseAbbreviations(unchanged)).isEqualTo(unchanged);
  }

  @Test
  void theSpellingsOfATransliteratedNameAreOneTerm() {
    String name = TextAnalysis.terms("Brodsky").getFirst();
    for (String spelling : List.of("Brodskyy", "Brodskiy", "Brodskii", "BRODSKYY"))
      assertThat(TextAnalysis.terms(spelling)).as(spelling).containsExactly(name);
    // short words and other endings keep theirs
    assertThat(TextAnalysis.terms("taxi ski Hawaii Brodskaya"))
        .doesNotContain(name)
        .containsExactly("taxi", "ski", "hawaii", "brodskaya");
    assertThat(TextAnalysis.spellings("brodskiy"))
        .containsExactlyInAnyOrder("brodsky", "brodskyy", "brodskiy", "brodskii");
    assertThat(TextAnalysis.spellings("brodsky"))
        .containsExactlyInAnyOrder("brodsky", "brodskyy", "brodskiy", "brodskii");
    assertThat(TextAnalysis.spellings("canal")).containsExactly("canal");
  }

  @Test
  void theOneWordNamesOfAnAliasGroupAreOneTerm() {
    // language/name-aliases.txt: "Kyiv | Kiev", "Odesa | Odessa"; not "UK | Britain" (a group
    // with names of several words), nor abbreviations
    assertThat(TextAnalysis.terms("Kiev")).isEqualTo(TextAnalysis.terms("Kyiv"));
    assertThat(TextAnalysis.terms("Odessa's port")).isEqualTo(TextAnalysis.terms("Odesa port"));
    assertThat(TextAnalysis.terms("Britain")).isNotEqualTo(TextAnalysis.terms("UK"));
  }
}
