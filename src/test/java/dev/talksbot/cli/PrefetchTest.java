package dev.talksbot.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.talksbot.config.ConfigException;
import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.index.OnnxEmbedder;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PrefetchTest {
  @AfterEach
  void nothingLeftPending() {
    Prefetch.take();
  }

  @Test
  void onlyAnAskThatWillOpenTheCoreIsPrefetched() {
    assertThat(Prefetch.wanted(List.of("ask", "Who", "leads", "the", "delegation?"))).isTrue();
    assertThat(Prefetch.wanted(List.of("ask", "--json", "Who leads?", "--explain"))).isTrue();
    assertThat(Prefetch.wanted(List.of("ask", "-"))).isTrue();
    assertThat(Prefetch.wanted(List.of("ask", "--json", "-"))).isTrue();

    assertThat(Prefetch.wanted(List.of())).isFalse();
    assertThat(Prefetch.wanted(List.of("sources"))).isFalse();
    assertThat(Prefetch.wanted(List.of("summary", "talks"))).isFalse();
    assertThat(Prefetch.wanted(List.of("ask", "--help"))).isFalse();
    assertThat(Prefetch.wanted(List.of("ask", "-h"))).isFalse();
    assertThat(Prefetch.wanted(List.of("ask", "Who?", "--bogus"))).isFalse();
    assertThat(Prefetch.wanted(List.of("ask", "--", "-x?"))).isFalse();
    assertThat(Prefetch.wanted(List.of("ask", "@questions.txt"))).isFalse();
    // a question refused before anything opens: nothing to prefetch
    assertThat(Prefetch.wanted(List.of("ask"))).isFalse();
    assertThat(Prefetch.wanted(List.of("ask", "   "))).isFalse();
    assertThat(Prefetch.wanted(List.of("ask", "x".repeat(5000)))).isFalse();
  }

  @Test
  void theLoadRunsOnItsOwnThreadAndIsTakenOnce() throws InterruptedException {
    CountDownLatch release = new CountDownLatch(1);
    Thread caller = Thread.currentThread();
    Thread[] ranOn = new Thread[1];
    TalksbotConfig cfg = TalksbotConfig.defaults();
    Prefetch.start(
        () -> {
          ranOn[0] = Thread.currentThread();
          try {
            release.await();
          } catch (InterruptedException e) {
            throw new IllegalStateException(e);
          }
          return new Prefetch.Opened(cfg, OnnxEmbedder.loadWhenUsed(cfg.embedding().model()));
        });
    release.countDown();
    Prefetch.Opened opened = Prefetch.take().orElseThrow();
    assertThat(opened.config()).isSameAs(cfg);
    assertThat(ranOn[0]).isNotSameAs(caller);
    assertThat(ranOn[0].isDaemon()).isTrue();
    assertThat(Prefetch.take()).isEmpty();
  }

  @Test
  void theLoadsFailureIsThrownAsItWasThrown() {
    ConfigException problem = new ConfigException("config/talksbot.yaml: unknown key 'x'");
    Prefetch.start(
        () -> {
          throw problem;
        });
    assertThat(catchThrowable(Prefetch::take)).isSameAs(problem);
    assertThat(Prefetch.take()).isEmpty();
  }

  @Test
  void nothingStartedMeansNothingToTake() {
    assertThat(Prefetch.take()).isEmpty();
  }
}
