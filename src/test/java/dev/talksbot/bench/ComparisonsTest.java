package dev.talksbot.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.talksbot.config.TalksbotConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComparisonsTest {
  private static Map<String, Object> latency() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("threads_1", new Latency.Summary(1, 100, 8, 12, 20, 9, 110, List.of()).asMap());
    m.put("threads_2", new Latency.Summary(2, 100, 9, 14, 24, 10, 198, List.of()).asMap());
    return m;
  }

  @Test
  void ratiosPutTheProductBesideFloorAndPeer() {
    Latency.Summary floor = new Latency.Summary(1, 100, 4, 5, 10, 4.5, 220, List.of());
    Map<String, Object> peer = new Latency.Summary(1, 100, 80, 90, 100, 82, 12, List.of()).asMap();
    Map<String, Object> r = Comparisons.ratios(latency(), floor, peer);
    assertThat(r)
        .containsEntry("product_over_floor_median", 2.0)
        .containsEntry("product_over_floor_p99", 2.0)
        .containsEntry("peer_over_product_median", 10.0)
        .containsEntry("throughput_2_over_1", 1.8);
    StringWriter out = new StringWriter();
    BenchTable.print(
        new PrintWriter(out), Map.of("synthetic", Map.of("latency", latency(), "compared", r)));
    assertThat(out.toString()).contains("peer_over_product_median=10.0").contains("floor 1");
  }

  @Test
  void withoutAReferenceOnlyThroughputIsCompared() {
    assertThat(Comparisons.ratios(latency(), null, null)).containsOnlyKeys("throughput_2_over_1");
  }

  @Test
  void badSettingsAreRefusedWithTheirOptionName() {
    var cfg = TalksbotConfig.defaults();
    var log = new PrintWriter(new StringWriter());
    assertThatThrownBy(() -> new Bench(cfg, log, 0, List.of(1), Path.of("."), false))
        .hasMessageContaining("--questions");
    assertThatThrownBy(() -> new Bench(cfg, log, 10, List.of(0), Path.of("."), false))
        .hasMessageContaining("--threads");
  }

  @Test
  void warmUpQuestionsAreNeverTimedOnesAndComeFromUntimedClaims() {
    var b =
        new Bench(
            TalksbotConfig.defaults(),
            new PrintWriter(new StringWriter()),
            2,
            List.of(1, 2),
            Path.of("."),
            false);
    List<String> pool = List.of("A?", "B?", "C?", "D?", "E?", "F?");
    assertThat(b.oneAskerSlice(pool)).containsExactly("A?", "B?");
    List<String> warm = b.warmUp(pool, 7);
    assertThat(warm).hasSize(7).doesNotHaveDuplicates().doesNotContainAnyElementsOf(pool);
    // the timed runs ask A-D: the warm-up rephrases only E and F
    assertThat(warm).allMatch(q -> q.contains("E?") || q.contains("F?"));
    // a pool that is all timed is rephrased whole, still never asked as it is
    List<String> small = List.of("A?", "B?");
    assertThat(b.warmUp(small, 5)).hasSize(5).doesNotContainAnyElementsOf(small);
  }

  @Test
  void questionVariantsAreDistinct() {
    List<String> v = Bench.variants(List.of("Who?", "What?"), 30);
    assertThat(v).hasSize(30).doesNotHaveDuplicates();
  }
}
