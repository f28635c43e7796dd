package dev.talksbot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.talksbot.config.ConfigLoader;
import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.core.TalksBot;
import dev.talksbot.eval.BenchData;
import dev.talksbot.eval.CachingEmbedder;
import dev.talksbot.index.Embedder;
import dev.talksbot.index.IndexProgress;
import dev.talksbot.index.OnnxEmbedder;
import dev.talksbot.index.PassageIndex;
import dev.talksbot.ingest.Article;
import dev.talksbot.ingest.ParagraphChunker;
import dev.talksbot.ingest.Passage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code ./talksbot bench}: warm ask latency (1, 2, 8 askers), indexing throughput, index size,
 * cold start and peak RSS. Every ask goes through {@code TalksBot.ask} with the default answerer
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

  private PrintWriter log;
  private final Map<String, Object> results = new LinkedHashMap<>();

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    log = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    TalksbotConfig config = ConfigLoader.forProcess().load();
    Path home = BenchData.projectHome();
    Path cacheDir = BenchData.cacheDir(cache, false);
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
      if (want("corpus")) corpus(config, work.resolve("corpus"));
      if (want("coldstart")) coldStart(config, home, work.resolve("corpus"));
      if (want("scifact") || want("synthetic")) {
        BenchData.SciFact sf = BenchData.scifact(BenchData.resolve(data));
        List<String> claims = new ArrayList<>(sf.queries().values());
        if (want("scifact")) scifact(config, sf, claims, cacheDir, work.resolve("scifact"));
        if (want("synthetic")) synthetic(config, sf, claims, cacheDir, work.resolve("synthetic"));
      }
    } finally {
      deleteTree(work);
    }
    Path dir = outDir != null ? outDir : home.resolve("bench-results");
    Files.createDirectories(dir);
    String stamp = Instant.now().toString().replace(':', '-');
    String json =
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(results);
    Files.writeString(dir.resolve("bench-" + stamp + ".json"), json);
    Files.writeString(dir.resolve("latest.json"), json);
    printTable(out);
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

  // ------------------------------------------------------------------ parts

  private void corpus(TalksbotConfig config, Path dataDir) throws Exception {
    log.println("bench: bundled corpus");
    Map<String, Object> r = new LinkedHashMap<>();
    long t0 = System.nanoTime();
    try (TalksBot bot = TalksBot.open(config.withDataDir(dataDir), IndexProgress.NONE)) {
      double secs = (System.nanoTime() - t0) / 1e9;
      var info = bot.corpusInfo();
      r.put("articles", info.articles());
      r.put("passages", info.passages());
      r.put(
          "index",
          indexing(
              info.articles(),
              info.passages(),
              secs,
              config.withDataDir(dataDir).indexDir(),
              "model load + chunk + embed + write"));
      List<String> base = new ArrayList<>();
      for (String line : resourceLines("/eval/corpus-questions.jsonl")) {
        base.add(new ObjectMapper().readTree(line).get("question").asText());
      }
      r.put("latency", latencies(bot, variants(base, questions * threads.size() + 20)));
    }
    results.put("corpus", r);
  }

  /** Distinct phrasings of the project's questions, so the query-embedding cache never answers. */
  static List<String> variants(List<String> base, int n) {
    String[] frames = {
      "%s",
      "Please tell me: %s",
      "According to the coverage, %s",
      "Quick question: %s",
      "I would like to know: %s",
      "From the news: %s",
      "Can you say %s",
      "In the reports, %s",
      "%s Thanks.",
      "Briefly: %s",
      "One more: %s",
      "Tell me %s"
    };
    List<String> out = new ArrayList<>();
    for (int i = 0; out.size() < n; i++) {
      String q = base.get(i % base.size());
      int frame = i / base.size();
      out.add(frame < frames.length ? String.format(frames[frame], q) : q + " (" + frame + ")");
    }
    return out;
  }

  private Map<String, Object> latencies(TalksBot bot, List<String> pool) throws Exception {
    Map<String, Object> out = new LinkedHashMap<>();
    int warm = Math.min(20, pool.size());
    for (String q : pool.subList(0, warm)) bot.ask(q);
    int from = warm;
    for (int t : threads) {
      int to = Math.min(pool.size(), from + questions);
      List<String> qs = pool.subList(from, to);
      from = to;
      Latency.Summary s = Latency.run(qs, t, bot::ask);
      log.printf(
          Locale.ROOT,
          "  %d askers: median %.1f ms, p95 %.1f, p99 %.1f, %.1f q/s%n",
          t,
          s.medianMs(),
          s.p95Ms(),
          s.p99Ms(),
          s.qps());
      out.put("threads_" + t, s.asMap());
    }
    return out;
  }

  private static Map<String, Object> indexing(
      long articles, long passages, double secs, Path indexDir, String what) throws IOException {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("what", what);
    m.put("articles", articles);
    m.put("passages", passages);
    m.put("seconds", Latency.r(secs));
    m.put("articles_per_s", Latency.r(articles / secs));
    m.put("passages_per_s", Latency.r(passages / secs));
    m.put("index_bytes", size(indexDir));
    m.put("index_mb", Latency.r(size(indexDir) / 1e6));
    return m;
  }

  private void scifact(
      TalksbotConfig config, BenchData.SciFact sf, List<String> claims, Path cacheDir, Path dir)
      throws Exception {
    Map<String, Object> r = new LinkedHashMap<>();
    var c = config.chunking();
    var rs = config.retrieval();
    // 1) indexing throughput, embedding included: a fresh embedder, no vector cache
    int n = indexArticles <= 0 ? sf.corpus().size() : Math.min(indexArticles, sf.corpus().size());
    log.printf(Locale.ROOT, "bench: scifact indexing %d articles with fresh embeddings...%n", n);
    Path fresh = dir.resolve("fresh");
    Embedder model = OnnxEmbedder.load(config.embedding().model());
    try (PassageIndex idx =
        new PassageIndex(
            fresh,
            model,
            new ParagraphChunker(c.targetChars(), c.maxChars()),
            rs.bm25K1(),
            rs.bm25B(),
            0.5)) {
      long t0 = System.nanoTime();
      long p = idx.rebuild(sf.corpus().subList(0, n), progress());
      r.put(
          "index_fresh",
          indexing(n, p, (System.nanoTime() - t0) / 1e9, fresh, "chunk + embed + write, no cache"));
    }
    deleteTree(fresh);
    // 2) the full corpus for serving (vectors from the evaluation cache when present)
    Path data = dir.resolve("data");
    TalksbotConfig cfg = config.withDataDir(data);
    CachingEmbedder cached =
        new CachingEmbedder(OnnxEmbedder.load(config.embedding().model()), cacheDir);
    log.printf(Locale.ROOT, "bench: scifact full index (%d vectors cached)...%n", cached.cached());
    try (PassageIndex idx =
        new PassageIndex(
            cfg.indexDir(),
            cached,
            new ParagraphChunker(c.targetChars(), c.maxChars()),
            rs.bm25K1(),
            rs.bm25B(),
            0.5)) {
      long t0 = System.nanoTime();
      long p = idx.rebuild(sf.corpus(), progress());
      r.put(
          "index_full",
          indexing(
              sf.corpus().size(),
              p,
              (System.nanoTime() - t0) / 1e9,
              cfg.indexDir(),
              "chunk + write; passage vectors from the eval cache where present"));
    }
    cached.save();
    log.println("bench: scifact latency");
    try (TalksBot bot = TalksBot.open(cfg, IndexProgress.NONE)) {
      r.put("latency", latencies(bot, claims));
    }
    deleteTree(dir);
    results.put("scifact", r);
  }

  /**
   * The synthetic large corpus: SciFact's passages (as the product chunks them) copied as
   * one-passage articles until there are {@code passages} of them. Copies keep the original title
   * and text, so their vectors come from the cache; the kNN graph then holds exact duplicates.
   */
  private void synthetic(
      TalksbotConfig config, BenchData.SciFact sf, List<String> claims, Path cacheDir, Path dir)
      throws Exception {
    var c = config.chunking();
    var rs = config.retrieval();
    ParagraphChunker chunker = new ParagraphChunker(c.targetChars(), c.maxChars());
    List<Article> base = new ArrayList<>();
    for (Article a : sf.corpus()) {
      for (Passage p : chunker.chunk(a)) {
        base.add(
            new Article(
                a.id() + "-" + p.ordinal(),
                "synthetic",
                a.title(),
                null,
                List.of(),
                null,
                null,
                p.text()));
      }
    }
    List<Article> articles = new ArrayList<>(passages);
    for (int i = 0; articles.size() < passages; i++) {
      Article b = base.get(i % base.size());
      int copy = i / base.size();
      articles.add(
          new Article(
              "syn" + copy + "-" + b.id(),
              "synthetic",
              b.title(),
              null,
              List.of(),
              null,
              null,
              b.text()));
    }
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("distinct_passage_texts", Math.min(base.size(), passages));
    Path data = dir.resolve("data");
    TalksbotConfig cfg = config.withDataDir(data);
    CachingEmbedder cached =
        new CachingEmbedder(OnnxEmbedder.load(config.embedding().model()), cacheDir);
    log.printf(
        Locale.ROOT,
        "bench: synthetic index of %d passages (%d distinct; %d vectors cached)...%n",
        articles.size(),
        base.size(),
        cached.cached());
    long p;
    try (PassageIndex idx =
        new PassageIndex(cfg.indexDir(), cached, chunker, rs.bm25K1(), rs.bm25B())) {
      long t0 = System.nanoTime();
      p = idx.rebuild(articles, progress());
      r.put(
          "index",
          indexing(
              articles.size(),
              p,
              (System.nanoTime() - t0) / 1e9,
              cfg.indexDir(),
              "chunk + write (HNSW graph, postings, stored fields); vectors of repeated texts from the cache"));
    }
    cached.save();
    r.put("passages", p);
    log.println("bench: synthetic latency");
    List<String> pool = new ArrayList<>(claims);
    java.util.Collections.reverse(pool); // other claims than the scifact part asked first
    try (TalksBot bot = TalksBot.open(cfg, IndexProgress.NONE)) {
      r.put("latency", latencies(bot, pool));
    }
    log.println("bench: synthetic peak RSS (child process)");
    r.put("serving_memory", rss(data, pool.subList(0, Math.min(100, pool.size()))));
    deleteTree(dir);
    results.put("synthetic", r);
  }

  /** Spawns a JVM (same java, same flags) that opens the index, asks, and reports VmHWM. */
  private Map<String, Object> rss(Path dataDir, List<String> qs) throws Exception {
    Path qf = Files.createTempFile("talksbot-q-", ".txt");
    Files.write(qf, qs, StandardCharsets.UTF_8);
    List<String> cmd = new ArrayList<>();
    cmd.add(ProcessHandle.current().info().command().orElse("java"));
    cmd.addAll(productFlags());
    cmd.add("-Dtalksbot.home=" + BenchData.projectHome());
    cmd.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            ServeProbe.class.getName(),
            dataDir.toString(),
            qf.toString()));
    Process proc = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String output = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    proc.waitFor(10, TimeUnit.MINUTES);
    Files.deleteIfExists(qf);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("command", String.join(" ", cmd.subList(0, cmd.size() - 4)) + " ... ServeProbe");
    for (String tok : output.strip().split("\\s+")) {
      if (tok.startsWith("VmHWM_kB="))
        m.put("peak_rss_mb", Latency.r(Long.parseLong(tok.substring(9)) / 1024.0));
      if (tok.startsWith("VmRSS_kB="))
        m.put("rss_after_mb", Latency.r(Long.parseLong(tok.substring(9)) / 1024.0));
      if (tok.startsWith("asked=")) m.put("questions_asked", Integer.parseInt(tok.substring(6)));
    }
    if (!m.containsKey("peak_rss_mb"))
      m.put("error", output.length() > 2000 ? output.substring(output.length() - 2000) : output);
    return m;
  }

  /** The launcher's JVM flags (as this process got them), without heap or agent settings. */
  static List<String> productFlags() {
    List<String> out = new ArrayList<>();
    for (String a : java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (a.startsWith("--add-modules")
          || a.startsWith("--enable-native-access")
          || a.startsWith("--sun-misc")
          || a.startsWith("-Xmx")
          || a.startsWith("-Xms")) {
        out.add(a);
      }
    }
    if (out.stream().noneMatch(a -> a.startsWith("--add-modules")))
      out.addAll(List.of("--add-modules=jdk.incubator.vector"));
    if (out.stream().noneMatch(a -> a.startsWith("--enable-native-access")))
      out.add("--enable-native-access=ALL-UNNAMED");
    return out;
  }

  /** Process start to first answer of {@code ./talksbot ask}, over a ready index. */
  private void coldStart(TalksbotConfig config, Path home, Path dataDir) throws Exception {
    Path launcher = home.resolve("talksbot");
    if (!Files.isExecutable(launcher)) {
      results.put("cold_start", Map.of("error", "launcher not found at " + launcher));
      return;
    }
    if (!Files.isDirectory(dataDir)) {
      try (TalksBot bot = TalksBot.open(config.withDataDir(dataDir), IndexProgress.NONE)) {
        bot.corpusInfo();
      }
    }
    log.println("bench: cold start (./talksbot ask, 5 runs)");
    List<Double> secs = new ArrayList<>();
    String question = "Who leads the Ukrainian delegation?";
    for (int i = 0; i < 6; i++) {
      ProcessBuilder pb =
          new ProcessBuilder(launcher.toString(), "ask", question).redirectErrorStream(true);
      pb.environment().put("TALKSBOT_DATA_DIR", dataDir.toString());
      long t0 = System.nanoTime();
      Process p = pb.start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor(5, TimeUnit.MINUTES);
      double s = (System.nanoTime() - t0) / 1e9;
      if (p.exitValue() != 0) {
        results.put("cold_start", Map.of("error", "exit " + p.exitValue() + ": " + out.strip()));
        return;
      }
      if (i > 0) secs.add(s); // the first run may still build the jar or fill the page cache
    }
    double[] sorted = secs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("command", "TALKSBOT_DATA_DIR=<ready index> ./talksbot ask \"" + question + "\"");
    m.put("runs", sorted.length);
    m.put("median_s", Latency.r(Latency.pct(sorted, 50)));
    m.put("min_s", Latency.r(sorted[0]));
    m.put("max_s", Latency.r(sorted[sorted.length - 1]));
    results.put("cold_start", m);
  }

  // ------------------------------------------------------------------ output

  @SuppressWarnings("unchecked")
  private void printTable(PrintWriter out) {
    out.println("bench (" + results.get("machine") + ")");
    out.printf(
        Locale.ROOT,
        "%-10s %-8s %8s %9s %8s %8s %8s %8s%n",
        "corpus",
        "askers",
        "asks",
        "median_ms",
        "p95_ms",
        "p99_ms",
        "mean_ms",
        "q/s");
    for (String part : List.of("corpus", "scifact", "synthetic")) {
      Map<String, Object> r = (Map<String, Object>) results.get(part);
      if (r == null || !(r.get("latency") instanceof Map)) continue;
      for (Object o : ((Map<String, Object>) r.get("latency")).values()) {
        Map<String, Object> s = (Map<String, Object>) o;
        out.printf(
            Locale.ROOT,
            "%-10s %-8s %8s %9s %8s %8s %8s %8s%n",
            part,
            s.get("threads"),
            s.get("questions"),
            s.get("median_ms"),
            s.get("p95_ms"),
            s.get("p99_ms"),
            s.get("mean_ms"),
            s.get("questions_per_s"));
      }
    }
    out.printf(
        Locale.ROOT,
        "%n%-22s %9s %9s %8s %10s %10s %9s%n",
        "indexing",
        "articles",
        "passages",
        "secs",
        "articles/s",
        "passages/s",
        "index_mb");
    for (String part : List.of("corpus", "scifact", "synthetic")) {
      Map<String, Object> r = (Map<String, Object>) results.get(part);
      if (r == null) continue;
      for (String k : List.of("index", "index_fresh", "index_full")) {
        if (!(r.get(k) instanceof Map)) continue;
        Map<String, Object> s = (Map<String, Object>) r.get(k);
        out.printf(
            Locale.ROOT,
            "%-22s %9s %9s %8s %10s %10s %9s   (%s)%n",
            part + "." + k,
            s.get("articles"),
            s.get("passages"),
            s.get("seconds"),
            s.get("articles_per_s"),
            s.get("passages_per_s"),
            s.get("index_mb"),
            s.get("what"));
      }
    }
    if (results.get("cold_start") != null)
      out.println("\ncold start: " + results.get("cold_start"));
    Map<String, Object> syn = (Map<String, Object>) results.get("synthetic");
    if (syn != null) out.println("serving memory (synthetic): " + syn.get("serving_memory"));
  }

  private IndexProgress progress() {
    long[] last = {0};
    return (done, total, p, el) -> {
      if (done == total || el - last[0] > 15_000_000_000L) {
        last[0] = el;
        log.printf(
            Locale.ROOT,
            "  indexing %d/%d articles, %d passages, %.0f s%n",
            done,
            total,
            p,
            el / 1e9);
      }
    };
  }

  private static List<String> resourceLines(String name) throws IOException {
    try (var in = BenchCommand.class.getResourceAsStream(name)) {
      if (in == null) throw new IOException(name + " not on the classpath");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .filter(l -> !l.isBlank())
          .toList();
    }
  }

  static long size(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) return 0;
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
