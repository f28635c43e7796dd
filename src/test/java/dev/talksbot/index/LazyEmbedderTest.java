package dev.talksbot.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyEmbedderTest {
  /** A tiny real embedder: the text's length in the first coordinate. */
  static final class LengthEmbedder implements Embedder {
    @Override
    public String name() {
      return "length";
    }

    @Override
    public int dimension() {
      return 2;
    }

    @Override
    public float[] embedQuery(String text) {
      return new float[] {text.length(), 1};
    }

    @Override
    public float[] embedPassage(String text) {
      return new float[] {text.length(), 0};
    }
  }

  @Test
  void aDeferredModelIsNeverLoadedUnlessSomethingIsEmbedded() {
    AtomicInteger loads = new AtomicInteger();
    LazyEmbedder e =
        LazyEmbedder.deferred(
            "length",
            2,
            () -> {
              loads.incrementAndGet();
              return new LengthEmbedder();
            });
    assertThat(e.name()).isEqualTo("length");
    assertThat(e.dimension()).isEqualTo(2);
    assertThat(e.loadStarted()).isFalse();
    assertThat(loads).hasValue(0);
    assertThat(e.embedQuery("abc")).containsExactly(3f, 1f);
    assertThat(e.embedPassages(List.of("a", "bb"))).hasSize(2);
    assertThat(loads).hasValue(1);
  }

  @Test
  void aStartedModelLoadsOnAnotherThreadWhileTheCallerWorks() throws Exception {
    CountDownLatch loading = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    LazyEmbedder e =
        LazyEmbedder.started(
            "length",
            2,
            () -> {
              loading.countDown();
              try {
                release.await();
              } catch (InterruptedException ex) {
                throw new IllegalStateException(ex);
              }
              return new LengthEmbedder();
            });
    // the load runs without anyone asking for a vector
    assertThat(loading.await(10, TimeUnit.SECONDS)).isTrue();
    release.countDown();
    assertThat(e.embedPassage("abcd")).containsExactly(4f, 0f);
  }

  @Test
  void aFailedLoadSurfacesAsItsOwnExceptionOnUse() {
    LazyEmbedder e =
        LazyEmbedder.started(
            "broken",
            2,
            () -> {
              throw new IllegalStateException("cannot load the ONNX model x");
            });
    assertThatThrownBy(() -> e.embedQuery("q"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("cannot load the ONNX model x");
  }

  @Test
  void anUnknownModelNameIsRefusedAtOnceWithTheKnownNames() {
    assertThatThrownBy(() -> OnnxEmbedder.loadWhenUsed("nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nope")
        .hasMessageContaining(OnnxEmbedder.BGE_SMALL);
  }

  @Test
  void awaitingTheLoadsEndReturnsOnlyOnceItHasEndedAndTheLoadRunsOnADaemonThread()
      throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    java.util.concurrent.CompletableFuture<Thread> ranOn =
        new java.util.concurrent.CompletableFuture<>();
    LazyEmbedder e =
        LazyEmbedder.started(
            "length",
            2,
            () -> {
              ranOn.complete(Thread.currentThread());
              try {
                assertThat(release.await(30, TimeUnit.SECONDS)).isTrue();
              } catch (InterruptedException ex) {
                throw new IllegalStateException(ex);
              }
              return new LengthEmbedder();
            });
    var waited = java.util.concurrent.CompletableFuture.runAsync(() -> LazyEmbedder.awaitLoads(30));
    Thread.sleep(50);
    assertThat(waited).isNotDone();
    release.countDown();
    waited.get(30, TimeUnit.SECONDS);
    assertThat(ranOn.get(1, TimeUnit.SECONDS).isDaemon()).isTrue();
    assertThat(e.embedQuery("abc")[0]).isEqualTo(3f);
  }

  @Test
  void awaitingTheEndOfAFailedOrNeverStartedLoadReturns() {
    LazyEmbedder broken =
        LazyEmbedder.started(
            "length",
            2,
            () -> {
              throw new IllegalStateException("model file damaged");
            });
    LazyEmbedder.awaitLoads(30); // returns: the load ended, if badly
    assertThatThrownBy(() -> broken.embedQuery("q")).hasMessage("model file damaged");
    LazyEmbedder idle = LazyEmbedder.deferred("length", 2, LengthEmbedder::new);
    LazyEmbedder.awaitLoads(30); // a load never started holds nothing
    assertThat(idle.loadStarted()).isFalse();
  }
}
