package dev.talksbot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.talksbot.core.TalksBot;
import dev.talksbot.index.IndexProgress;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The bundled corpus: opening (model load, indexing), then warm asks beside floor and peer. */
final class CorpusPart {
  private CorpusPart() {}

  /** Phrasings beyond one per timed question, for the warm-up. */
  static final int SPARE_QUESTIONS = 20;

  static void run(Bench b, Path dataDir) throws Exception {
    b.log.println("bench: bundled corpus");
    Map<String, Object> r = new LinkedHashMap<>();
    long t0 = System.nanoTime();
    try (TalksBot bot = TalksBot.open(b.config.withDataDir(dataDir), IndexProgress.NONE)) {
      double secs = (System.nanoTime() - t0) / 1e9;
      var info = bot.corpusInfo();
      r.put("articles", info.articles());
      r.put("passages", info.passages());
      r.put(
          "index",
          Bench.indexing(
              info.articles(),
              info.passages(),
              secs,
              b.config.withDataDir(dataDir).indexDir(),
              "model load + chunk + embed + write"));
      List<String> base = new ArrayList<>();
      for (String line : Bench.resourceLines("/eval/corpus-questions.jsonl"))
        base.add(new ObjectMapper().readTree(line).get("question").asText());
      List<String> pool = Bench.variants(base, b.questions * b.threads.size() + SPARE_QUESTIONS);
      Latency.Summary floor = Comparisons.floor(b, bot, pool);
      Map<String, Object> latency = b.latencies(bot, pool);
      r.put("latency", latency);
      Map<String, Object> peer = b.peer ? Comparisons.peer(b, bot.sources(), pool) : null;
      r.put("compared", Comparisons.ratios(latency, floor, peer));
    }
    b.results.put("corpus", r);
  }
}
