package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.core.TalksBot;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A question that asks for the name of a kind of person is not answered by a sentence that names no
 * one (invented people and places).
 */
class NameAskedTest {
  @Test
  void aQuestionAsksForThePersonsNameOnlyWhenTheNamedIsAKindOfPerson() {
    assertThat(NameAsked.of("What was the name of the youngest sailor freed?")).isNotNull();
    assertThat(NameAsked.of("What's the name of the 61-year-old former ferry captain?"))
        .isNotNull();
    assertThat(NameAsked.of("What are the names of the freed sailors?")).isNotNull();
    // the name of a thing is often a common noun; and no "name of", no request
    assertThat(NameAsked.of("What is the name of the process that cleans the nets?")).isNull();
    assertThat(NameAsked.of("Who was the youngest sailor freed?")).isNull();
  }

  @Test
  void aPersonsOrAnOrganisationsNameGivesIt() {
    NameAsked asked = NameAsked.of("What was the name of the youngest sailor freed?");
    assertThat(asked.givenBy("The youngest, Tom Reed, was 19.")).isTrue();
    assertThat(asked.givenBy("The youngest of those freed was 19, from the Ferrowick region."))
        .isFalse();
  }

  @Test
  void aBestSentenceThatNamesNoOneIsAMisreading() {
    Misreadings m =
        OtherRoundRefusalTest.reading("What was the name of the youngest sailor freed?");
    assertThat(m.contradiction("The youngest of the sailors freed was 19 years old."))
        .contains("person's name");
    assertThat(m.contradiction("The youngest of the sailors freed, Tom Reed, was 19.")).isNull();
  }

  @Test
  void theQuestionIsRefusedWhenTheCoverageNamesNoOne(@TempDir Path dir) throws Exception {
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        TestCorpus.MERIDIAN,
        "Tarn and Vell exchanged 40 detained sailors each on Friday at the Quellmoor crossing.",
        "The youngest of the sailors freed was 19 years old and the oldest was 61.");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      Answer a = bot.ask("What was the name of the youngest sailor freed?");
      assertThat(a).as(a.text()).isInstanceOf(Answer.Refused.class);
      Answer age = bot.ask("How old was the youngest sailor freed?");
      assertThat(age).as(age.text()).isNotInstanceOf(Answer.Refused.class);
    }
  }
}
