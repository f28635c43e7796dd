package dev.talksbot.scaleout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real OpenSearch cluster of {@code nodes} server processes on 127.0.0.1, from the zips the
 * {@code scaleout} Maven profile copies into {@code target/scaleout/} (system property {@code
 * talksbot.scaleout.dir}): the distribution is unzipped once into a cache folder there (reused by
 * later runs) and the k-NN plugin installed once; each node gets its own config, data and log
 * folders under the work dir. OpenSearch refuses to run as root, so as root the nodes run as {@code
 * nobody} (uid 65534). {@link #close()} kills every node it started, also from a JVM shutdown hook
 * when a test run is cut short.
 */
public final class OpenSearchCluster implements AutoCloseable {
  /** Heap of each node: enough for the test corpora, ~750 MB RSS per node. */
  static final String HEAP = "384m";

  /** Start-up on a busy 2-core machine: ~40 s alone, far more while others build. */
  static final Duration START_TIMEOUT = Duration.ofMinutes(5);

  /** How long a stopped node gets to exit after SIGTERM before it is killed. */
  static final Duration STOP_GRACE = Duration.ofSeconds(30);

  /** The unprivileged user the nodes run as when the tests run as root ({@code nobody}). */
  static final int NOBODY = 65534;

  static final String VERSION = System.getProperty("talksbot.opensearch.version", "3.5.0");
  static final String KNN_VERSION =
      System.getProperty("talksbot.opensearch.knn.version", VERSION + ".0");

  private static final Object INSTALL_LOCK = new Object();

  private final List<Process> processes = new ArrayList<>();
  private final List<Integer> httpPorts = new ArrayList<>();
  private final Thread hook = new Thread(this::killAll, "opensearch-cluster-stop");
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private OpenSearchCluster() {}

  /**
   * Starts {@code nodes} nodes forming one cluster and waits until its health is at least yellow
   * with every node joined.
   *
   * @param workDir per-node folders go here (created; must be on a path {@code nobody} may enter)
   */
  public static OpenSearchCluster start(Path workDir, int nodes) throws IOException {
    if (nodes < 1) throw new IllegalArgumentException("nodes must be >= 1, got " + nodes);
    long t0 = System.nanoTime();
    Path home = install();
    OpenSearchCluster c = new OpenSearchCluster();
    Runtime.getRuntime().addShutdownHook(c.hook);
    try {
      List<Integer> transport = new ArrayList<>();
      for (int i = 0; i < nodes; i++) {
        c.httpPorts.add(freePort());
        transport.add(freePort());
      }
      Files.createDirectories(workDir);
      openUp(workDir.toAbsolutePath());
      for (int i = 0; i < nodes; i++) {
        Path nodeDir = workDir.toAbsolutePath().resolve("node-" + i);
        configure(home, nodeDir, i, nodes, c.httpPorts.get(i), transport);
        c.processes.add(launch(home, nodeDir));
      }
      c.awaitHealth(nodes, START_TIMEOUT);
    } catch (IOException | RuntimeException e) {
      c.close();
      throw e;
    }
    System.err.printf(
        "OpenSearch %s: %d nodes up in %.1f s (%s)%n",
        VERSION, nodes, (System.nanoTime() - t0) / 1e9, c.hosts());
    return c;
  }

  /** The nodes' HTTP addresses, {@code http://127.0.0.1:port}, by node number. */
  public List<String> hosts() {
    return httpPorts.stream().map(p -> "http://127.0.0.1:" + p).toList();
  }

  /** Stops node {@code i} (SIGTERM, then kill) and waits for it to exit. */
  public void stopNode(int i) {
    stop(processes.get(i));
  }

  @Override
  public void close() {
    killAll();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is shutting down: the hook runs killAll
    }
  }

  private void killAll() {
    for (Process p : processes) stop(p);
  }

  private static void stop(Process p) {
    if (!p.isAlive()) return;
    p.descendants().forEach(ProcessHandle::destroy);
    p.destroy();
    try {
      if (!p.waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly().waitFor(STOP_GRACE.toSeconds(), TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  /** Polls the cluster health until every node joined and the status is yellow or green. */
  private void awaitHealth(int nodes, Duration timeout) throws IOException {
    long deadline = System.nanoTime() + timeout.toNanos();
    String last = "no answer";
    while (System.nanoTime() < deadline) {
      for (int i = 0; i < processes.size(); i++)
        if (!processes.get(i).isAlive())
          throw new IOException(
              "OpenSearch node " + i + " exited with " + processes.get(i).exitValue());
      try {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(
                        URI.create(
                            hosts().getFirst()
                                + "/_cluster/health?wait_for_nodes="
                                + nodes
                                + "&wait_for_status=yellow&timeout=5s"))
                    .timeout(Duration.ofSeconds(15))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        last = r.body();
        if (r.statusCode() == 200) return;
      } catch (IOException e) {
        last = e.toString();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while waiting for OpenSearch", e);
      }
      sleep(1000);
    }
    throw new IOException("OpenSearch not healthy within " + timeout + "; last answer: " + last);
  }

  /** The unzipped distribution with the k-NN plugin, made once and reused. */
  static Path install() throws IOException {
    synchronized (INSTALL_LOCK) {
      Path dir = Path.of(System.getProperty("talksbot.scaleout.dir", "target/scaleout"));
      Path zip = dir.resolve("opensearch-" + VERSION + ".zip");
      Path knn = dir.resolve("opensearch-knn-" + KNN_VERSION + ".zip");
      for (Path z : List.of(zip, knn))
        if (!Files.isRegularFile(z))
          throw new IOException(
              z.toAbsolutePath()
                  + " is missing: run ./mvnw -B -q dependency:copy@opensearch-dist -Pscaleout");
      Path cache = dir.toAbsolutePath().resolve("cache");
      Path home = cache.resolve("opensearch-" + VERSION);
      Path ready = cache.resolve(".ready-" + VERSION + "-knn-" + KNN_VERSION);
      if (Files.exists(ready)) return home;
      deleteTree(cache);
      Files.createDirectories(cache);
      run(cache, List.of("unzip", "-q", zip.toAbsolutePath().toString(), "-d", cache.toString()));
      var pb =
          new ProcessBuilder(
              home.resolve("bin/opensearch-plugin").toString(),
              "install",
              "--batch",
              knn.toAbsolutePath().toUri().toString());
      pb.environment().put("OPENSEARCH_JAVA_HOME", System.getProperty("java.home"));
      run(pb, cache);
      openUp(home);
      Files.createFile(ready);
      return home;
    }
  }

  private static void configure(
      Path home, Path nodeDir, int i, int nodes, int httpPort, List<Integer> transport)
      throws IOException {
    deleteTree(nodeDir);
    Path conf = nodeDir.resolve("config");
    Files.createDirectories(nodeDir.resolve("data"));
    Files.createDirectories(nodeDir.resolve("logs"));
    run(home, List.of("cp", "-r", home.resolve("config").toString(), conf.toString()));
    List<String> names = new ArrayList<>();
    List<String> seeds = new ArrayList<>();
    for (int n = 0; n < nodes; n++) {
      names.add("node-" + n);
      seeds.add("\"127.0.0.1:" + transport.get(n) + "\"");
    }
    Files.writeString(
        conf.resolve("opensearch.yml"),
        String.join(
            "\n",
            "cluster.name: talksbot-test",
            "node.name: node-" + i,
            "network.host: 127.0.0.1",
            "http.port: " + httpPort,
            "transport.port: " + transport.get(i),
            "discovery.seed_hosts: [" + String.join(", ", seeds) + "]",
            "cluster.initial_cluster_manager_nodes: [" + String.join(", ", names) + "]",
            "path.data: " + nodeDir.resolve("data"),
            "path.logs: " + nodeDir.resolve("logs"),
            // a shared test machine's disk may be fuller than the default watermarks allow
            "cluster.routing.allocation.disk.threshold_enabled: false",
            "action.auto_create_index: false",
            ""));
    Path logs = nodeDir.resolve("logs");
    Files.writeString(
        conf.resolve("jvm.options"),
        String.join(
            "\n",
            "-Xms" + HEAP,
            "-Xmx" + HEAP,
            "-XX:+UseSerialGC",
            "-Djava.io.tmpdir=${OPENSEARCH_TMPDIR}",
            "-XX:ErrorFile=" + logs.resolve("hs_err_pid%p.log"),
            "-Xlog:disable",
            "20-:--add-modules=jdk.incubator.vector",
            "21-:-javaagent:" + home.resolve("agent/opensearch-agent.jar"),
            "21-:--add-opens=java.base/java.nio=org.apache.arrow.memory.core,ALL-UNNAMED",
            "-Dorg.apache.lucene.store.MMapDirectory.sharedArenaMaxPermits=1",
            ""));
    if (isRoot()) run(home, List.of("chown", "-R", NOBODY + ":" + NOBODY, nodeDir.toString()));
  }

  private static Process launch(Path home, Path nodeDir) throws IOException {
    List<String> cmd = new ArrayList<>();
    if (isRoot())
      cmd.addAll(
          List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "--"));
    cmd.add(home.resolve("bin/opensearch").toString());
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(home.toFile());
    pb.environment().put("OPENSEARCH_JAVA_HOME", System.getProperty("java.home"));
    pb.environment().put("OPENSEARCH_PATH_CONF", nodeDir.resolve("config").toString());
    pb.environment().remove("JAVA_TOOL_OPTIONS");
    pb.redirectErrorStream(true);
    pb.redirectOutput(nodeDir.resolve("console.log").toFile());
    return pb.start();
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  /** Lets {@code nobody} enter the folder and its parents (JUnit's temp folders are 0700). */
  private static void openUp(Path dir) throws IOException {
    if (!isRoot()) return;
    for (Path p = dir.toAbsolutePath(); p != null; p = p.getParent())
      run(dir, List.of("chmod", "a+rx", p.toString()));
    run(dir, List.of("chmod", "-R", "a+rX", dir.toString()));
  }

  private static void run(Path dir, List<String> cmd) throws IOException {
    run(new ProcessBuilder(cmd), dir);
  }

  private static void run(ProcessBuilder pb, Path dir) throws IOException {
    pb.directory(dir.toFile()).redirectErrorStream(true);
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes());
    try {
      if (p.waitFor() != 0)
        throw new IOException(String.join(" ", pb.command()) + " failed: " + out.strip());
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted: " + pb.command(), e);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(java.util.Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.delete(p);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }

  private static void sleep(long millis) throws IOException {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }
}
