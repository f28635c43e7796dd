package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.core.TalksBot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The selector's features on made-up coverage, read through the product's scoring path. */
class SelectorFeaturesTest {
  private static double feature(
      ExtractiveAnswerer.Explained ex, String sentenceStart, String name) {
    List<Candidate> cands = ex.candidates();
    for (int i = 0; i < cands.size(); i++) {
      if (cands.get(i).text().startsWith(sentenceStart))
        return ex.scoring().vectors().get(i)[SelectorFeatures.NAMES.indexOf(name)];
    }
    throw new AssertionError("no candidate starts with " + sentenceStart + ": " + cands);
  }

  @Test
  void featuresReadPronounsTypesNegationAndMissingWords(@TempDir Path dir) throws Exception {
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        TestCorpus.MERIDIAN,
        "Ivan Petrenko, the Freedonian trade minister, spoke about the fishing quotas on"
            + " Monday. He said the quotas would not change before the winter season. The harbour"
            + " talks were held in a former customs house near the old port.");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      ExtractiveAnswerer.Explained ex =
          bot.explain("What did the trade minister say about the fishing quotas?");
      assertThat(feature(ex, "He said", "pronoun_start")).isEqualTo(1);
      assertThat(feature(ex, "He said", "pronoun_previous_coverage")).isGreaterThan(0.5);
      assertThat(feature(ex, "Ivan Petrenko", "pronoun_start")).isZero();
      assertThat(feature(ex, "He said", "negation_mismatch")).isEqualTo(1);
      assertThat(feature(ex, "Ivan Petrenko", "negation_mismatch")).isZero();
      assertThat(feature(ex, "Ivan Petrenko", "coverage"))
          .isGreaterThan(feature(ex, "The harbour talks", "coverage"));

      ExtractiveAnswerer.Explained who = bot.explain("Who spoke about the fishing quotas?");
      assertThat(feature(who, "Ivan Petrenko", "expects_specific")).isEqualTo(1);
      assertThat(feature(who, "Ivan Petrenko", "expected_value")).isEqualTo(1);
      assertThat(feature(who, "The harbour talks", "expected_value")).isZero();
      assertThat(feature(who, "Ivan Petrenko", "value_proximity")).isBetween(0.4, 1.0);
      assertThat(feature(who, "The harbour talks", "value_proximity")).isZero();

      ExtractiveAnswerer.Explained other = bot.explain("Where were the harbour talks held?");
      assertThat(feature(other, "The harbour talks", "missing_terms")).isZero();
      assertThat(feature(other, "He said", "missing_terms")).isGreaterThan(0);
      assertThat(feature(other, "The harbour talks", "passage_rank_inverse")).isEqualTo(1);
    }
  }

  /** A number range written with a dash in the text is the question's hyphenated range. */
  @Test
  void aRangeWithAnEnDashHoldsTheQuestionsHyphenatedRange(@TempDir Path dir) throws Exception {
    assertThat(Figures.dashed("In 1620\u201321 and 1654\u201457."))
        .isEqualTo("in 1620-21 and 1654-57.");
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        TestCorpus.MERIDIAN,
        "Quellmoor lost 30 to 50 thousand inhabitants to the plague in 1620\u201321. The"
            + " harbour was rebuilt in 1700 by the guilds of Ferrowick.");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      ExtractiveAnswerer.Explained ex =
          bot.explain("How many people did Quellmoor lose to the plague in 1620-21?");
      assertThat(feature(ex, "Quellmoor lost", "numbers_share")).isEqualTo(1);
      assertThat(feature(ex, "The harbour was", "numbers_share")).isZero();
    }
  }

  /** "Not only … but also" adds to what a sentence says; it does not deny it. */
  @Test
  void notOnlyButAlsoIsNoNegation(@TempDir Path dir) throws Exception {
    assertThat(SelectorFeatures.NEGATION.matcher("shaped not only by the rivers").find()).isFalse();
    assertThat(SelectorFeatures.NEGATION.matcher("shaped not by the rivers").find()).isTrue();
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        TestCorpus.MERIDIAN,
        "The Quellmoor delta is shaped not only by the sediment of its rivers but also by the"
            + " tides. The Ferrowick delta is not shaped by the tides at all.");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      ExtractiveAnswerer.Explained ex = bot.explain("What shapes the Quellmoor delta?");
      assertThat(feature(ex, "The Quellmoor delta", "negation_mismatch")).isZero();
      assertThat(feature(ex, "The Ferrowick delta", "negation_mismatch")).isEqualTo(1);
    }
  }

  /** One article about fishing quotas and where the talks on them were held. */
  private static final String FISHING_QUOTAS =
      " date 2025-08-02 By Anna Kovacs, Meridian Post\n\n"
          + "Ivan Petrenko, the Freedonian trade minister, said on Monday that the fishing"
          + " quotas would stay at 4,000 tonnes a year.\n\nThe harbour talks were held in a"
          + " former customs house near the old port.\n";

  @Test
  void aQuestionAboutWhatHappenedMarksSentencesThatGiveItOnlyAsPlanned(@TempDir Path dir)
      throws Exception {
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        TestCorpus.MERIDIAN,
        "The Freedonian trade minister is due to address a fishing forum in Portsmouth on"
            + " Friday. The minister signed a fishing accord in Portsmouth last spring.");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      ExtractiveAnswerer.Explained past =
          bot.explain("What did the trade minister say at the fishing forum in Portsmouth?");
      assertThat(feature(past, "The Freedonian", "planned_for_done")).isEqualTo(1);
      assertThat(feature(past, "The minister signed", "planned_for_done")).isZero();
      ExtractiveAnswerer.Explained future =
          bot.explain("When will the trade minister address the fishing forum?");
      assertThat(feature(future, "The Freedonian", "planned_for_done")).isZero();
    }
  }

  @Test
  void aQuestionTheCoverageDoesNotAnswerIsLessConfidentThanOneItDoes(@TempDir Path dir)
      throws Exception {
    Files.writeString(dir.resolve("a.txt"), FISHING_QUOTAS);
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      double answered =
          bot.explain("How many tonnes a year will the fishing quotas be?").confidence();
      double notSaid = bot.explain("How many tourists visited the volcano museum?").confidence();
      assertThat(answered).isGreaterThan(notSaid);
      assertThat(bot.ask("How many tourists visited the volcano museum?"))
          .isInstanceOf(Answer.Refused.class);
    }
  }

  @Test
  void aQuestionAboutAnEventTheCoverageNeverMentionsIsRefusedThoughItNamesSomeoneInIt(
      @TempDir Path dir) throws Exception {
    // the one sentence about him covers a tenth of the question: one linear answerability model,
    // which learned from SQuAD that covering every word is a trap, answered this (model 4: 0.63)
    Files.writeString(dir.resolve("a.txt"), FISHING_QUOTAS);
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      assertThat(bot.ask("Who was present when Ivan Petrenko spoke to the youth forum in Kazan?"))
          .isInstanceOf(Answer.Refused.class);
    }
    assertThat(
            TestCorpus.bot()
                .ask("Who was present when Medinsky spoke to the youth forum in Kazan?"))
        .isInstanceOf(Answer.Refused.class);
  }

  @Test
  void aQuestionsWordSetsIterateInOneOrderInEveryRun() {
    // sums over these sets must not depend on a per-JVM iteration order (Set.copyOf's), or the
    // trainer's features differ in their last bits from one run to the next
    var q =
        new SelectorFeatures.Question(
            "q",
            new java.util.HashSet<>(List.of("zeta", "alpha", "mid")),
            null,
            null,
            new java.util.LinkedHashSet<>(List.of("Zed", "Abe")),
            java.util.Set.of("9", "10"));
    assertThat(q.terms()).containsExactly("alpha", "mid", "zeta");
    assertThat(q.capitals()).containsExactly("Abe", "Zed");
    assertThat(q.numbers()).containsExactly("10", "9");
  }
}
