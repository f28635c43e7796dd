package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talksbot.TestCorpus;
import dev.talksbot.core.TalksBot;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A question about what came of an event is not answered by a sentence written before the event
 * ("the envoy was due in the capital for talks" for "What did they agree?", or a report of August 2
 * on a summit "in September" for "Did they meet in September?"): it is refused, quoting that
 * sentence as the nearest the coverage comes; a question about who took part still is.
 */
class BeforeTheEventTest {
  private static boolean asks(String q) {
    return BeforeTheEvent.asksWhatCameOf(q, QuestionShape.of(q, SentenceFeatures.questionTerms(q)));
  }

  @Test
  void questionsAboutWhatCameOfAnEvent() {
    assertTrue(asks("What did the envoy and the president agree in the capital?"));
    assertTrue(asks("Did the two leaders meet in September?"));
  }

  @Test
  void questionsThatASchedulePartlyAnswers() {
    assertFalse(asks("Who travelled to the capital to see the president?"));
    assertFalse(asks("When did the envoy arrive in the capital?"));
    assertFalse(asks("What is the Danish side expected to present?"));
    assertFalse(asks("What will the envoy discuss in the capital?"));
  }

  @Test
  void aScheduleDoesNotSayWhatCameOfTheEvent(@TempDir Path dir) throws Exception {
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        TestCorpus.MERIDIAN,
        "Trade envoy Jonas Pell was due in Tarn on Wednesday for talks with President Ilse Varga,"
            + " his third visit this year.",
        "Varga has asked the harbour authority to publish its accounts.");
    TestCorpus.writeArticle(
        dir,
        "b.txt",
        TestCorpus.BALTIC,
        "The harbour authority in Tarn employs about 900 people, its annual report says.");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      Answer agreed = bot.ask("What did Jonas Pell and Ilse Varga agree in Tarn?");
      assertThat(agreed).as(agreed.text()).isInstanceOf(Answer.Refused.class);
      assertThat(agreed.text()).contains("nearest", "was due in Tarn");
      Answer who = bot.ask("Who was due in Tarn for talks with Ilse Varga?");
      assertThat(who).as(who.text()).isInstanceOf(Answer.Answered.class);
      assertThat(who.text()).contains("Jonas Pell");
    }
  }

  @Test
  void whoReportedTheScheduleIsNotWhatCameOfIt(@TempDir Path dir) throws Exception {
    assertThat(Pronouns.withoutClosingReport("Pell is due in Tarn on Friday, his office said."))
        .isEqualTo("Pell is due in Tarn on Friday");
    assertThat(Pronouns.withoutClosingReport("Pell is due in Tarn, officials told reporters."))
        .isEqualTo("Pell is due in Tarn");
    assertThat(Pronouns.withoutClosingReport("Pell arrived in Tarn, a port of 40,000 people."))
        .isEqualTo("Pell arrived in Tarn, a port of 40,000 people.");
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        TestCorpus.MERIDIAN,
        "On Harbour Day, September 2, Jonas Pell is due to address a fishermen's forum in Tarn,"
            + " his office said.",
        "The harbour authority in Tarn employs about 900 people, its annual report says.");
    writePortNews(dir);
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      // "his office said" is who reported the schedule, not what Pell said at the forum
      Answer said = bot.ask("What did Jonas Pell say at the fishermen's forum in Tarn?");
      assertThat(said).as(said.text()).isInstanceOf(Answer.Refused.class);
      assertThat(said.text()).contains("nearest", "is due to address");
    }
  }

  @Test
  void aReportDatedBeforeTheAskedTimeDoesNotSayWhatHappenedThen(@TempDir Path dir)
      throws Exception {
    Path before = Files.createDirectories(dir.resolve("before"));
    writeInvitation(before); // August 2 and 3
    String question = "Did Moen and Pell meet in Tarn in September?";
    try (TalksBot bot = TestCorpus.freshBot(before)) {
      Answer a = bot.ask(question);
      assertThat(a).as(a.text()).isInstanceOf(Answer.Refused.class);
      assertThat(a.text()).contains("nearest", "has formally invited");
      // ask --explain names the rule
      var scoring = bot.explain(question).scoring();
      Candidate invitation =
          scoring.candidates().stream()
              .filter(c -> c.text().contains("has formally invited"))
              .findFirst()
              .orElseThrow();
      assertThat(scoring.setBacks().get(invitation.key())).containsExactly("before the event");
    }
    // a report written after the summit answers it
    Path after = Files.createDirectories(dir.resolve("after"));
    writeInvitation(after);
    TestCorpus.writeArticle(
        after,
        "c.txt",
        new TestCorpus.Byline("2025-09-20", "Lea Holm, Northern Observer"),
        "Moen and Pell met in Tarn on September 18 for the harbour summit and agreed to share"
            + " the port's dredging costs.");
    try (TalksBot bot = TestCorpus.freshBot(after)) {
      Answer a = bot.ask(question);
      assertThat(a).as(a.text()).isInstanceOf(Answer.Answered.class);
      assertThat(a.text()).as(a.text()).startsWith("Moen and Pell met in Tarn");
    }
  }

  @Test
  void whatHappenedAfterADateComesFromAReportWrittenAfterIt(@TempDir Path dir) throws Exception {
    writeInvitation(dir);
    TestCorpus.writeArticle(
        dir,
        "c.txt",
        new TestCorpus.Byline("2025-08-04", "Lea Holm, Northern Observer"),
        "The harbour council has shortened the deadline it gave the port authority, which now has"
            + " until August 8 rather than September to publish its accounts or face heavy fines.",
        "Auditors said they doubted the accounts would be ready before the August 8 cut-off.");
    TestCorpus.writeArticle(
        dir,
        "d.txt",
        new TestCorpus.Byline("2025-08-19", "Lea Holm, Northern Observer"),
        "The harbour council let its August 8 deadline pass without fining the port authority.",
        "Ferry fares will rise by a tenth in October, the operator said.");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      // answered or, over so little coverage, the nearest: either way the later report's sentence
      Answer a = bot.ask("What happened after the August 8 deadline?");
      assertThat(a.text()).as(a.text()).contains("let its August 8 deadline pass");
      assertThat(a.text()).as(a.text()).doesNotContain("shortened");
    }
  }

  /**
   * What came of a meeting that every report still gives as ahead ("The panel will meet again on
   * September 21") is refused whatever the answerability: the set-back alone could leave the
   * schedule the answer.
   */
  @Test
  void aScheduleWrittenBeforeTheMeetingDoesNotSayWhatWasAgreedThere(@TempDir Path dir)
      throws Exception {
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        new TestCorpus.Byline("2025-09-13", "Lea Holm, Northern Observer"),
        "The harbour panel of Tarn and Brenn met for the first time on Friday and swapped maps of"
            + " the fishing grounds.",
        "The panel will meet again on September 21.");
    writePortNews(dir);
    String question = "What was agreed when the harbour panel met again on September 21?";
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      Answer a = bot.ask(question);
      assertThat(a).as(a.text()).isInstanceOf(Answer.Refused.class);
      assertThat(bot.explain(question).scoring().ruledOutBy())
          .isEqualTo("the best sentence was written before the event the question asks about");
    }
  }

  /** An invitation to a September summit, reported in August, among other news of the town. */
  private static void writeInvitation(Path dir) throws Exception {
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        TestCorpus.MERIDIAN,
        "President Ilse Varga has formally invited Prime Minister Halvard Moen and Chancellor Jonas"
            + " Pell to a harbour summit in Tarn in the second half of September, officials said on"
            + " Friday.",
        "Moen accepted at once, saying he was ready to come to any table. Pell was cooler: his"
            + " spokesman called the idea premature.",
        "The harbour authority in Tarn employs about 900 people, its annual report says.");
    writePortNews(dir);
  }

  /** Another outlet's news of the town's port, which answers none of the questions. */
  private static void writePortNews(Path dir) throws Exception {
    TestCorpus.writeArticle(
        dir,
        "b.txt",
        TestCorpus.BALTIC,
        "The port of Tarn handled a record 12 million tonnes of cargo last year, the harbour"
            + " authority said.",
        "Ferries to the islands will run twice a day from next week, the operator said on Monday.");
  }
}
