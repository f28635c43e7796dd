package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.core.TalksBot;
import dev.talksbot.index.Embedder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryTest {
  static List<String> sentences(Answer a) {
    List<String> out = new ArrayList<>();
    for (String s : a.text().split("(?<=\\])\\s+(?=[^\\[])"))
      out.add(s.replaceAll("\\s*(\\[\\d+])+$", ""));
    return out;
  }

  @Test
  void overviewHasFourToSixCitedDistinctSentences() {
    Answer a = TestCorpus.bot().summary(null);
    assertThat(a).isInstanceOf(Answer.Answered.class);
    List<String> ss = sentences(a);
    assertThat(ss.size()).isBetween(4, 6);
    assertThat(a.text().split("(?<=\\])\\s+(?=[^\\[])"))
        .allMatch(s -> s.matches("(?s).*\\[\\d+](\\[\\d+])*$"));
    Embedder e = TestCorpus.embedder();
    for (int i = 0; i < ss.size(); i++) {
      for (int j = i + 1; j < ss.size(); j++) {
        assertThat(Embedder.dot(e.embedPassage(ss.get(i)), e.embedPassage(ss.get(j))))
            .as("no two sentences say the same thing: %s / %s", ss.get(i), ss.get(j))
            .isLessThan(0.9f);
      }
    }
    GoldenQuestionsTest.assertNoChrome(a);
    assertThat(a.citations().stream().map(Citation::articleId).distinct().count())
        .isGreaterThanOrEqualTo(3);
  }

  /** Key facts before colour: the overview names the negotiators, the venue, the exchanges... */
  @Test
  void overviewCoversTheKeyFactsOfTheCoverage() throws Exception {
    Answer a = TestCorpus.bot().summary(null);
    var root =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(SummaryTest.class.getResourceAsStream("/eval/corpus-summary-facts.json"));
    String lower = a.text().toLowerCase(java.util.Locale.ROOT);
    List<String> missing = new ArrayList<>();
    for (var f : root.get("facts")) {
      boolean found = false;
      for (var w : f.get("words"))
        found |= lower.contains(w.asText().toLowerCase(java.util.Locale.ROOT));
      if (!found) missing.add(f.get("name").asText());
    }
    assertThat(missing).as("facts missing from: " + a.text()).isEmpty();
  }

  /** "Who leads each side's delegation" is asked of each side: both heads are named. */
  @Test
  void overviewNamesTheHeadOfEachSidesDelegation() {
    Answer a = TestCorpus.bot().summary(null);
    assertThat(a.text()).contains("Medinsky").contains("Umerov");
  }

  @Test
  void topicSummaryStaysOnTopic() {
    Answer a = TestCorpus.bot().summary("prisoner exchange");
    assertThat(a).isInstanceOf(Answer.Answered.class);
    assertThat(a.text().toLowerCase()).contains("prisoner");
    assertThat(a.question()).isEqualTo("prisoner exchange");
  }

  @Test
  void everySentenceOfATopicSummaryIsItselfAboutTheTopic() {
    Answer a = TestCorpus.bot().summary("ceasefire");
    assertThat(a).isInstanceOf(Answer.Answered.class);
    for (String s : sentences(a)) {
      assertThat(s.toLowerCase()).containsAnyOf("ceasefire", "cease-fire", "truce");
    }
  }

  @Test
  void topicTheCoverageLacksIsRefused() {
    Answer a = TestCorpus.bot().summary("figure skating finances");
    assertThat(a.refused()).isTrue();
    assertThat(a.text()).contains("nothing on \"figure skating finances\"");
  }

  @Test
  void aTopicOfOnePartysThingLeavesOutTheOtherPartys(@TempDir Path dir) throws Exception {
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        TestCorpus.MERIDIAN,
        "The Ukrainian delegation in Vienna is headed by Oleh Marchenko, a former trade minister.",
        "The Russian delegation in Vienna is headed by Pavel Sorokin, a deputy foreign minister.",
        "The Ukrainian delegation arrived in Vienna on Monday with twelve advisers.");
    TestCorpus.writeArticle(
        dir,
        "b.txt",
        TestCorpus.BALTIC,
        "The Russian delegation asked for a second day of talks in Vienna.",
        "The Ukrainian delegation said it was ready to stay until Friday.");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      Answer a = bot.summary("the Ukrainian delegation");
      assertThat(a).as(a.text()).isInstanceOf(Answer.Answered.class);
      assertThat(a.text()).contains("Marchenko").doesNotContain("Sorokin");
      assertThat(a.text()).doesNotContain("The Russian delegation asked");
      assertThat(bot.summary("the Russian delegation").text()).contains("Sorokin");
    }
  }

  /**
   * A newer report that names someone else for a key fact is told too: who leads a side at the next
   * round, as the older reports have it and as the newest does.
   */
  @Test
  void aNewerReportsOtherHeadOfADelegationIsToldToo(@TempDir Path dir) throws Exception {
    writeKeyFacts(dir);
    TestCorpus.writeArticle(
        dir,
        "b.txt",
        "2025-08-20",
        "Tom Lind, Baltic Wire",
        "Russia and Ukraine will hold a fifth round of talks on September 2 in Vienna, Austria's"
            + " foreign ministry announced on Wednesday.",
        "The Russian side, which will this time be led by Deputy Foreign Minister Gennady Volkov,"
            + " is expected to present a draft plan for the remaining exchanges.",
        "Ukraine's team will again be led by Oleh Marchenko.",
        "Analysts said the talks were unlikely to produce a ceasefire before winter.",
        "The Austrian hosts have offered the Hofburg palace for the round.");
    TestCorpus.writeArticle(
        dir,
        "c.txt",
        "2025-08-10",
        "Rita Holm, Northern Observer",
        "Anton Sorokin, who led the Russian delegation at all four rounds, will head it again at the"
            + " fifth, the Kremlin said.",
        "The European Union has prepared new sanctions on Russian oil if the talks fail.",
        "Ukraine wants the fifth round to prepare a meeting of the two presidents.",
        "Families of prisoners gathered outside the venue on Sunday.");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      Answer a = bot.summary(null);
      assertThat(a.text()).as(a.text()).contains("Sorokin").contains("Gennady Volkov");
    }
  }

  /**
   * The overview tells the outside pressure on the talks (a deadline or sanctions one side faces),
   * one of the key facts, before colour.
   */
  @Test
  void theOverviewTellsTheDeadlineASideFaces(@TempDir Path dir) throws Exception {
    writeKeyFacts(
        dir,
        "Cafes near the palace reported record sales while the delegations met.",
        "Hotel owners said every room in the old town had been booked for weeks.",
        "A brass band played on the palace steps as the delegations arrived.");
    TestCorpus.writeArticle(
        dir,
        "b.txt",
        "2025-08-20",
        "Tom Lind, Baltic Wire",
        "Russia and Ukraine will hold a fifth round of talks on September 2 in Vienna, Austria's"
            + " foreign ministry announced on Wednesday.",
        "The US president has warned that Russia now has until October 8 to agree a ceasefire or"
            + " face tariffs on the countries that buy its oil.",
        "Analysts said the talks were unlikely to produce a ceasefire before winter.",
        "The Austrian hosts have offered the Hofburg palace for the round.",
        "Cafes near the palace reported record sales while the delegations met on Monday.",
        "A brass band played on the palace steps as the delegations arrived on Monday.");
    TestCorpus.writeArticle(
        dir,
        "c.txt",
        "2025-08-10",
        "Rita Holm, Northern Observer",
        "Ukraine wants the fifth round to prepare a meeting of the two presidents.",
        "Families of prisoners gathered outside the venue on Sunday.",
        "Hotel owners said every room in the old town had been booked for weeks.",
        "Cafes near the palace reported record sales while the two delegations met.");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      Answer a = bot.summary(null);
      assertThat(a.text()).as(a.text()).contains("until October 8");
    }
  }

  /**
   * An August 2 report of who leads each side at the fifth round, an exchange and a demand, with
   * further sentences after them.
   */
  private static void writeKeyFacts(Path dir, String... more) throws Exception {
    List<String> lines =
        new ArrayList<>(
            List.of(
                "Anton Sorokin will again lead the Russian delegation when the fifth round takes"
                    + " place, officials confirmed, while Oleh Marchenko will lead Ukraine's.",
                "The two sides exchanged 120 prisoners each after the fourth round.",
                "Russia demands that Ukraine give up its claim to the border districts before any"
                    + " deal."));
    lines.addAll(List.of(more));
    TestCorpus.writeArticle(
        dir, "a.txt", "2025-08-02", "Anna Kovacs, Meridian Post", lines.toArray(String[]::new));
  }

  /** A misspelt topic is read as the coverage spells it, and the summary says so. */
  @Test
  void aMisspeltTopicIsCorrectedAndSaysWhatItWasReadAs(@TempDir Path dir) throws Exception {
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        TestCorpus.MERIDIAN,
        "The Ukrainian delegation in Vienna is headed by Oleh Marchenko, a former trade minister.",
        "The delegation arrived in Vienna on Monday with twelve advisers.");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      for (Answer a : List.of(bot.summary("the delegaton"), bot.latest("the delegaton"))) {
        assertThat(a).as(a.text()).isInstanceOf(Answer.Answered.class);
        assertThat(a.text())
            .as(a.text())
            .startsWith("(Read as: \"the delegation\")")
            .contains("Marchenko");
      }
      assertThat(bot.summary("the delegation").text()).doesNotContain("Read as");
    }
  }

  /**
   * A sentence that matches only a modifier of the topic ("work" of "the working groups") is not
   * about it; one that holds its head noun, however worded, is.
   */
  @Test
  void aSentenceMatchingOnlyTheTopicsModifierIsLeftOut(@TempDir Path dir) throws Exception {
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        TestCorpus.MERIDIAN,
        "The working groups on prisoners and civilians met in Vienna on Monday for six hours.",
        "\"A summit must crown the work of the negotiators, not replace it,\" a spokesman said.",
        "The working groups will report to both delegations before the next round.");
    TestCorpus.writeArticle(
        dir,
        "b.txt",
        TestCorpus.BALTIC,
        "Officials said the working groups had agreed on a list of 300 detainees.",
        "Work on the new bridge over the harbour resumed after the talks ended.");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      Answer a = bot.summary("the working groups");
      assertThat(a).as(a.text()).isInstanceOf(Answer.Answered.class);
      assertThat(a.text()).as(a.text()).contains("300 detainees").doesNotContain("crown the work");
      assertThat(a.text()).as(a.text()).doesNotContain("bridge");
    }
  }
}
