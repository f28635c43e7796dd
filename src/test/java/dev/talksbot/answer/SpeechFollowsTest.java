package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.core.TalksBot;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "What did Jane Roe say?" answered by a sentence that only says she spoke ("… spoke to reporters
 * about the harbour") quotes the "She said …" after it too: that is what she said.
 */
class SpeechFollowsTest {
  @Test
  void aSentenceThatOpensWithAPronounAndAVerbOfSayingReportsSpeech() {
    assertThat(Pronouns.reportSpeech("She said the piers would reopen in May.")).isTrue();
    assertThat(Pronouns.reportSpeech("He later told the agency that talks would resume.")).isTrue();
    assertThat(Pronouns.reportSpeech("They added that nothing was agreed.")).isTrue();
    assertThat(Pronouns.reportSpeech("She arrived on Monday and said little.")).isFalse();
    assertThat(Pronouns.reportSpeech("The mayor said the piers would reopen.")).isFalse();
    assertThat(Pronouns.reportSpeech("He was saying nothing.")).isFalse();
    assertThat(Pronouns.reportSpeech("That said, the piers stayed shut.")).isFalse();
    assertThat(Pronouns.reportSpeech("This says little about the piers.")).isFalse();
    assertThat(Pronouns.reportSpeech("It said the piers would reopen.")).isTrue();
  }

  @Test
  void whatSomeoneSaidQuotesTheSentenceThatGivesHerWords(@TempDir Path dir) throws Exception {
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        TestCorpus.MERIDIAN,
        "Harbour master Jane Roe spoke to reporters in Tarn on Monday about the storm damage. She"
            + " said the piers would reopen in May and that repairs would cost 4 million euros.",
        "The fishing fleet stayed in port.");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      Answer a = bot.ask("What did Jane Roe say?");
      assertThat(a).as(a.text()).isInstanceOf(Answer.Answered.class);
      assertThat(a.text()).contains("She said the piers would reopen in May");
      // not a question about what she said: the sentence stands alone
      Answer b = bot.ask("Where did Jane Roe speak to reporters?");
      assertThat(b.text()).doesNotContain("She said the piers");
    }
  }

  @Test
  void aSentenceWhoseSpeakerIsAPronounSetOffByACommaLeansOnTheOneBefore() {
    assertThat(Pronouns.leansOnPrevious("The piers, she said, would reopen in May.")).isTrue();
    assertThat(Pronouns.leansOnPrevious("The piers would reopen in May, he told reporters."))
        .isTrue();
    assertThat(Pronouns.leansOnPrevious("The repairs, they later added, would cost more."))
        .isTrue();
    assertThat(Pronouns.leansOnPrevious("She said the piers would reopen.")).isTrue();
    assertThat(Pronouns.leansOnPrevious("The piers, the mayor said, would reopen.")).isFalse();
    assertThat(Pronouns.leansOnPrevious("The piers reopened, she was saying, too late.")).isFalse();
    assertThat(Pronouns.leansOnPrevious("The piers reopened, he arrived, and the fleet sailed."))
        .isFalse();
  }

  @Test
  void anAnswerWhoseSpeakerIsAPronounQuotesWhoSpoke(@TempDir Path dir) throws Exception {
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        TestCorpus.MERIDIAN,
        "Harbour master Jane Roe toured the storm damage in Tarn on Monday. The piers, she said,"
            + " would reopen on May 12 after repairs costing 4 million euros.",
        "The fishing fleet stayed in port.");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      Answer a = bot.ask("When will the piers in Tarn reopen?");
      assertThat(a).as(a.text()).isInstanceOf(Answer.Answered.class);
      assertThat(a.text()).contains("May 12").contains("Jane Roe toured the storm damage");
    }
  }
}
