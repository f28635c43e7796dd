package dev.talksbot.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.config.AlertsSettings;
import dev.talksbot.core.TalksBot;
import dev.talksbot.ingest.Article;
import dev.talksbot.ingest.NewsArticleParser;
import dev.talksbot.ingest.ParagraphChunker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The calibration set of the subscription match threshold (docs/alerts.md): realistic topics
 * against the bundled articles and the test articles, labelled by hand. Every relevant pair must
 * score at or above {@link AlertsSettings#DEFAULT_MATCH_THRESHOLD}, every irrelevant one below.
 */
class MatchCalibrationTest {
  /** topic -> article file name prefixes that are about it (all others are not). */
  static final Map<String, List<String>> LABELS = new LinkedHashMap<>();

  /**
   * Pairs left out: the talks articles report prisoner exchanges as an outcome of the talks (the
   * matcher does alert "prisoner exchange" subscribers to most of them), and the exchange reports
   * are about the talks' follow-up.
   */
  static final Map<String, List<String>> AMBIGUOUS = new LinkedHashMap<>();

  static {
    List<String> bundled = List.of("000", "001", "002", "003", "004");
    List<String> exchange = List.of("exchange-bosphorus", "exchange-blacksea", "exchange-dnipro");
    List<String> talksAndExchange = new ArrayList<>(bundled);
    talksAndExchange.addAll(exchange);
    talksAndExchange.add("fourth-round");
    List<String> bundledAndFourth = new ArrayList<>(bundled);
    bundledAndFourth.add("fourth-round");
    LABELS.put("prisoner exchange", exchange);
    AMBIGUOUS.put("prisoner exchange", bundledAndFourth);
    LABELS.put("prisoner swap", exchange);
    AMBIGUOUS.put("prisoner swap", bundledAndFourth);
    LABELS.put("POWs returned home", exchange);
    AMBIGUOUS.put("POWs returned home", bundledAndFourth);
    LABELS.put("fourth round of talks", List.of("fourth-round"));
    List<String> allButFourth = new ArrayList<>(bundled);
    allButFourth.addAll(exchange);
    AMBIGUOUS.put(
        "fourth round of talks", allButFourth); // the exchange report ends on the next round
    LABELS.put("Istanbul talks", bundledAndFourth);
    AMBIGUOUS.put("Istanbul talks", exchange);
    LABELS.put(
        AlertEngine.allCoverageTopic(dev.talksbot.config.TalksbotConfig.DEFAULT_TOPIC),
        talksAndExchange);
    LABELS.put("grain exports shipping insurance", List.of("grain-corridor"));
    LABELS.put("Black Sea shipping", List.of("grain-corridor"));
    LABELS.put("football transfer news", List.of());
    LABELS.put("stock market earnings", List.of());
    LABELS.put("Gaza ceasefire hostages", List.of());
    LABELS.put("climate summit emissions", List.of());
  }

  static List<Article> articles() throws Exception {
    NewsArticleParser parser = new NewsArticleParser();
    List<Article> out = new ArrayList<>();
    for (Path dir : List.of(TestCorpus.corpusDir(), Path.of("src/test/resources/alerts"))) {
      try (var s = Files.list(dir)) {
        for (Path f : s.sorted().toList()) {
          String name = f.getFileName().toString().replace(".txt", "");
          out.add(parser.parse(name, name, Files.readString(f)));
        }
      }
    }
    return out;
  }

  @Test
  void thresholdSeparatesRelevantFromIrrelevant() throws Exception {
    TalksBot bot = TestCorpus.bot();
    TopicMatcher m = new TopicMatcher(TestCorpus.embedder(), bot.index()::idf);
    ParagraphChunker chunker = new ParagraphChunker(300, 700);
    double t = AlertsSettings.DEFAULT_MATCH_THRESHOLD;
    double minPos = 9;
    double maxNeg = -9;
    List<String> wrong = new ArrayList<>();
    StringBuilder table = new StringBuilder();
    for (Article a : articles()) {
      TopicMatcher.Prepared p = m.prepare(a, chunker.chunk(a));
      for (var e : LABELS.entrySet()) {
        boolean relevant = e.getValue().stream().anyMatch(a.id()::startsWith);
        boolean ambiguous =
            AMBIGUOUS.getOrDefault(e.getKey(), List.of()).stream().anyMatch(a.id()::startsWith);
        TopicMatcher.Relevance r = m.relevance(e.getKey(), p);
        table.append(
            String.format(
                Locale.ROOT,
                "%-28s %-34s %s cos %.3f cov %.2f score %.3f%n",
                a.id(),
                e.getKey(),
                ambiguous ? " ? " : relevant ? "REL" : "   ",
                r.cosine(),
                r.coverage(),
                r.score()));
        if (ambiguous) continue;
        if (relevant) minPos = Math.min(minPos, r.score());
        else maxNeg = Math.max(maxNeg, r.score());
        if (relevant != r.score() >= t) wrong.add(a.id() + " / " + e.getKey() + " " + r);
      }
    }
    System.out.println(table);
    System.out.printf(
        Locale.ROOT,
        "lowest relevant %.3f, highest irrelevant %.3f, threshold %.3f%n",
        minPos,
        maxNeg,
        t);
    assertThat(wrong).isEmpty();
  }
}
