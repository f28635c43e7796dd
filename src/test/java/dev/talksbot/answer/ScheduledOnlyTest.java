package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.talksbot.TestCorpus;
import dev.talksbot.core.TalksBot;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A question about what came of an event is not answered by a sentence written before the event
 * ("the envoy was due in the capital for talks" for "What did they agree?"): it is refused, quoting
 * that sentence as the nearest the coverage comes; a question about who took part still is.
 */
class ScheduledOnlyTest {
  private static boolean asks(String q) {
    return ScheduledOnly.asksWhatCameOf(q, QuestionShape.of(q, SentenceFeatures.questionTerms(q)));
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
}
