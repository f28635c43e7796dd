package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.core.TalksBot;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a "how many" question counts, and which sentences give that count. */
class CountedNounTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "how many children are on the list | children",
        "How many Ukrainian prisoners were freed? | prisoners",
        "How many humanitarian working groups did they set up? | groups",
        "how many lighthouses does Tarn have | lighthouses",
        "How many of the 250 were civilians? | civilians",
        "How many of the 120 workers freed in May were border guards? | guards",
        // the tagger reads "marines" after "were" as a verb; its lemma names a kind of person
        "How many of the freed Lutavians were marines? | marines",
      })
  void aHowManyQuestionCountsItsHeadNoun(String question, String noun) {
    // a kind of person also stands as its lemma behind a mark, for the nouns of its sense
    assertThat(CountedNoun.of(question))
        .filteredOn(t -> !t.startsWith(CountedNoun.SAME_SENSE))
        .containsExactlyInAnyOrderElementsOf(Set.copyOf(WordTerms.of(noun)));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The third round lasted barely forty minutes. | true",
        "The river is 6,650 km long. | true",
        "They met for two days in May. | true",
        "At the last talks on May 16 and June 2, the sides agreed to swaps. | false",
        "The talks lasted long into the night. | false",
        "Kyiv continues to push for a 30-day ceasefire, which Moscow rejects. | true",
        "They agreed a three-month truce at the border. | true",
        "The first meetings lasted no more than an hour or two. | true",
        "It was an honour to host an important meeting. | false",
      })
  void aHowLongQuestionCountsUnitsOfTimeOrLength(String sentence, boolean counts) {
    Set<String> units = CountedNoun.of("How long did the talks last?");
    assertThat(units).isEqualTo(CountedNoun.MEASURE_UNITS).isNotEmpty();
    assertThat(CountedNoun.counts(sentence, units)).as(sentence).isEqualTo(counts);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Who leads the delegation?",
        "How many of the 250 were freed in May?",
        "How many of the six packages was Tarn awarded?",
        "How much did it cost?",
        "how many were freed",
      })
  void otherQuestionsCountNothing(String question) {
    assertThat(CountedNoun.of(question)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Ukraine handed Russia a list of 412 children. | children | true",
        "Of the 250 people returned, 84 were civilians. | civilians | true",
        "They agreed to set up three standing humanitarian working groups. | groups | true",
        "An estimated 75,000 to 100,000 people left. | people | true",
        "Russia confirmed the whereabouts of 61 of the children on the list. | children | false",
        "The list names children from Kherson, and 17 of them have come home. | children | true",
        "Of the ships, 17 of them carried children. | children | false",
        "The swaps freed thousands of prisoners of war. | prisoners | true",
        "Only 3 of them were freed. | prisoners | false",
        "Many of the children on the list live with relatives. | children | false",
        "The 12 ships carried children to the coast. | children | false",
        "In 2022, children left the city. | children | false",
        "Ukraine received the bodies of more than 1,000 soldiers. | bodies | true",
        "Ukraine received the bodies of 1,000 soldiers. | bodies | true",
        "Moscow will hand over the bodies of another 3,000 soldiers. | bodies | true",
        "Of the 146 Ukrainians returned, 31 were wounded. | bodies | false",
        "The bodies were returned in 2025 after talks. | bodies | false",
        // a hyphen that joins two words is no punctuation between the number and its noun
        "Tarn has about 63,519 full-time teachers. | teachers | true",
        "Tarn has 40 - the most in years - teachers. | teachers | false",
      })
  void aSentenceCountsTheNounWhenANumberStandsBeforeIt(
      String sentence, String noun, boolean counts) {
    assertThat(CountedNoun.counts(sentence, Set.copyOf(WordTerms.of(noun))))
        .as(sentence)
        .isEqualTo(counts);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The sides exchanged 146 prisoners each on Sunday. | true",
        "Some 2,000 residents of Tarn left their homes. | true",
        "The navy sold 12 lighthouses to private owners. | false",
        "Brennick met 3 times with the mayor. | false",
        "About 300 people live on the island. | true",
        "Tarn sent an 11-member team to the island. | true",
        "Tarn sent an eleven-member team to the island. | true",
        "Tarn sent a ten-point plan to the island. | false",
      })
  void howManyPeopleIsCountedByAnyKindOfPerson(String sentence, boolean counts) {
    for (String q : List.of("How many people came home?", "how many persons were freed"))
      assertThat(CountedNoun.counts(sentence, CountedNoun.of(q)))
          .as(q + " / " + sentence)
          .isEqualTo(counts);
    // a kind of person counts only itself: residents are not prisoners
    assertThat(CountedNoun.counts(sentence, CountedNoun.of("How many prisoners came home?")))
        .as(sentence)
        .isEqualTo(sentence.contains("prisoners"));
  }

  /**
   * A kind of person is counted by a kind of person of the same sense (WordNet): kids, children.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Thirty-three children were returned to Tarn. | true",
        "Some 40 minors were returned to Tarn. | true",
        "Thirty-three soldiers were returned to Tarn. | false",
        "Thirty-three goats were returned to Tarn. | false",
        "The 12 ships carried kids to the coast. | false",
      })
  void aKindOfPersonIsCountedByOneOfTheSameSense(String sentence, boolean counts) {
    assertThat(CountedNoun.counts(sentence, CountedNoun.of("How many kids came back to Tarn?")))
        .as(sentence)
        .isEqualTo(counts);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "The envoy was due in Tarn on Wednesday, his fourth visit this year. | true",
        "The ferry sank for the 3rd time since May. | true",
        "The envoy has made four visits to Tarn. | true",
        "The envoy visited Tarn twice. | false",
        "The envoy was due in Tarn on Wednesday for talks. | false",
        "Storms struck Tarn until the second quarter of the 19th century. | false",
      })
  void howManyTimesIsCountedByAnOrdinalToo(String sentence, boolean counts) {
    Set<String> times = CountedNoun.of("How many times has the envoy visited Tarn?");
    assertThat(times).containsAll(CountedNoun.TIMES).containsAll(WordTerms.of("visit"));
    assertThat(CountedNoun.counts(sentence, times)).as(sentence).isEqualTo(counts);
    // an ordinal counts only times: "his fourth visit" is no number of visits
    if (sentence.contains("fourth"))
      assertThat(CountedNoun.counts(sentence, CountedNoun.of("How many visits were there?")))
          .isFalse();
  }

  @Test
  void aCountOfResidentsAnswersHowManyPeople(@TempDir Path dir) throws Exception {
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        TestCorpus.MERIDIAN,
        "Many people left Tarn during the storm, the harbour office said on Monday.",
        "The ferries kept running.");
    TestCorpus.writeArticle(
        dir,
        "b.txt",
        TestCorpus.BALTIC,
        "Some 2,000 residents left Tarn during the storm, the mayor said.",
        "Most of them have returned.");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      Answer a = bot.ask("how many people left Tarn during the storm?");
      assertThat(a).as(a.text()).isInstanceOf(Answer.Answered.class);
      assertThat(a.citations().getFirst().quote()).startsWith("Some 2,000 residents");
    }
  }

  @Test
  void theSentenceThatGivesTheCountAnswersNotOneThatSpeaksOfAPart(@TempDir Path dir)
      throws Exception {
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        TestCorpus.MERIDIAN,
        "Many of the lighthouses on the coast of Tarn were built by the navy, and 12 of the"
            + " lighthouses on the coast of Tarn were later sold to private owners.",
        "The navy kept the rest.");
    TestCorpus.writeArticle(
        dir,
        "b.txt",
        TestCorpus.BALTIC,
        "The coast of Tarn has 31 lighthouses, the harbour office said on Monday.",
        "Most of them are still lit every night.");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      Answer a = bot.ask("how many lighthouses are on the coast of Tarn");
      assertThat(a).as(a.text()).isInstanceOf(Answer.Answered.class);
      assertThat(a.citations().getFirst().quote()).startsWith("The coast of Tarn has 31");
      assertThat(a.text()).doesNotContain("12 of the lighthouses");
    }
  }
}
