package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.core.TalksBot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dates move: for a question about when something is or will be, a report newer than every report
 * of the answer that gives another calendar date for it leads the answer, and the answer's own
 * report is noted ("An earlier report, X, D, gave August 20."); an older or undated report, a
 * weekday, or a question about the past changes nothing.
 */
class NewerDateTest {
  private static final String QUESTION =
      "When will the fourth round of the harbour talks take place?";

  private static String report(String date, String outlet, String sentence) {
    return (date == null ? "" : " date " + date)
        + " By Lea Stone, "
        + outlet
        + "\n\n"
        + sentence
        + "\n\nThe port authority closed two piers for the visit.\n";
  }

  private static String ask(Path dir, String newer, String question) throws IOException {
    return ask(dir, "2025-08-02", newer, question);
  }

  /** The two older reports (the first dated {@code firstDate}, may be null), a newer one, asked. */
  private static String ask(Path dir, String firstDate, String newer, String question)
      throws IOException {
    Files.writeString(
        dir.resolve("a.txt"),
        report(
            firstDate,
            "Meridian Post",
            "The fourth round of the harbour talks will take place on August 20, officials in"
                + " Tarn said."));
    Files.writeString(
        dir.resolve("b.txt"),
        report(
            "2025-08-03",
            "Baltic Wire",
            "Officials said the fourth round of the harbour talks would take place on August 20."));
    Files.writeString(dir.resolve("c.txt"), newer);
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      Answer a = bot.ask(question);
      assertThat(a).isInstanceOf(Answer.Answered.class);
      return a.text();
    }
  }

  private static final String NEWER_SENTENCE =
      "After weeks of delay the harbour talks will resume for a fourth round on September 10 at"
          + " the old customs house, the foreign ministry announced on Wednesday.";

  @Test
  void aNewerReportGivingAnotherDateLeadsAndTheEarlierOneIsNoted(@TempDir Path dir)
      throws Exception {
    String a = ask(dir, report("2025-09-03", "Volga Courier", NEWER_SENTENCE), QUESTION);
    assertThat(a).as(a).startsWith(NEWER_SENTENCE + " [1]");
    assertThat(a)
        .as(a)
        .containsPattern(
            "An earlier report, (Meridian Post, 2025-08-02|Baltic Wire, 2025-08-03),"
                + "( gave August 20\\. \\[2]| and one other gave August 20\\. \\[2]\\[3])$");
  }

  @Test
  void anUndatedAnswerIsNotCalledEarlier(@TempDir Path dir) throws Exception {
    String a = ask(dir, null, report("2025-09-03", "Volga Courier", NEWER_SENTENCE), QUESTION);
    assertThat(a).as(a).startsWith(NEWER_SENTENCE);
    assertThat(a)
        .as(a)
        .containsPattern(
            // the undated report's byline names its outlet, but no date
            "(Another report, Meridian Post,( and one other)? gave|An earlier report, Baltic Wire,"
                + " 2025-08-03,( and one other)? gave) August 20\\.");
    assertThat(a).as(a).doesNotContain("An earlier report, Meridian Post");
  }

  @Test
  void anOlderOrUndatedReportOrAPastQuestionGetsNoNote(@TempDir Path dir) throws Exception {
    assertThat(ask(dir, report("2025-07-01", "Volga Courier", NEWER_SENTENCE), QUESTION))
        .doesNotContain("newer report")
        .doesNotContain("earlier report")
        .doesNotStartWith(NEWER_SENTENCE);
    Path undated = Files.createDirectories(dir.resolve("undated"));
    assertThat(ask(undated, report(null, "Volga Courier", NEWER_SENTENCE), QUESTION))
        .doesNotContain("newer report");
    Path past = Files.createDirectories(dir.resolve("past"));
    assertThat(
            ask(
                past,
                report("2025-09-03", "Volga Courier", NEWER_SENTENCE),
                "When did the fourth round of the harbour talks take place?"))
        .doesNotContain("newer report");
  }

  /** With the two older reports and a newer one saying {@code sentence}: no note. */
  private static void noNote(Path dir, String sentence) throws IOException {
    assertThat(ask(dir, report("2025-09-03", "Volga Courier", sentence), QUESTION))
        .doesNotContain("newer report");
  }

  /** A date behind the newer report's own is what happened, not a new schedule. */
  @Test
  void aDateBeforeTheNewerReportIsNoNewSchedule(@TempDir Path dir) throws Exception {
    noNote(
        dir,
        "The fourth round of the harbour talks, agreed on July 23, will take place as planned,"
            + " officials said.");
  }

  @Test
  void aWeekdayIsNoNewerDate(@TempDir Path dir) throws Exception {
    noNote(
        dir,
        "Officials said on Wednesday that the fourth round of the harbour talks would take place"
            + " as planned.");
  }

  /**
   * A newer report of the same round of a series, worded unlike the question ("will hold a fourth
   * round … on September 10" for "… take place?") and so matching it less than the older reports,
   * still gives the newer date: it names the round the question asks about.
   */
  @Test
  void aNewerReportOfTheSameRoundInOtherWordsGivesTheNewerDate(@TempDir Path dir) throws Exception {
    String newer =
        "Tarn and Lutavia will hold a fourth round of direct negotiations on September 10 at the"
            + " old customs house in Port Amel, the foreign ministry announced on Wednesday, ending"
            + " weeks of uncertainty after the meeting planned for August 20 was called off.";
    String a =
        ask(
            dir,
            report("2025-09-03", "Volga Courier", newer),
            "When will the fourth round take place?");
    assertThat(a).as(a).contains("September 10").contains("August 20");
  }
}
