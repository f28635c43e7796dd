package dev.talksbot.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A process that exits while the embedding model is still loading on its background thread waits
 * for the load to end: ONNX Runtime closes its environment in a shutdown hook, and a session still
 * being set up then crashed the JVM (SIGSEGV, exit code 134 and a crash log in the working folder)
 * when `ingest` refused an internal address or `ask` met a configuration error at once.
 */
class LoadEndAtExitTest {
  /** Starts a load that takes a while and exits at once with code 1, as a refused command does. */
  public static void main(String[] args) throws Exception {
    Path marker = Path.of(args[0]);
    boolean signalled = args.length > 1; // stopped from outside by SIGTERM, as Ctrl-C would
    if (signalled) dev.talksbot.cli.Main.exitOnSignal("TERM", 143);
    LazyEmbedder.started(
        "slow",
        4,
        () -> {
          try {
            Thread.sleep(1500);
            Files.writeString(marker, "loaded");
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
          return null;
        });
    if (signalled) {
      System.out.println("loading");
      System.out.flush();
      Thread.sleep(60_000); // the test stops it first
    }
    dev.talksbot.cli.Main.exit(1); // as every command ends
  }

  /** Starts this class's main in a child JVM in {@code dir}. */
  private static Process child(Path dir, String... args) throws Exception {
    List<String> cmd = new java.util.ArrayList<>();
    cmd.add(ProcessHandle.current().info().command().orElse("java"));
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path")));
    cmd.add(LoadEndAtExitTest.class.getName());
    cmd.addAll(List.of(args));
    return new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
  }

  @Test
  void aSigtermWaitsForTheLoadToEnd(@TempDir Path dir) throws Exception {
    Path marker = dir.resolve("loaded");
    Process p = child(dir, marker.toString(), "signalled");
    var out = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream()));
    assertThat(out.readLine()).isEqualTo("loading");
    p.destroy(); // SIGTERM while the load is under way
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).isEqualTo(143);
    assertThat(marker).as("the load ended before the process did").exists();
  }

  @Test
  void anEarlyExitWaitsForTheLoadToEnd(@TempDir Path dir) throws Exception {
    Path marker = dir.resolve("loaded");
    Process p = child(dir, marker.toString());
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String out = new String(p.getInputStream().readAllBytes());
    assertThat(p.exitValue()).as(out).isEqualTo(1);
    assertThat(marker).as("the load ended before the process did").exists();
  }
}
