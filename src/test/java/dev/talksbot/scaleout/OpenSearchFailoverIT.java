package dev.talksbot.scaleout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.answer.Answer;
import dev.talksbot.core.TalksBot;
import dev.talksbot.index.IndexProgress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One OpenSearch node of two stopped: every shard has a replica on the other node, so questions are
 * still answered, with the same answers as before (the client skips the dead node).
 */
class OpenSearchFailoverIT {
  static final List<String> QUESTIONS =
      List.of(
          "Who leads the Ukrainian delegation?",
          "Where were the talks held?",
          "Was a prisoner exchange agreed?",
          "What did the sides say about a ceasefire?");

  @Test
  void questionsAreStillAnsweredWithOneNodeStopped() throws Exception {
    try (OpenSearchCluster cluster =
        OpenSearchCluster.start(Path.of("target", "it-opensearch-failover"), 2)) {
      OpenSearchRetrievalIT.cluster = cluster;
      try (TalksBot bot =
          TalksBot.open(
              OpenSearchRetrievalIT.config("talksbot-failover"),
              TestCorpus.embedder(),
              IndexProgress.NONE)) {
        List<String> before = new ArrayList<>();
        for (String q : QUESTIONS) before.add(OpenSearchRetrievalIT.shown(bot.ask(q)));
        assertThat(before).anyMatch(s -> s.startsWith("answered"));

        cluster.stopNode(0); // the first host in the client's list
        List<String> after = new ArrayList<>();
        for (String q : QUESTIONS) {
          Answer a = bot.ask(q);
          after.add(OpenSearchRetrievalIT.shown(a));
        }
        assertThat(after).as("answers with node 0 stopped").isEqualTo(before);
      } finally {
        OpenSearchRetrievalIT.cluster = null;
      }
    }
  }
}
