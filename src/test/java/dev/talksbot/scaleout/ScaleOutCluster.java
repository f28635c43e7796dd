package dev.talksbot.scaleout;

import dev.talksbot.ChildProcesses;
import dev.talksbot.TestCorpus;
import dev.talksbot.alerts.store.AlertStore;
import dev.talksbot.db.PostgresTarget;
import dev.talksbot.db.StateStores;
import dev.talksbot.db.TestPostgres;
import dev.talksbot.telegram.FakeBotApi;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The scale-out test environment: a real PostgreSQL (embedded, {@link TestPostgres}), the fake Bot
 * API, {@code instances} {@code serve} child JVMs in webhook mode (each its own data dir and Lucene
 * index, all on one database) behind a {@link RoundRobinProxy}, and optionally a single-machine
 * reference {@code serve} (SQLite state, its own index, same settings otherwise) that is posted to
 * directly. Everything on 127.0.0.1. {@link #close} stops all of it, also when start-up failed
 * half-way, and a JVM shutdown hook does the same if the test JVM ends without closing it.
 */
public final class ScaleOutCluster implements AutoCloseable {
  public static final String TOKEN = "123456:scale-out-test-token";
  public static final String SECRET = "scale-out-secret";

  /** How long all instances together may take to start on a shared 2-core machine. */
  static final Duration START_TIMEOUT = Duration.ofSeconds(240);

  /** What to start. */
  /**
   * @param openSearchNodes nodes of the OpenSearch cluster the instances retrieve from (0: each
   *     instance keeps its own Lucene index, following the shared article store)
   */
  public record Options(
      int instances, boolean reference, double messagesPerSecond, int openSearchNodes) {
    public Options {
      if (openSearchNodes < 0 || openSearchNodes > 3) {
        throw new IllegalArgumentException("openSearchNodes must be 0..3, got " + openSearchNodes);
      }
      if (instances < 1 || instances > 8) {
        throw new IllegalArgumentException("instances must be 1..8, got " + instances);
      }
      if (!(messagesPerSecond > 0)) {
        throw new IllegalArgumentException(
            "messagesPerSecond must be > 0, got " + messagesPerSecond);
      }
    }
  }

  private final Path dir;
  private final Options options;
  private final List<ServeInstance> instances = new ArrayList<>();
  private final Thread hook = new Thread(this::close, "scale-out-cleanup");
  private PostgresTarget db;
  private FakeBotApi api;
  private ServeInstance reference;
  private RoundRobinProxy proxy;
  private OpenSearchCluster search;
  private Duration searchStartup;
  private Duration clusterBuild;
  private Duration postgresStartup;
  private boolean closed;

  private ScaleOutCluster(Path dir, Options options) {
    this.dir = dir;
    this.options = options;
  }

  /** Starts everything and waits until every instance serves; on failure stops what started. */
  public static ScaleOutCluster start(Path dir, Options options) throws Exception {
    ScaleOutCluster c = new ScaleOutCluster(dir, options);
    Runtime.getRuntime().addShutdownHook(c.hook);
    try {
      c.startAll();
      return c;
    } catch (Throwable t) {
      c.close();
      throw t;
    }
  }

  private void startAll() throws Exception {
    long t0 = System.nanoTime();
    db = TestPostgres.freshDatabase();
    postgresStartup =
        TestPostgres.startTime() != null
            ? TestPostgres.startTime()
            : Duration.ofNanos(System.nanoTime() - t0);
    api = new FakeBotApi(TOKEN);
    if (options.openSearchNodes() > 0) {
      long s0 = System.nanoTime();
      search = OpenSearchCluster.start(dir.resolve("opensearch"), options.openSearchNodes());
      searchStartup = Duration.ofNanos(System.nanoTime() - s0);
    }
    // a copy of the bundled corpus: nothing the instances do can touch the project's folder
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    try (var files = Files.list(TestCorpus.corpusDir())) {
      for (Path f : files.toList()) Files.copy(f, corpus.resolve(f.getFileName()));
    }
    Map<String, String> env =
        Map.of(
            "TALKSBOT_TELEGRAM_API_URL", api.url(),
            "TELEGRAM_BOT_TOKEN", TOKEN,
            "TELEGRAM_WEBHOOK_SECRET", SECRET);
    String retrieval = retrievalYaml(search == null ? List.of() : search.hosts());
    if (search != null) buildClusterIndex(corpus, retrieval);
    List<Integer> ports = new ArrayList<>();
    for (int i = 0; i < options.instances(); i++) {
      String name = "serve" + (char) ('A' + i);
      int port = freePort();
      Path cfg = writeConfig(name, config(port, db, options.messagesPerSecond(), retrieval));
      instances.add(ServeInstance.start(dir, corpus, name, port, cfg, env));
      ports.add(port);
    }
    if (options.reference()) {
      int port = freePort();
      Path cfg = writeConfig("reference", config(port, null, options.messagesPerSecond(), ""));
      reference = ServeInstance.start(dir, corpus, "reference", port, cfg, env);
    }
    List<ServeInstance> all = new ArrayList<>(instances);
    if (reference != null) all.add(reference);
    ChildProcesses.waitFor(
        "every serve instance to start",
        START_TIMEOUT,
        () -> all.stream().filter(i -> !i.pollServing()).count() == 0);
    proxy = new RoundRobinProxy(ports);
  }

  /** Shards of the cluster's index: 2 over 2 nodes, with a replica each, as docs/scale-out.md. */
  static final int SHARDS = 2;

  /** Replicas: with one, every shard survives the loss of one node. */
  static final int REPLICAS = 1;

  /**
   * The retrieval section of the scaled-out instances' config (not the reference's): the OpenSearch
   * cluster at {@code hosts}, or nothing (each instance's own Lucene index).
   */
  static String retrievalYaml(List<String> hosts) {
    if (hosts.isEmpty()) return "";
    StringBuilder y = new StringBuilder("  backend: opensearch\n  opensearch:\n    hosts: [");
    for (int i = 0; i < hosts.size(); i++)
      y.append(i == 0 ? "" : ", ").append('"').append(hosts.get(i)).append('"');
    y.append("]\n    index: talksbot\n    shards: ").append(SHARDS);
    y.append("\n    replicas: ").append(REPLICAS).append('\n');
    return y.toString();
  }

  /**
   * Builds the cluster's index once before the instances start, as docs/scale-out.md asks (two
   * first starts on an empty cluster would each rebuild it): the test JVM opens the core with the
   * instances' storage and retrieval settings, which stores the corpus in the shared article store
   * and indexes it in the cluster.
   */
  private void buildClusterIndex(Path corpus, String retrieval) throws Exception {
    Path cfgFile = writeConfig("build-index", config(freePort(), db, 1, retrieval));
    var cfg =
        new dev.talksbot.config.ConfigLoader(
                Map.of("TALKSBOT_CONFIG", cfgFile.toString()), Path.of(""))
            .load()
            .withDataDir(dir.resolve("build-index-data"))
            .withCorpusDir(corpus);
    long t0 = System.nanoTime();
    try (var bot =
        dev.talksbot.core.TalksBot.open(
            cfg, TestCorpus.embedder(), dev.talksbot.index.IndexProgress.NONE)) {
      if (bot.index().passageCount() == 0) throw new IllegalStateException("nothing indexed");
    }
    clusterBuild = Duration.ofNanos(System.nanoTime() - t0);
  }

  /**
   * An instance's config: webhook on 127.0.0.1:port; PostgreSQL state (or SQLite when {@code db} is
   * null); no per-user flood limit (the tests ask many questions in one chat); the alert rate.
   */
  static String config(int port, PostgresTarget db, double messagesPerSecond, String retrieval) {
    StringBuilder y = new StringBuilder();
    y.append("telegram:\n  mode: webhook\n  questionsPerMinute: 0\n");
    y.append("  webhook:\n    host: 127.0.0.1\n    port: ").append(port).append('\n');
    y.append("alerts:\n  messagesPerSecond: ").append(messagesPerSecond).append('\n');
    // a failed send is retried soon (the fake Bot API does not fail here; kept short anyway)
    y.append("  retryBackoffSeconds: 1\n");
    if (db != null) {
      y.append("storage:\n  kind: postgres\n  url: \"").append(db.url()).append("\"\n");
      y.append("  user: ").append(db.user()).append('\n');
    }
    if (!retrieval.isBlank())
      y.append("retrieval:\n").append(retrieval.stripTrailing()).append('\n');
    return y.toString();
  }

  private Path writeConfig(String name, String yaml) throws Exception {
    Path f = dir.resolve(name + ".yaml");
    Files.writeString(f, yaml);
    return f;
  }

  static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  public FakeBotApi api() {
    return api;
  }

  public RoundRobinProxy proxy() {
    return proxy;
  }

  /** The scaled-out instances, in the proxy's upstream order. */
  public List<ServeInstance> instances() {
    return List.copyOf(instances);
  }

  /** The single-machine reference (SQLite), or null when not started. */
  public ServeInstance reference() {
    return reference;
  }

  public PostgresTarget database() {
    return db;
  }

  /** The OpenSearch cluster, or null when the instances keep their own Lucene indexes. */
  public OpenSearchCluster search() {
    return search;
  }

  /** How long the OpenSearch cluster took to start and the corpus to be indexed in it. */
  public Duration searchStartup() {
    return searchStartup;
  }

  public Duration clusterBuild() {
    return clusterBuild;
  }

  public Duration postgresStartup() {
    return postgresStartup;
  }

  /** The shared alerts store, opened from the test JVM (close it after use). */
  public AlertStore alertStore() {
    return StateStores.alerts(TestPostgres.config(dir.resolve("test-jvm"), db), Map.of());
  }

  /** Stops the proxy, every child process and the fake Bot API; safe to call twice. */
  @Override
  public synchronized void close() {
    if (closed) return;
    closed = true;
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException running) {
      // called from the hook itself: the JVM is exiting
    }
    if (proxy != null) proxy.close();
    for (ServeInstance i : instances) i.close();
    if (reference != null) reference.close();
    if (api != null) api.close();
    if (search != null) {
      try {
        search.close();
      } catch (Exception e) {
        System.err.println("stopping the OpenSearch cluster: " + e);
      }
    }
  }
}
