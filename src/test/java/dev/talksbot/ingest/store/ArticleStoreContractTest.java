package dev.talksbot.ingest.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.db.Backend;
import dev.talksbot.db.StateStores;
import dev.talksbot.db.StoreSession;
import dev.talksbot.ingest.Article;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * One behaviour for every backend of the article store: the same assertions on SQLite and on a real
 * PostgreSQL server.
 */
class ArticleStoreContractTest {
  @TempDir Path data;

  static final Instant T1 = SqliteArticleStoreTest.T1;
  static final Instant T2 = SqliteArticleStoreTest.T2;

  static ArticleStore open(TalksbotConfig cfg) {
    return StateStores.articles(cfg, Map.of());
  }

  static int version(ArticleStore s) throws Exception {
    if (s instanceof PostgresArticleStore p) return p.schemaVersion();
    try (var c =
            java.sql.DriverManager.getConnection("jdbc:sqlite:" + ((SqliteArticleStore) s).file());
        var st = c.createStatement();
        var rs = st.executeQuery("PRAGMA user_version")) {
      return rs.getInt(1);
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void migratesFromEmptyAndReopeningKeepsEverything(Backend backend) throws Exception {
    TalksbotConfig cfg = backend.location(data);
    StoredArticle a = SqliteArticleStoreTest.article("a1", "raw one", T1);
    StoredArticle plain =
        new StoredArticle(
            new Article("plain", null, null, null, null, null, null, "Only text."),
            " Only text.\n",
            "/tmp/elsewhere/plain.txt",
            T2);
    try (ArticleStore s = open(cfg)) {
      assertThat(s.getClass().getSimpleName()).startsWithIgnoringCase(backend.name());
      assertThat(version(s)).isEqualTo(SqliteArticleStore.MIGRATIONS.size());
      assertThat(s.count()).isZero();
      s.put(a);
      s.put(plain);
    }
    try (ArticleStore s = open(cfg)) {
      assertThat(version(s)).isEqualTo(SqliteArticleStore.MIGRATIONS.size());
      assertThat(s.get("a1")).contains(a);
      assertThat(s.get("plain")).contains(plain);
      assertThat(s.get("missing")).isEmpty();
      assertThat(s.count()).isEqualTo(2);
    }
  }

  /** The schema version before the dateline day's column. */
  static final int VERSION_WITHOUT_DATELINE_DAY = 3;

  /** An article whose dateline gives a month and day without a year (invented names). */
  static StoredArticle datelined(String id, Instant at) {
    return new StoredArticle(
        new Article(
            id,
            id + ".txt",
            "Harbour talks open",
            "Brennick Wire",
            List.of(),
            null,
            null,
            "Delegates from Lutavia met at the Wendricht lighthouse on Friday.",
            MonthDay.of(9, 19),
            null),
        "QUELLMOOR, September 19 (Brennick Wire) — Delegates from Lutavia met at the Wendricht"
            + " lighthouse on Friday.",
        "/corpus/" + id + ".txt",
        at);
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void theDatelineDaySurvivesReopeningAndRewriting(Backend backend) {
    TalksbotConfig cfg = backend.location(data);
    StoredArticle q = datelined("q", T1);
    try (ArticleStore s = open(cfg)) {
      s.put(q);
    }
    try (ArticleStore s = open(cfg)) {
      assertThat(s.get("q")).contains(q);
      assertThat(s.get("q").orElseThrow().article().datelineDay()).isEqualTo(MonthDay.of(9, 19));
      // a new version without a dateline day clears it
      s.put(
          new StoredArticle(
              new Article("q", "q.txt", null, null, null, null, null, "Plain text now."),
              "raw, corrected",
              "/corpus/q.txt",
              T2));
      assertThat(s.get("q").orElseThrow().article().datelineDay()).isNull();
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aStoreFromBeforeTheDatelineDayIsMigratedAndKeepsItsArticles(Backend backend)
      throws Exception {
    TalksbotConfig cfg = backend.location(data);
    try (StoreSession old = openAtVersion(cfg, VERSION_WITHOUT_DATELINE_DAY)) {
      old.tx(
          () ->
              old.update(
                  "INSERT INTO article (id, origin, raw, source, title, outlet, authors, date,"
                      + " url, text, arrived_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                  "old",
                  "/corpus/old.txt",
                  "raw old",
                  "old.txt",
                  "Castrovia votes",
                  null,
                  "Ana Brennick",
                  "2025-08-14",
                  null,
                  "Castrovia voted on Sunday.",
                  T1));
    }
    try (ArticleStore s = open(cfg)) {
      assertThat(version(s)).isEqualTo(SqliteArticleStore.MIGRATIONS.size());
      Article old = s.get("old").orElseThrow().article();
      assertThat(old)
          .isEqualTo(
              new Article(
                  "old",
                  "old.txt",
                  "Castrovia votes",
                  null,
                  List.of("Ana Brennick"),
                  LocalDate.of(2025, 8, 14),
                  null,
                  "Castrovia voted on Sunday."));
      assertThat(old.datelineDay()).isNull();
      s.put(datelined("q", T2));
      assertThat(s.get("q")).contains(datelined("q", T2));
      assertThat(s.all()).extracting(StoredArticle::id).containsExactly("old", "q");
    }
  }

  /** The schema version before the dateline place's column. */
  static final int VERSION_WITHOUT_DATELINE_PLACE = 4;

  /** An article whose dateline gives its place and a month and day (invented names). */
  static StoredArticle placed(String id, Instant at) {
    StoredArticle d = datelined(id, at);
    return new StoredArticle(
        d.article().withDatelinePlace("Quellmoor"), d.raw(), d.origin(), d.arrivedAt());
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void theDatelinePlaceSurvivesReopeningAndRewriting(Backend backend) {
    TalksbotConfig cfg = backend.location(data);
    StoredArticle q = placed("q", T1);
    try (ArticleStore s = open(cfg)) {
      s.put(q);
    }
    try (ArticleStore s = open(cfg)) {
      assertThat(s.get("q")).contains(q);
      assertThat(s.get("q").orElseThrow().article().datelinePlace()).isEqualTo("Quellmoor");
      // a new version without a dateline place clears it
      s.put(datelined("q", T2));
      assertThat(s.get("q").orElseThrow().article().datelinePlace()).isNull();
      assertThat(s.get("q").orElseThrow().article().datelineDay()).isEqualTo(MonthDay.of(9, 19));
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aStoreFromBeforeTheDatelinePlaceIsMigratedAndKeepsItsArticles(Backend backend)
      throws Exception {
    TalksbotConfig cfg = backend.location(data);
    try (StoreSession old = openAtVersion(cfg, VERSION_WITHOUT_DATELINE_PLACE)) {
      old.tx(
          () ->
              old.update(
                  "INSERT INTO article (id, origin, raw, source, title, outlet, authors, date,"
                      + " url, text, arrived_at, dateline_day) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                  "old",
                  "/corpus/old.txt",
                  "raw old",
                  "old.txt",
                  "Castrovia votes",
                  null,
                  "",
                  null,
                  null,
                  "Castrovia voted on Sunday.",
                  T1,
                  "--09-19"));
    }
    try (ArticleStore s = open(cfg)) {
      assertThat(version(s)).isEqualTo(SqliteArticleStore.MIGRATIONS.size());
      Article old = s.get("old").orElseThrow().article();
      assertThat(old.datelineDay()).isEqualTo(MonthDay.of(9, 19));
      assertThat(old.datelinePlace()).isNull();
      s.put(placed("q", T2));
      assertThat(s.get("q")).contains(placed("q", T2));
      assertThat(s.all()).extracting(StoredArticle::id).containsExactly("old", "q");
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void rewritingKeepsTheFirstArrivalUnlessTheRawTextChanged(Backend backend) {
    try (ArticleStore s = open(backend.location(data))) {
      s.put(SqliteArticleStoreTest.article("b", "raw", T1));
      s.put(SqliteArticleStoreTest.article("a", "raw", T2));
      s.put(SqliteArticleStoreTest.article("b", "raw", T2)); // same text: first arrival kept
      assertThat(s.get("b").orElseThrow().arrivedAt()).isEqualTo(T1);
      assertThat(s.all()).extracting(StoredArticle::id).containsExactly("b", "a");
      s.put(SqliteArticleStoreTest.article("b", "raw, corrected", T2.plusSeconds(5)));
      assertThat(s.get("b").orElseThrow().arrivedAt()).isEqualTo(T2.plusSeconds(5));
      assertThat(s.all()).extracting(StoredArticle::id).containsExactly("a", "b");
      assertThat(s.count()).isEqualTo(2);
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void arrivalsAreNumberedInOrderAndReadInPages(Backend backend) {
    try (ArticleStore s = open(backend.location(data))) {
      long first = s.announce("a", "file:a.txt", T1);
      long second = s.announce("b", "url:https://news.example/b", T2);
      long third = s.announce("a", "feed:https://news.example/rss", T2);
      assertThat(first).isPositive();
      assertThat(second).isGreaterThan(first);
      assertThat(third).isGreaterThan(second);
      assertThat(s.arrivalsAfter(0, 2))
          .containsExactly(
              new Arrival(first, "a", "file:a.txt", T1),
              new Arrival(second, "b", "url:https://news.example/b", T2));
      assertThat(s.arrivalsAfter(second, 10)).extracting(Arrival::seq).containsExactly(third);
      assertThat(s.arrivalsAfter(third, 10)).isEmpty();
    }
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aSchemaFromANewerVersionIsRefused(Backend backend) throws Exception {
    TalksbotConfig cfg = backend.location(data);
    open(cfg).close();
    Backend.fakeSchemaVersion(cfg, SqliteArticleStore.fileIn(data), "articles", 7);
    assertThatThrownBy(() -> open(cfg))
        .isInstanceOf(ArticleStoreException.class)
        .hasMessageContaining(
            "schema version 7, newer than this program knows ("
                + SqliteArticleStore.MIGRATIONS.size()
                + ")");
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void twoStoresOnOneLocationSeeEachOthersWrites(Backend backend) {
    TalksbotConfig cfg = backend.location(data);
    try (ArticleStore one = open(cfg);
        ArticleStore two = open(cfg)) {
      one.put(SqliteArticleStoreTest.article("shared", "raw", T1));
      long seq = one.announce("shared", "file:shared.txt", T1);
      assertThat(two.get("shared")).isPresent();
      assertThat(two.arrivalsAfter(0, 10)).extracting(Arrival::seq).containsExactly(seq);
      assertThat(List.of(one.count(), two.count())).containsOnly(1);
    }
  }

  /**
   * PostgreSQL hands out sequence numbers at insert time, so an arrival committed later can carry a
   * smaller number than one already visible. A reader must not return the newer one alone (the
   * cursor would then skip the older one for good): it waits for arrivals still being written.
   */
  @org.junit.jupiter.api.Test
  void aReaderNeverSkipsAnArrivalCommittedLaterWithASmallerNumber() throws Exception {
    TalksbotConfig cfg = Backend.POSTGRES.location(data);
    var pool = java.util.concurrent.Executors.newSingleThreadExecutor();
    try (ArticleStore s = open(cfg);
        var slow =
            java.sql.DriverManager.getConnection(cfg.storage().url(), cfg.storage().user(), null)) {
      slow.setAutoCommit(false);
      try (var st = slow.createStatement()) {
        st.executeUpdate(
            "INSERT INTO arrival (article_id, via, arrived_at) VALUES ('older', 'file:o', 0)");
      }
      long newer = s.announce("newer", "file:n", T1);
      var read = pool.submit(() -> s.arrivalsAfter(0, 10));
      Thread.sleep(300); // the reader is now waiting (or, if it did not wait, already done)
      slow.commit();
      assertThat(read.get(10, java.util.concurrent.TimeUnit.SECONDS))
          .extracting(Arrival::articleId)
          .containsExactly("older", "newer");
      assertThat(newer).isGreaterThan(1);
    } finally {
      pool.shutdownNow();
    }
  }

  /** The article store at {@code cfg} with only its first {@code version} migrations applied. */
  private StoreSession openAtVersion(TalksbotConfig cfg, int version) throws Exception {
    return StoreSession.open(
        cfg,
        Map.of(),
        PostgresArticleStore.STORE,
        "the article store",
        SqliteArticleStore.fileIn(data),
        SqliteArticleStore.MIGRATIONS.subList(0, version));
  }
}
