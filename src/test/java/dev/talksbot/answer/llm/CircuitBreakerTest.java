package dev.talksbot.answer.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {
  final AtomicLong now = new AtomicLong();
  final CircuitBreaker cb = new CircuitBreaker("test", 3, Duration.ofSeconds(10), now::get);

  @Test
  void opensAfterConsecutiveFailuresOnly() {
    cb.failure("x");
    cb.failure("x");
    cb.success();
    cb.failure("x");
    cb.failure("x");
    assertThat(cb.allow()).isTrue();
    cb.failure("x");
    assertThat(cb.state()).isEqualTo(CircuitBreaker.State.OPEN);
    assertThat(cb.allow()).isFalse();
  }

  @Test
  void halfOpenTrialClosesOnSuccessAndReopensOnFailure() {
    for (int i = 0; i < 3; i++) cb.failure("x");
    now.addAndGet(Duration.ofSeconds(9).toNanos());
    assertThat(cb.allow()).isFalse();
    now.addAndGet(Duration.ofSeconds(2).toNanos());
    assertThat(cb.allow()).isTrue(); // the trial
    assertThat(cb.allow()).isFalse(); // only one at a time
    cb.failure("still down");
    assertThat(cb.state()).isEqualTo(CircuitBreaker.State.OPEN);
    assertThat(cb.allow()).isFalse();
    now.addAndGet(Duration.ofSeconds(11).toNanos());
    assertThat(cb.allow()).isTrue();
    cb.success();
    assertThat(cb.state()).isEqualTo(CircuitBreaker.State.CLOSED);
    assertThat(cb.allow()).isTrue();
  }
}
