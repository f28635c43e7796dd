package dev.talksbot.ingest.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.talksbot.ingest.Article;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The article store on a real SQLite file: what goes in comes back, writes are idempotent. */
class SqliteArticleStoreTest {
  @TempDir Path data;

  static final Instant T1 = Instant.parse("2025-08-14T09:30:00Z");
  static final Instant T2 = Instant.parse("2025-08-15T10:00:00Z");

  static StoredArticle article(String id, String raw, Instant at) {
    return new StoredArticle(
        new Article(
            id,
            "https://news.example/" + id,
            "A title",
            "Some Outlet",
            List.of("Ana Petrova", "Ivan Horak"),
            LocalDate.parse("2025-08-14"),
            "https://news.example/" + id,
            "Cleaned text of " + id + "."),
        raw,
        "https://news.example/" + id,
        at);
  }

  @Test
  void everyFieldSurvivesReopeningTheFile() {
    StoredArticle a = article("url_1", "<html><p>Raw page</p></html>", T1);
    StoredArticle bare =
        new StoredArticle(
            new Article("plain", null, null, null, null, null, null, "Only text."),
            " Only text.\n",
            "/tmp/elsewhere/plain.txt",
            T2);
    try (SqliteArticleStore s = SqliteArticleStore.openIn(data)) {
      s.put(a);
      s.put(bare);
    }
    try (SqliteArticleStore s = SqliteArticleStore.openIn(data)) {
      assertThat(s.file()).isEqualTo(data.resolve("articles").resolve("articles.sqlite"));
      assertThat(s.count()).isEqualTo(2);
      assertThat(s.get("url_1")).contains(a);
      assertThat(s.get("plain")).contains(bare);
      assertThat(s.get("missing")).isEmpty();
      assertThat(s.all()).containsExactly(a, bare); // oldest arrival first
    }
  }

  @Test
  void writingTheSameArticleAgainReplacesItAndKeepsItsArrival() {
    try (SqliteArticleStore s = SqliteArticleStore.openIn(data)) {
      s.put(article("a", "raw one", T1));
      s.put(article("a", "raw one", T2)); // same raw text again: nothing changes
      assertThat(s.count()).isEqualTo(1);
      assertThat(s.get("a").orElseThrow().arrivedAt()).isEqualTo(T1);
      s.put(article("a", "raw two", T2)); // a new version replaces it
      assertThat(s.count()).isEqualTo(1);
      assertThat(s.get("a").orElseThrow().raw()).isEqualTo("raw two");
      assertThat(s.get("a").orElseThrow().arrivedAt()).isEqualTo(T2);
    }
  }

  @Test
  void aFileFromANewerProgramIsRefusedWithItsVersion() throws Exception {
    Path f = SqliteArticleStore.fileIn(data);
    SqliteArticleStore.openIn(data).close();
    try (var c = DriverManager.getConnection("jdbc:sqlite:" + f);
        Statement st = c.createStatement()) {
      st.execute("PRAGMA user_version = 99");
    }
    assertThatThrownBy(() -> SqliteArticleStore.open(f))
        .isInstanceOf(ArticleStoreException.class)
        .hasMessageContaining(f.toString())
        .hasMessageContaining("schema version 99");
  }

  @Test
  void aRecordWithoutRawTextOrOriginIsRefused() {
    Article a = new Article("x", null, null, null, null, null, null, "Text.");
    assertThatThrownBy(() -> new StoredArticle(a, " ", "/f.txt", T1))
        .hasMessage("stored article x has no raw text");
    assertThatThrownBy(() -> new StoredArticle(a, "Text.", "", T1))
        .hasMessage("stored article x has no origin");
  }
}
