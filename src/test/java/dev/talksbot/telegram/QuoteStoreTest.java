package dev.talksbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.talksbot.MutableClock;
import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.db.Backend;
import dev.talksbot.db.StoreSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The quoted-passage store on a real database (SQLite file and PostgreSQL), with a clock the test
 * moves: pruning while running, expiry, one store seen by two instances, the old folder moved in.
 */
class QuoteStoreTest {
  @TempDir Path dir;
  final MutableClock clock = new MutableClock(Instant.parse("2025-06-01T10:00:00Z"));
  final List<AutoCloseable> open = new java.util.ArrayList<>();

  @AfterEach
  void closeAll() throws Exception {
    for (AutoCloseable c : open) c.close();
  }

  static QuoteStore.Entry entry(String text) {
    return new QuoteStore.Entry(
        "<b>" + text + "</b>",
        List.of(new QuoteStore.Quote(1, "a-1", "Reuters", null, "2025-05-16", null, text)));
  }

  static String key(int i) {
    return String.format("key%013d", i);
  }

  QuoteStore store(TalksbotConfig cfg, Duration maxAge, int maxEntries, int pruneEvery) {
    StoreSession db =
        StoreSession.open(
            cfg,
            Map.of(),
            QuoteStore.STORE,
            "the quoted-passage store",
            cfg.dataDir().resolve("quotes.sqlite"),
            QuoteStore.MIGRATIONS);
    open.add(db);
    return new QuoteStore(db, clock, maxAge, maxEntries, pruneEvery);
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void entriesBeyondTheCountArePrunedWhileRunningOldestFirst(Backend backend) throws IOException {
    QuoteStore store = store(backend.location(dir), Duration.ofDays(90), 3, 2);
    for (int i = 1; i <= 8; i++) {
      store.put(key(i), entry("quote " + i));
      clock.advance(Duration.ofMinutes(1));
      // never more than the count plus the writes between prunings
      assertThat(store.size()).isLessThanOrEqualTo(3 + 2);
    }
    assertThat(store.size()).isEqualTo(3); // the 8th write pruned
    assertThat(store.get(key(8)).quotes().getFirst().quote()).isEqualTo("quote 8");
    assertThat(store.get(key(6))).isNotNull();
    assertThat(store.get(key(1))).isNull();
    assertThat(store.get(key(5))).isNull();
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void entriesPastTheirAgeExpireAndArePrunedOnTheNextWriteAfterTheInterval(Backend backend)
      throws IOException {
    QuoteStore store = store(backend.location(dir), Duration.ofDays(90), 1000, 1000);
    store.put(key(1), entry("old"));
    clock.advance(Duration.ofDays(60));
    store.put(key(2), entry("newer"));
    clock.advance(Duration.ofDays(31)); // key 1 is 91 days old, key 2 is 31
    store.put(key(3), entry("new")); // more than an hour since the last pruning: prunes
    assertThat(store.size()).isEqualTo(2);
    clock.advance(Duration.ofDays(60)); // key 2 is 91 days old
    assertThat(store.size()).as("not pruned yet...").isEqualTo(2);
    assertThat(store.get(key(2))).as("...but not served past its age").isNull();
    assertThat(store.get(key(3))).isNotNull();
    store.put(key(4), entry("newest"));
    assertThat(store.size()).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void pruningIsDueByTimeEvenBelowTheWriteCount(Backend backend) throws IOException {
    QuoteStore store = store(backend.location(dir), Duration.ofDays(90), 1, 1000);
    store.put(key(1), entry("one"));
    clock.advance(Duration.ofMinutes(1));
    store.put(key(2), entry("two"));
    assertThat(store.size()).isEqualTo(2); // over the count until the next pruning is due
    clock.advance(QuoteStore.PRUNE_INTERVAL);
    store.put(key(3), entry("three"));
    assertThat(store.size()).isEqualTo(1);
    assertThat(store.get(key(3))).isNotNull();
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void anEntryWrittenByOneInstanceIsServedByAnotherAndPrunedAtStart(Backend backend)
      throws IOException {
    TalksbotConfig cfg = backend.location(dir);
    QuoteStore a = store(cfg, Duration.ofDays(90), 1000, 1000);
    a.put(key(1), entry("from A"));
    QuoteStore b = store(cfg, Duration.ofDays(90), 1000, 1000);
    assertThat(b.get(key(1)).quotes().getFirst().quote()).isEqualTo("from A");
    assertThat(b.get("not a key")).isNull();
    clock.advance(Duration.ofDays(91));
    QuoteStore c = store(cfg, Duration.ofDays(90), 1000, 1000);
    assertThat(c.size()).as("pruned when opened").isZero();
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void theFolderOfEarlierVersionsIsMovedIn(Backend backend) throws IOException {
    TalksbotConfig cfg = backend.location(dir);
    Path folder = Files.createDirectories(dir.resolve("telegram").resolve("quotes"));
    Path kept = folder.resolve(key(1) + ".json");
    Files.writeString(
        kept, new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(entry("kept")));
    Files.setLastModifiedTime(kept, FileTime.from(clock.instant().minus(Duration.ofDays(1))));
    Files.writeString(folder.resolve("junk.txt"), "x");
    try (QuoteStore q = QuoteStore.open(cfg, Map.of(), clock)) {
      assertThat(q.get(key(1)).quotes().getFirst().quote()).isEqualTo("kept");
    }
    assertThat(folder).doesNotExist();
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void badBoundsAreRefusedWithTheValue(Backend backend) {
    TalksbotConfig cfg = backend.location(dir);
    assertThatThrownBy(() -> store(cfg, Duration.ZERO, 10, 10)).hasMessageContaining("maxAge");
    assertThatThrownBy(() -> store(cfg, Duration.ofDays(1), 0, 10))
        .hasMessageContaining("maxEntries must be at least 1, got 0");
    assertThatThrownBy(() -> store(cfg, Duration.ofDays(1), 10, 0))
        .hasMessageContaining("pruneEveryWrites");
  }
}
