package dev.talksbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.talksbot.TestCorpus;
import dev.talksbot.ingest.Article;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sources' JSON names a dateline's month and day next to the date, and its place, when there is
 * one.
 */
class RenderSourcesTest {
  @Test
  void theDatelineDayIsListedOnlyWhenTheArticleHasOne() {
    Article datelined = TestCorpus.datelined("q");
    Article dated =
        new Article(
            "c",
            "c.txt",
            null,
            null,
            List.of(),
            LocalDate.of(2025, 8, 14),
            null,
            "Castrovia voted.");
    ArrayNode json = Render.sourcesJson(List.of(datelined, dated));
    assertThat(json.get(0).path("date").isNull()).isTrue();
    assertThat(json.get(0).path("dateline_day").asText()).isEqualTo("--09-19");
    assertThat(json.get(1).path("date").asText()).isEqualTo("2025-08-14");
    assertThat(json.get(1).has("dateline_day")).isFalse();
  }

  @Test
  void theDatelinePlaceIsListedOnlyWhenTheArticleHasOne() {
    ArrayNode json = Render.sourcesJson(List.of(TestCorpus.placed("q"), TestCorpus.datelined("d")));
    assertThat(json.get(0).path("dateline_place").asText()).isEqualTo("Quellmoor");
    assertThat(json.get(0).path("dateline_day").asText()).isEqualTo("--09-19");
    assertThat(json.get(1).has("dateline_place")).isFalse();
  }
}
