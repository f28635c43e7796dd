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
  public record Options(int instances, boolean reference, double messagesPerSecond) {
    public Options {
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
    List<Integer> ports = new ArrayList<>();
    for (int i = 0; i < options.instances(); i++) {
      String name = "serve" + (char) ('A' + i);
      int port = freePort();
      Path cfg = writeConfig(name, config(port, db, options.messagesPerSecond(), retrievalYaml()));
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

  /**
   * THE RETRIEVAL SEAM: extra YAML for the {@code retrieval:} section of the scaled-out instances'
   * config (not the reference's). Today nothing: each instance keeps its own Lucene index, which
   * follows the shared article store. The OpenSearch backend plugs in here (hosts of the two-node
   * cluster, index name, shards, replicas) once it exists.
   */
  static String retrievalYaml() {
    return "";
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
  }
}
