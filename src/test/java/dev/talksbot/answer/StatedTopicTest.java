package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.core.TalksBot;
import dev.talksbot.index.TextAnalysis;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "What did X say about T?" is answered by a sentence that speaks of T, not by one that only names
 * X (the console example: after questions on the delegation heads, "what did he say about a
 * leaders meeting?" got the sentence saying who heads the delegation).
 */
class StatedTopicTest {

  private static Set<String> topic(String q) {
    return StatedTopic.terms(q, SentenceFeatures.questionTerms(q));
  }

  @Test
  void theTopicIsWhatFollowsAboutRegardingOrConcerning() {
    assertThat(topic("What did the minister say about the harbour budget?"))
        .isEqualTo(new HashSet<>(TextAnalysis.terms("harbour budget")));
    assertThat(topic("What was decided regarding the fishing quotas?"))
        .isEqualTo(new HashSet<>(TextAnalysis.terms("fishing quotas")));
    assertThat(topic("Who chairs the port authority?")).isEmpty();
    assertThat(topic("What is the report about?")).isEmpty();
  }

  @Test
  void theSpeakersSentenceOffTheTopicDoesNotAnswerOverTheBundledCoverage() {
    TalksBot bot = TestCorpus.bot();
    Answer a = bot.ask("What did Rustem Umerov say about a leaders meeting?");
    assertThat(a).as(a.text()).isInstanceOf(Answer.Refused.class);
    assertThat(a.text()).doesNotContain("would head its delegation");
  }

  @Test
  void aSentenceNamingTheSpeakerButNotTheTopicIsSetBack(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("a.txt"),
        " date 2025-08-02 By Anna Kovacs, Meridian Post\n\n"
            + "Lutavia said former finance minister Oren Vale, who now chairs the harbour"
            + " council, would head its team at the talks in Port Amel.\n\n"
            + "Mayor Ida Pell said only a meeting of the two leaders could settle the harbour"
            + " dispute.\n\n"
            + "The port authority closed two piers for the visit.\n");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      Answer off = bot.ask("What did Oren Vale say about a leaders meeting?");
      assertThat(off.text()).as(off.text()).doesNotContain("would head its team");
      Answer on = bot.ask("What did Ida Pell say about a leaders meeting?");
      assertThat(on).as(on.text()).isInstanceOf(Answer.Answered.class);
      assertThat(on.text()).contains("only a meeting of the two leaders");
    }
  }
}
