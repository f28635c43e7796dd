package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.core.TalksBot;
import dev.talksbot.index.TextAnalysis;
import dev.talksbot.ingest.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report names the place of its dateline in every sentence: "What did the harbour delegates sign
 * in Brennstadt?" is answered by a report datelined "BRENNSTADT, Nov. 21 (Brennick Herald) —" whose
 * sentences never repeat the place (invented people and places).
 */
class DatelinePlaceTest {
  @Test
  void theDatelinesPlaceIsNamedByTheReport() {
    Article placed = TestCorpus.placed("q");
    Article dayOnly = TestCorpus.datelined("d");
    assertThat(ReportContext.placeNamed(placed))
        .containsExactlyElementsOf(TextAnalysis.terms("Quellmoor"));
    assertThat(ReportContext.placeNamed(dayOnly)).isEmpty();
    Set<String> terms = new HashSet<>();
    ReportContext.addTo(terms, placed, new HashMap<>());
    assertThat(terms)
        .containsAll(TextAnalysis.terms("Quellmoor"))
        .containsAll(TextAnalysis.terms("September"));
  }

  /** A report whose sentences do not name its dateline's place. */
  static final String PLACED =
      """
      Harbour delegates agree on a joint pilot service

      BRENNSTADT, Nov. 21 (Brennick Herald) — Harbour delegates from Lutavia and Castrovia signed \
      an accord on a joint pilot service for the Quellmoor estuary, officials said.

      The accord sets up twelve pilot boats shared by both ports from the spring.

      Lutavia's harbour master Anna Kovacs called the accord a first step.
      """;

  @Test
  void aQuestionNamingTheDatelinesPlaceIsAnswered(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("q.txt"), PLACED);
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      var a = bot.ask("How many pilot boats does the accord signed in Brennstadt set up?");
      assertThat(a.refused()).as(a.text()).isFalse();
      assertThat(a.text()).as(a.text()).contains("twelve pilot boats");
      var other = bot.ask("How many pilot boats does the accord signed in Ferrowick set up?");
      assertThat(other.refused()).as(other.text()).isTrue();
    }
  }
}
