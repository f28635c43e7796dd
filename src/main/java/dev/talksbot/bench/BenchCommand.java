package dev.talksbot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.talksbot.config.ConfigLoader;
import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.eval.BenchData;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./talksbot bench}: warm ask latency (1, 2, 8 askers) beside the floor and the peer (as
 * ratios), indexing throughput, index size, cold start and peak RSS. The parts live in {@link
 * CorpusPart}, {@link SciFactPart}, {@link SyntheticPart}, {@link ColdStart}, {@link ServingMemory}
 * and {@link Comparisons}. Every ask goes through {@code TalksBot.ask} with the default answerer
 * and the product's own embedder (its in-memory query cache included, so every timed question is
 * distinct).
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Latency, throughput, cold start and memory of the product; prints a table, writes JSON to "
          + "bench-results/."
    })
public final class BenchCommand implements Callable<Integer> {
  @Option(
      names = "--only",
      split = ",",
      paramLabel = "PARTS",
      description = "Parts to run: corpus, scifact, synthetic, coldstart (default: all).")
  Set<String> only;

  @Option(
      names = "--passages",
      paramLabel = "N",
      description = "Synthetic corpus size in passages (default 100000).")
  int passages = 100_000;

  @Option(
      names = "--index-articles",
      paramLabel = "N",
      description =
          "SciFact articles embedded afresh to measure indexing throughput (default all 5183).")
  int indexArticles = 0;

  @Option(
      names = "--questions",
      paramLabel = "N",
      description = "Distinct questions per concurrency level (default 200).")
  int questions = 200;

  @Option(names = "--threads", split = ",", description = "Concurrent askers (default 1,2,8).")
  List<Integer> threads = List.of(1, 2, 8);

  @Option(names = "--no-peer", description = "Skip the LangChain4j easy RAG peer.")
  boolean noPeer;

  @Option(
      names = "--peer-max-passages",
      paramLabel = "N",
      description =
          "Largest synthetic corpus the peer ingests (its embedding is unbatched; default 100000).")
  int peerMaxPassages = 100_000;

  @Option(names = "--data", paramLabel = "DIR", description = "Benchmark data folder.")
  Path data;

  @Option(
      names = "--cache",
      paramLabel = "DIR",
      description =
          "Passage-vector cache the large indexes may reuse (default <home>/target/eval-cache).")
  Path cache;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Where to write the JSON (default <home>/bench-results).")
  Path outDir;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter log =
        new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    TalksbotConfig config = ConfigLoader.forProcess().load();
    Path home = BenchData.projectHome();
    Bench b = new Bench(config, log, questions, threads, BenchData.cacheDir(cache, false), !noPeer);
    Map<String, Object> results = b.results;
    results.put("machine", machine());
    results.put(
        "config",
        Map.of(
            "embedding",
            config.embedding().model(),
            "passages_to_answerer",
            config.retrieval().passages(),
            "candidates",
            config.retrieval().candidates()));
    Path work = Files.createTempDirectory("talksbot-bench-");
    try {
      if (want("corpus")) CorpusPart.run(b, work.resolve("corpus"));
      if (want("coldstart")) ColdStart.run(b, home, work.resolve("corpus"));
      if (want("scifact") || want("synthetic")) {
        BenchData.SciFact sf = BenchData.scifact(BenchData.resolve(data));
        List<String> claims = new ArrayList<>(sf.queries().values());
        if (want("scifact")) SciFactPart.run(b, sf, claims, indexArticles, work.resolve("scifact"));
        if (want("synthetic"))
          SyntheticPart.run(b, sf, claims, passages, peerMaxPassages, work.resolve("synthetic"));
      }
    } finally {
      Bench.deleteTree(work);
    }
    Path dir = outDir != null ? outDir : home.resolve("bench-results");
    Files.createDirectories(dir);
    String stamp = Instant.now().toString().replace(':', '-');
    String json =
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(results);
    Files.writeString(dir.resolve("bench-" + stamp + ".json"), json);
    Files.writeString(dir.resolve("latest.json"), json);
    BenchTable.print(out, results);
    out.println("JSON: " + dir.resolve("bench-" + stamp + ".json"));
    out.flush();
    return 0;
  }

  private boolean want(String part) {
    return only == null || only.isEmpty() || only.contains(part);
  }

  static Map<String, Object> machine() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cores", Runtime.getRuntime().availableProcessors());
    m.put(
        "jdk",
        System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.version"));
    m.put(
        "os",
        System.getProperty("os.name")
            + " "
            + System.getProperty("os.version")
            + " "
            + System.getProperty("os.arch"));
    m.put("max_heap_mb", Runtime.getRuntime().maxMemory() / (1 << 20));
    m.put(
        "jvm_flags", java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
    try {
      m.put("load_average_at_start", Files.readString(Path.of("/proc/loadavg")).strip());
    } catch (IOException e) {
      // not Linux
    }
    return m;
  }
}
