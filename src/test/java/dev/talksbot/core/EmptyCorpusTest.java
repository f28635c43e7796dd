package dev.talksbot.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.answer.Answer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Before any article is ingested, every question and summary is refused plainly, not failed. */
class EmptyCorpusTest {
  @Test
  void questionsAndSummariesOverNoCoverageAreRefused(@TempDir Path dir) throws Exception {
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      for (String q : new String[] {"Who leads the delegation?", "Any news?"}) {
        Answer a = bot.ask(q);
        assertThat(a).as(q).isInstanceOf(Answer.Refused.class);
        assertThat(a.text()).as(q).contains("No articles are indexed yet", "./talksbot ingest");
      }
      assertThat(bot.summary(null)).isInstanceOf(Answer.Refused.class);
      assertThat(bot.summary("prisoner exchange")).isInstanceOf(Answer.Refused.class);
    }
  }
}
