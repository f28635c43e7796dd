package dev.talksbot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.talksbot.index.Embedder;
import dev.talksbot.index.OnnxEmbedder;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class EarlyModelTest {
  /** A stand-in model: each text's vector is its length. */
  private static Embedder lengths(String name) {
    return new Embedder() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public int dimension() {
        return 1;
      }

      @Override
      public float[] embedQuery(String text) {
        return new float[] {-text.length()};
      }

      @Override
      public float[] embedPassage(String text) {
        return new float[] {text.length()};
      }
    };
  }

  @Test
  void nameAndDimensionAreKnownWhileTheModelStillLoads() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    EarlyModel m =
        EarlyModel.start(
            OnnxEmbedder.BGE_SMALL,
            name -> {
              await(release);
              return lengths(name);
            });
    assertThat(m.name()).isEqualTo(OnnxEmbedder.BGE_SMALL);
    assertThat(m.dimension())
        .isEqualTo(OnnxEmbedder.loadWhenUsed(OnnxEmbedder.BGE_SMALL).dimension());
    CompletableFuture<float[]> query = CompletableFuture.supplyAsync(() -> m.embedQuery("abc"));
    Thread.sleep(50);
    assertThat(query).isNotDone(); // embedding waits for the load
    release.countDown();
    assertThat(query.get(30, TimeUnit.SECONDS)).containsExactly(-3f);
    assertThat(m.embedPassage("abcd")).containsExactly(4f);
    assertThat(m.embedPassages(List.of("a", "ab")))
        .containsExactly(new float[] {1}, new float[] {2});
  }

  @Test
  void aFailedLoadIsThrownByEveryEmbeddingAndEndsTheWait() {
    IllegalStateException broken = new IllegalStateException("model file damaged");
    EarlyModel m =
        EarlyModel.start(
            OnnxEmbedder.BGE_SMALL,
            name -> {
              throw broken;
            });
    m.awaitLoadEnd(); // returns: the load ended, if badly
    assertThat(catchThrowable(() -> m.embedQuery("q"))).isSameAs(broken);
    assertThat(catchThrowable(() -> m.embedPassage("p"))).isSameAs(broken);
  }

  @Test
  void awaitingTheEndReturnsOnlyOnceTheLoadHasEnded() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    EarlyModel m =
        EarlyModel.start(
            OnnxEmbedder.BGE_SMALL,
            name -> {
              await(release);
              return lengths(name);
            });
    CompletableFuture<Void> waited = CompletableFuture.runAsync(m::awaitLoadEnd);
    Thread.sleep(50);
    assertThat(waited).isNotDone();
    release.countDown();
    waited.get(30, TimeUnit.SECONDS);
  }

  @Test
  void theLoadRunsOnADaemonThread() throws Exception {
    CompletableFuture<Thread> ranOn = new CompletableFuture<>();
    EarlyModel.start(
            OnnxEmbedder.BGE_SMALL,
            name -> {
              ranOn.complete(Thread.currentThread());
              return lengths(name);
            })
        .awaitLoadEnd();
    Thread t = ranOn.get(30, TimeUnit.SECONDS);
    assertThat(t).isNotSameAs(Thread.currentThread());
    assertThat(t.isDaemon()).isTrue();
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }
}
