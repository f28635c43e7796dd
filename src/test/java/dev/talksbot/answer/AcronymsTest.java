package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The initials of a report's capitalised phrases name what a question writes as an acronym. */
class AcronymsTest {
  @Test
  void capitalisedPhrasesSpellTheirInitialsWithAndWithoutTheJoiningWords() {
    assertThat(Acronyms.spelt("the Tarn Office for Returned Sailors said on Monday"))
        .contains("TORS", "TOFRS", "RS", "ORS", "OFRS")
        .doesNotContain("SM", "TM");
    assertThat(Acronyms.spelt("He met the Board of Harbour Pilots.")).contains("BOHP", "BHP", "HP");
    // a lower-case word that ends the run joins nothing
    assertThat(Acronyms.spelt("Vell and the rest")).isEmpty();
  }
}
