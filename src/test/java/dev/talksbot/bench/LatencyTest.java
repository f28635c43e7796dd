package dev.talksbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LatencyTest {
  @Test
  void theSummaryNamesTheSlowestQuestionsSlowestFirst() throws Exception {
    List<String> questions = List.of("a", "slow", "b", "slower", "c", "d");
    Latency.Summary s =
        Latency.run(
            questions,
            2,
            q -> {
              try {
                Thread.sleep(q.equals("slower") ? 60 : q.equals("slow") ? 30 : 0);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    assertThat(s.questions()).isEqualTo(6);
    assertThat(s.slowest()).hasSize(Latency.SLOWEST);
    assertThat(s.slowest().get(0).question()).isEqualTo("slower");
    assertThat(s.slowest().get(1).question()).isEqualTo("slow");
    assertThat(s.slowest().get(0).ms()).isGreaterThanOrEqualTo(s.slowest().get(1).ms());
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> json = (List<Map<String, Object>>) s.asMap().get("slowest");
    assertThat(json.getFirst()).containsEntry("question", "slower").containsKey("ms");
  }

  @Test
  void fewerQuestionsThanTheSlowestListNameThemAll() throws Exception {
    Latency.Summary s = Latency.run(List.of("only"), 1, q -> {});
    assertThat(s.slowest()).extracting(Latency.Timed::question).containsExactly("only");
  }
}
