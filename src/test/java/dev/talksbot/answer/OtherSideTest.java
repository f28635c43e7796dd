package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.core.TalksBot;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sentence about the other party's thing keeps a fraction of its probability when the question
 * names a party ("What does Ukraine demand?"); one clause naming the asked-about party in passing
 * must not clear it, but a clause that answers about that party does.
 */
class OtherSideTest {
  private static Candidate sentence(ExtractiveAnswerer.Explained ex, String start) {
    return ex.candidates().stream()
        .filter(c -> c.text().startsWith(start))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no candidate starts with " + start));
  }

  @Test
  void aClauseNamingThePartyOnlyInPassingDoesNotClearTheOtherSidesDemand(@TempDir Path dir)
      throws Exception {
    Files.writeString(
        dir.resolve("a.txt"),
        " date 2025-09-03 By Anna Kovacs, Meridian Post\n\n"
            + "Russia says its demands are unchanged: recognition of its claims to four Ukrainian"
            + " regions and neutrality. The Russian demands are unchanged; the Ukrainian regions"
            + " remain occupied. The Russian delegation is led by Anna Berg, while the"
            + " Ukrainian side is led by Ivan Petrenko.\n\nThe talks were held in a former customs"
            + " house near the old port.\n");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      assertThat(
              sentence(bot.explain("What does Ukraine demand before a deal?"), "Russia says")
                  .otherSide())
          .isTrue();
      assertThat(
              sentence(
                      bot.explain("What does Ukraine demand before a deal?"), "The Russian demands")
                  .otherSide())
          .isTrue();
      // the second clause answers about the Ukrainian side: not the other side's sentence
      assertThat(
              sentence(bot.explain("Who leads the Ukrainian delegation?"), "The Russian delegation")
                  .otherSide())
          .isFalse();
    }
  }

  private static boolean otherSide(String question, String sentence) {
    return QuestionShape.of(question, SentenceFeatures.questionTerms(question))
        .otherSide(dev.talksbot.index.TextAnalysis.terms(sentence));
  }

  /**
   * {@link #otherSide} reading the text too (its articles and its subject), as the answerer does.
   */
  private static boolean otherSideOfText(String question, String sentence) {
    return QuestionShape.of(question, SentenceFeatures.questionTerms(question))
        .otherSide(sentence, dev.talksbot.index.TextAnalysis.terms(sentence));
  }

  /**
   * A party word before an article does not qualify the noun after it ("handed Moscow a list" is
   * Kyiv's list, not Moscow's); a party joined to another by "and" still does.
   */
  @Test
  void aPartyBeforeAnArticleDoesNotOwnTheNounAfterIt() {
    String q = "How many names are on Ukraine's list?";
    String handed = "Ukraine has handed Russia a list of 300 names, officials said.";
    assertThat(otherSide(q, handed)).as("terms alone read Russia's list").isTrue();
    assertThat(otherSideOfText(q, handed)).isFalse();
    assertThat(otherSideOfText(q, "Russia's list of 40 names was handed over.")).isTrue();
    String both = "Who will the Russian and Ukrainian presidents meet?";
    assertThat(otherSideOfText(both, "The Russian and Ukrainian presidents will meet Anna Berg."))
        .isFalse();
    assertThat(
            otherSideOfText(
                "Who will the Russian president meet?",
                "The Russian and Ukrainian presidents will meet Anna Berg."))
        .isFalse();
  }

  /**
   * A text that opens with another party as its subject and never names the question's party has
   * the asked word belong to that party; a possessive opener or a text naming the question's party
   * does not.
   */
  @Test
  void aTextWhoseSubjectIsTheOtherPartyIsAboutTheOtherPartysThing() {
    String q = "Who heads Russia's team?";
    assertThat(
            otherSideOfText(
                q, "Kyiv has fielded the same team as before, headed by Ivan Petrenko."))
        .isTrue();
    assertThat(otherSide(q, "Kyiv has fielded the same team as before, headed by Ivan Petrenko."))
        .as("without the text, no subject is read")
        .isFalse();
    assertThat(otherSideOfText(q, "Kyiv's envoy said the team is headed by Anna Berg.")).isFalse();
    assertThat(otherSideOfText(q, "Kyiv said Moscow's team is headed by Anna Berg.")).isFalse();
    assertThat(otherSideOfText(q, "The team is headed by Anna Berg.")).isFalse();
    assertThat(OtherQualifiers.subjectParty("\"Kyiv will not move,\" he said."))
        .isEqualTo("ukrain");
    assertThat(OtherQualifiers.subjectParty("Kyiv-based analysts said so.")).isNull();
  }

  /**
   * A possessive's owner is the nearest party before it that is no object of a preposition: "a
   * truce with Ukraine or tariffs on the countries that buy its oil" is not Ukraine's oil; the doer
   * of a passive ("by Russia") and a party that opens the text still own it.
   */
  @Test
  void aPartyOwnsNoNumberAfterIt() {
    // "with France on the 2022 accord": no year of France's, so a sentence that puts 2022 after
    // Germany speaks of no other party's thing
    String q = "Which body partnered with France on the 2022 accord to ship Chinese grain?";
    assertThat(
            otherSideOfText(
                q,
                "France has kept lines open to Germany and China since 2022, when it brokered the"
                    + " grain deal with the United Nations."))
        .isFalse();
    assertThat(otherSideOfText(q, "Germany's grain was shipped under the accord.")).isTrue();
  }

  /**
   * A party qualifies no function word after it: in "returned to Lutavia after the talks", "after"
   * is nobody's, so a sentence that puts "after" behind the other party speaks of no other party's
   * thing.
   */
  @Test
  void aPartyQualifiesNoFunctionWordAfterIt() {
    String q = "How many kids were returned to Ukraine after the meeting in Tarn?";
    String returned =
        "Thirty children were returned to their families from Russia on Friday after the group met"
            + " in Tarn.";
    assertThat(otherSideOfText(q, returned)).isFalse();
    assertThat(otherSide(q, returned)).isFalse();
    // a noun after the party is still the party's
    assertThat(otherSideOfText("What did Ukraine's team ask for?", "Russia's team asked for more."))
        .isTrue();
  }

  @Test
  void aPartyAfterAPrepositionDoesNotOwnThePossessive() {
    String q = "Which countries buy Russian oil?";
    String truce =
        "Russia has until Friday to agree a truce with Ukraine or face tariffs on its oil.";
    assertThat(otherSideOfText(q, truce)).isFalse();
    assertThat(otherSideOfText(q, "Kyiv said the fleet was hit, and Ukraine sold its oil."))
        .isTrue();
    assertThat(otherSideOfText(q, "The deal was signed by Ukraine, which sold its oil.")).isTrue();
    assertThat(otherSideOfText(q, "In Ukraine, officials sold its oil abroad.")).isTrue();
  }

  /** An ordinal qualifies like a party: "the fourth round" is not the third one asked about. */
  @Test
  void aSentenceAboutAnotherOrdinalOfTheSeriesIsTheOtherSides() {
    String q = "Which palace hosted the third round?";
    assertThat(otherSide(q, "Ankara offered the Harbour Palace as the venue for a fourth round."))
        .isTrue();
    assertThat(otherSide(q, "The third round took place at the Harbour Palace.")).isFalse();
    // the asked ordinal named too, or none at all: not another round's sentence
    assertThat(otherSide(q, "After the third round, a fourth round was set for May.")).isFalse();
    assertThat(otherSide(q, "The round took place at the Harbour Palace.")).isFalse();
    // a question without an ordinal sets nothing back
    assertThat(otherSide("Which palace hosted the talks?", "A fourth round of talks was held."))
        .isFalse();
  }

  @Test
  void anAnswerAboutTheAskedRoundComesBeforeOneAboutAnother(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("a.txt"),
        " date 2025-09-03 By Anna Kovacs, Meridian Post\n\nThe envoy said Ankara had offered the"
            + " Harbour Palace as the venue for a fourth round of the fishing talks.\n\nThe"
            + " third round of the fishing talks took place at the Old Customs House on July 23."
            + "\n\nObservers expect little progress on the quotas.\n");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      String a = bot.ask("Which palace hosted the third round of the fishing talks?").text();
      assertThat(a).as(a).contains("Old Customs House").doesNotContain("Harbour Palace");
    }
  }

  /**
   * A sentence that leans on the one before it ("He said …") speaks of the party that sentence
   * speaks of: what another country's envoy said is not what the asked country's envoy said.
   */
  @Test
  void aSentenceLeaningOnOneAboutTheOtherPartyIsTheOtherSides(@TempDir Path dir) throws Exception {
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        TestCorpus.MERIDIAN,
        "Karl Brenner, Germany's special envoy for the fishing talks, met both delegations on"
            + " Tuesday. He said Berlin was ready to host the next round of the fishing talks in"
            + " Tarn on any date the parties choose.");
    TestCorpus.writeArticle(
        dir,
        "b.txt",
        TestCorpus.MERIDIAN,
        "Special envoy Luc Marsh said he would travel to Tarn as an observer.",
        "France has followed the fishing talks since they began.");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      String a =
          bot.ask("What did France's envoy say about the next round of the fishing talks in Tarn?")
              .text();
      assertThat(a).as(a).contains("observer").doesNotContain("Berlin was ready");
    }
  }

  /**
   * A word of opposite meaning right before the asked word is another thing ("the largest city" is
   * not "the smallest city"), as SQuAD 2.0 writes many unanswerable questions.
   */
  @Test
  void aSentenceAboutTheOppositeIsTheOtherSides() {
    assertThat(Contrasts.base("smallest")).isEqualTo("small");
    assertThat(Contrasts.opposites("small")).contains("larg");
    String q = "Which is the smallest city of the region?";
    assertThat(otherSide(q, "The largest city of the region is Tarn.")).isTrue();
    assertThat(otherSide(q, "The smallest city of the region is Tarn.")).isFalse();
    assertThat(otherSide(q, "Tarn is the largest city, and Kel the smallest city.")).isFalse();
    // the antonym of another qualifier of the question is not this word's ("first" is not the
    // opposite of "secondary")
    assertThat(
            otherSide(
                "What will the first secondary tariffs target?",
                "He said the first tariffs would target refiners."))
        .isFalse();
  }
}
