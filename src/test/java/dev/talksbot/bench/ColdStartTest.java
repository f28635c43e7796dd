package dev.talksbot.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ColdStartTest {
  @TempDir Path app;

  @Test
  void theTimedRunsWaitUntilTheLaunchersAotCacheIsMade() throws Exception {
    Path recording = Files.writeString(app.resolve("talksbot-25-1.aot.conf.4242"), "recorded");
    Files.writeString(app.resolve("talksbot.jar"), "jar");
    CompletableFuture<Boolean> waited =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return ColdStart.awaitAotCache(app, 60_000);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
    Thread.sleep(300);
    assertThat(waited).isNotDone(); // still being made
    Files.delete(recording); // the launcher's background JVM is done
    assertThat(waited.get(30, TimeUnit.SECONDS)).isTrue();
  }

  @Test
  void theWaitIsBoundedAndNothingBeingMadeMeansNoWait() throws Exception {
    assertThat(ColdStart.awaitAotCache(app, 0)).isTrue();
    assertThat(ColdStart.awaitAotCache(app.resolve("missing"), 0)).isTrue();
    Files.writeString(app.resolve("talksbot-25-1.aot.conf.7"), "stuck");
    assertThat(ColdStart.awaitAotCache(app, 300)).isFalse();
  }
}
