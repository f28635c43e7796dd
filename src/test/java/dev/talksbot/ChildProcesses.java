package dev.talksbot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * CLI commands and {@code serve} as child JVMs on one data dir and corpus folder, their output in
 * files under {@code dir}; every process started is killed at {@link #close}.
 */
public final class ChildProcesses implements AutoCloseable {
  /** What a finished command printed. */
  public record Run(int code, String out, String err) {}

  private final Path dir;
  private final Path data;
  private final Path corpus;
  private final List<Process> started = new ArrayList<>();

  public ChildProcesses(Path dir, Path data, Path corpus) {
    this.dir = dir;
    this.data = data;
    this.corpus = corpus;
  }

  /** Starts {@code talksbot args}; with a Bot API URL and token when {@code apiUrl} is not null. */
  public Process start(String apiUrl, String token, String name, String... args)
      throws IOException {
    Map<String, String> extra = new java.util.HashMap<>();
    if (apiUrl != null) {
      extra.put("TALKSBOT_TELEGRAM_API_URL", apiUrl);
      extra.put("TELEGRAM_BOT_TOKEN", token);
    }
    return start(extra, name, args);
  }

  /** Starts {@code talksbot args} with extra environment variables. */
  public Process start(Map<String, String> extraEnv, String name, String... args)
      throws IOException {
    ProcessBuilder pb =
        new ProcessBuilder(ChildJvm.command(List.of("-Xmx512m"), "dev.talksbot.cli.Main", args));
    Map<String, String> env = pb.environment();
    env.put("TALKSBOT_DATA_DIR", data.toString());
    env.put("TALKSBOT_CORPUS_DIR", corpus.toString());
    env.remove("TALKSBOT_CONFIG");
    env.putAll(extraEnv);
    pb.redirectOutput(dir.resolve(name + ".out").toFile());
    pb.redirectError(dir.resolve(name + ".err").toFile());
    Process p = pb.start();
    synchronized (started) {
      started.add(p);
    }
    return p;
  }

  public Run finish(Process p, String name) throws Exception {
    if (!p.waitFor(240, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError(name + " did not finish; stderr: " + read(name + ".err"));
    }
    return new Run(p.exitValue(), read(name + ".out"), read(name + ".err"));
  }

  /** Runs a CLI command to its end. */
  public Run cli(String name, String... args) throws Exception {
    return finish(start(null, null, name, args), name);
  }

  /** Starts {@code serve} and waits until it says it is serving. */
  public Process serve(String apiUrl, String token, String name) throws Exception {
    return awaitServing(start(apiUrl, token, name, "serve"), name);
  }

  /** Waits until a started {@code serve} says it is serving. */
  public Process awaitServing(Process p, String name) throws Exception {
    waitFor(
        "the server to start (" + name + ")",
        Duration.ofSeconds(180),
        () -> {
          if (!p.isAlive()) throw new AssertionError("serve exited: " + quiet(name + ".err"));
          return quiet(name + ".err").contains("talksbot: serving as @");
        });
    return p;
  }

  public String read(String file) throws IOException {
    Path f = dir.resolve(file);
    return Files.exists(f) ? Files.readString(f, StandardCharsets.UTF_8) : "";
  }

  public String quiet(String file) {
    try {
      return read(file);
    } catch (IOException e) {
      return "";
    }
  }

  public static void waitFor(String what, Duration timeout, BooleanSupplier p) throws Exception {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!p.getAsBoolean()) {
      if (System.nanoTime() > deadline) throw new AssertionError("timed out waiting for " + what);
      Thread.sleep(50);
    }
  }

  @Override
  public void close() {
    synchronized (started) {
      started.forEach(Process::destroyForcibly);
    }
  }
}
