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
 * for the load to end: ONNX Runtime crashed the JVM (SIGSEGV in its session setup, exit code 134
 * and a crash log in the working folder) when `ingest` refused an internal address at once.
 */
class LoadEndAtExitTest {
  /** Starts a load that takes a while and exits at once with code 1, as a refused command does. */
  public static void main(String[] args) throws Exception {
    Path marker = Path.of(args[0]);
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
    System.exit(1);
  }

  @Test
  void anEarlyExitWaitsForTheLoadToEnd(@TempDir Path dir) throws Exception {
    Path marker = dir.resolve("loaded");
    String java = ProcessHandle.current().info().command().orElse("java");
    Process p =
        new ProcessBuilder(
                List.of(
                    java,
                    "-cp",
                    System.getProperty("java.class.path"),
                    LoadEndAtExitTest.class.getName(),
                    marker.toString()))
            .redirectErrorStream(true)
            .start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String out = new String(p.getInputStream().readAllBytes());
    assertThat(p.exitValue()).as(out).isEqualTo(1);
    assertThat(marker).as("the load ended before the process did").exists();
  }
}
