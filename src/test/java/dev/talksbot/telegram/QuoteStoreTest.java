package dev.talksbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.talksbot.MutableClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quoted-passage store on a real folder, with a clock the test moves: pruning while running.
 */
class QuoteStoreTest {
  @TempDir Path dir;

  static QuoteStore.Entry entry(String text) {
    return new QuoteStore.Entry(
        "<b>" + text + "</b>",
        List.of(new QuoteStore.Quote(1, "a-1", "Reuters", null, "2025-05-16", null, text)));
  }

  static String key(int i) {
    return String.format("key%013d", i);
  }

  long files() throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(".json")).count();
    }
  }

  @Test
  void entriesBeyondTheCountArePrunedWhileRunningOldestFirst() throws IOException {
    MutableClock clock = new MutableClock(Instant.parse("2025-06-01T10:00:00Z"));
    QuoteStore store = new QuoteStore(dir, clock, Duration.ofDays(90), 3, 2);
    for (int i = 1; i <= 8; i++) {
      store.put(key(i), entry("quote " + i));
      clock.advance(Duration.ofMinutes(1));
      // never more than the count plus the writes between prunings
      assertThat(files()).isLessThanOrEqualTo(3 + 2);
    }
    assertThat(files()).isEqualTo(3); // the 8th write pruned
    assertThat(store.get(key(8)).quotes().getFirst().quote()).isEqualTo("quote 8");
    assertThat(store.get(key(6))).isNotNull();
    assertThat(store.get(key(1))).isNull();
    assertThat(store.get(key(5))).isNull();
  }

  @Test
  void entriesPastTheirAgeExpireAndArePrunedOnTheNextWriteAfterTheInterval() throws IOException {
    MutableClock clock = new MutableClock(Instant.parse("2025-06-01T10:00:00Z"));
    QuoteStore store = new QuoteStore(dir, clock, Duration.ofDays(90), 1000, 1000);
    store.put(key(1), entry("old"));
    clock.advance(Duration.ofDays(60));
    store.put(key(2), entry("newer"));
    clock.advance(Duration.ofDays(31)); // key 1 is 91 days old, key 2 is 31
    store.put(key(3), entry("new")); // more than an hour since the last pruning: prunes
    assertThat(Files.exists(dir.resolve(key(1) + ".json"))).isFalse();
    assertThat(files()).isEqualTo(2);
    clock.advance(Duration.ofDays(60)); // key 2 is 91 days old
    assertThat(Files.exists(dir.resolve(key(2) + ".json"))).isTrue(); // not pruned yet...
    assertThat(store.get(key(2))).isNull(); // ...but not served past its age
    assertThat(store.get(key(3))).isNotNull();
    store.put(key(4), entry("newest"));
    assertThat(files()).isEqualTo(2);
  }

  @Test
  void pruningIsDueByTimeEvenBelowTheWriteCount() throws IOException {
    MutableClock clock = new MutableClock(Instant.parse("2025-06-01T10:00:00Z"));
    QuoteStore store = new QuoteStore(dir, clock, Duration.ofDays(90), 1, 1000);
    store.put(key(1), entry("one"));
    clock.advance(Duration.ofMinutes(1));
    store.put(key(2), entry("two"));
    assertThat(files()).isEqualTo(2); // over the count until the next pruning is due
    clock.advance(QuoteStore.PRUNE_INTERVAL);
    store.put(key(3), entry("three"));
    assertThat(files()).isEqualTo(1);
    assertThat(store.get(key(3))).isNotNull();
  }

  @Test
  void pruningAtStartStillHappens() throws IOException {
    MutableClock clock = new MutableClock(Instant.parse("2025-06-01T10:00:00Z"));
    QuoteStore first = new QuoteStore(dir, clock, Duration.ofDays(90), 1000, 1000);
    first.put(key(1), entry("old"));
    clock.advance(Duration.ofDays(91));
    new QuoteStore(dir, clock, Duration.ofDays(90), 1000, 1000);
    assertThat(files()).isZero();
  }

  @Test
  void badBoundsAreRefusedWithTheValue() {
    MutableClock clock = new MutableClock(Instant.parse("2025-06-01T10:00:00Z"));
    assertThatThrownBy(() -> new QuoteStore(dir, clock, Duration.ZERO, 10, 10))
        .hasMessageContaining("maxAge");
    assertThatThrownBy(() -> new QuoteStore(dir, clock, Duration.ofDays(1), 0, 10))
        .hasMessageContaining("maxEntries must be at least 1, got 0");
    assertThatThrownBy(() -> new QuoteStore(dir, clock, Duration.ofDays(1), 10, 0))
        .hasMessageContaining("pruneEveryWrites");
  }
}
