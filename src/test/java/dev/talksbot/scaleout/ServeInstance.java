package dev.talksbot.scaleout;

import dev.talksbot.ChildProcesses;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One {@code ./talksbot serve} child JVM in webhook mode with its own data dir and config file; its
 * output goes to {@code <name>.out/.err} in the test folder. {@link #close} kills it (and any CLI
 * command started next to it).
 */
public final class ServeInstance implements AutoCloseable {
  /** The line {@code serve} prints on stderr once it takes updates. */
  static final String SERVING = "talksbot: serving as @";

  private final String name;
  private final int port;
  private final Path config;
  private final ChildProcesses children;
  private final long startNanos;
  private final Process process;
  private volatile Duration startup;

  private ServeInstance(
      String name,
      int port,
      Path config,
      ChildProcesses children,
      long startNanos,
      Process process) {
    this.name = name;
    this.port = port;
    this.config = config;
    this.children = children;
    this.startNanos = startNanos;
    this.process = process;
  }

  /**
   * Starts {@code serve} (does not wait): data dir {@code dir/name}, corpus folder {@code corpus},
   * the config file, and the Bot API/token/secret variables in {@code env}.
   */
  static ServeInstance start(
      Path dir, Path corpus, String name, int port, Path config, Map<String, String> env)
      throws Exception {
    ChildProcesses children = new ChildProcesses(dir, dir.resolve(name), corpus);
    Map<String, String> all = new HashMap<>(env);
    all.put("TALKSBOT_CONFIG", config.toString());
    long t0 = System.nanoTime();
    try {
      Process p = children.start(all, name, "serve");
      return new ServeInstance(name, port, config, children, t0, p);
    } catch (Exception e) {
      children.close();
      throw e;
    }
  }

  public String name() {
    return name;
  }

  /** The webhook port on 127.0.0.1. */
  public int port() {
    return port;
  }

  /** From starting the JVM to the "serving" line (null before it was seen). */
  public Duration startup() {
    return startup;
  }

  public boolean alive() {
    return process.isAlive();
  }

  /** True once serving; fails when the process died first. Records the start-up time. */
  boolean pollServing() {
    if (startup != null) return true;
    String err = children.quiet(name + ".err");
    if (err.contains(SERVING)) {
      startup = Duration.ofNanos(System.nanoTime() - startNanos);
      return true;
    }
    if (!process.isAlive()) {
      throw new AssertionError(name + " exited before serving: " + tail(err));
    }
    return false;
  }

  /** Runs a CLI command next to this instance (its data dir and config) to its end. */
  public ChildProcesses.Run cli(String runName, String... args) throws Exception {
    return children.finish(
        children.start(Map.of("TALKSBOT_CONFIG", config.toString()), runName, args), runName);
  }

  /** kill -9 (SIGKILL: no shutdown hook runs, nothing is handed back), and waits for the end. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new AssertionError(name + " still alive 30 s after SIGKILL");
    }
  }

  /** What the instance wrote on stderr (its log), the last part. */
  public String logTail() {
    return tail(children.quiet(name + ".err"));
  }

  private static String tail(String s) {
    return s.length() <= 4000 ? s : "…" + s.substring(s.length() - 4000);
  }

  @Override
  public void close() {
    children.close();
  }
}
