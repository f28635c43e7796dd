package dev.talksbot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.talksbot.answer.Answer;
import dev.talksbot.answer.Citation;
import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.db.StoreSession;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * 👍/👎 on answers ({@code telegram.feedback: true}), in SQLite under the data dir or the shared
 * PostgreSQL database ({@code storage}): each answer shown with the buttons (question, answer text,
 * citations as JSON), and one vote per user per answer (a second press replaces the first).
 */
public final class FeedbackStore implements AutoCloseable {
  /** Schema migrations; index i upgrades from version i to i+1. Never edit one; append. */
  static final List<String[]> MIGRATIONS =
      List.<String[]>of(
          new String[] {
            "CREATE TABLE answers (key TEXT PRIMARY KEY, question TEXT, answer TEXT NOT NULL,"
                + " citations TEXT NOT NULL, answerer TEXT, created TEXT NOT NULL)",
            "CREATE TABLE votes (answer_key TEXT NOT NULL REFERENCES answers(key),"
                + " user_id INTEGER NOT NULL, vote INTEGER NOT NULL CHECK (vote IN (-1, 1)),"
                + " at TEXT NOT NULL, PRIMARY KEY (answer_key, user_id))"
          });

  private static final ObjectMapper JSON = new ObjectMapper();

  /** A press on a feedback button. */
  public enum Vote {
    UP(1),
    DOWN(-1);

    final int value;

    Vote(int value) {
      this.value = value;
    }
  }

  /** What a press did. */
  public enum Recorded {
    NEW,
    CHANGED,
    SAME,
    /** The answer is not in the store (expired or from another installation). */
    UNKNOWN_ANSWER
  }

  /** Vote counts. */
  public record Rates(int up, int down, int answers) {
    public Rates {
      if (up < 0 || down < 0 || answers < 0) throw new IllegalArgumentException("negative count");
    }

    public int votes() {
      return up + down;
    }
  }

  /** This store's name in PostgreSQL's {@code schema_version}. */
  public static final String STORE = "feedback";

  private final StoreSession db;
  private final Path file;
  private final Clock clock;

  private FeedbackStore(StoreSession db, Path file, Clock clock) {
    this.db = db;
    this.file = file;
    this.clock = clock;
  }

  /** The store's file inside a data dir (with {@code storage.kind: sqlite}). */
  public static Path fileIn(Path dataDir) {
    return dataDir.resolve("telegram").resolve("feedback.sqlite");
  }

  /** The store where the configuration keeps state (SQLite file or the shared PostgreSQL). */
  public static FeedbackStore open(TalksbotConfig cfg, Map<String, String> env, Clock clock) {
    Path file = fileIn(cfg.dataDir());
    return new FeedbackStore(
        StoreSession.open(
            cfg, env, STORE, "the feedback store", file, MIGRATIONS, "foreign_keys = ON"),
        cfg.storage().postgres() ? null : file,
        clock);
  }

  /** The SQLite file, or null when the store is in PostgreSQL. */
  public Path file() {
    return file;
  }

  /** Remembers an answer shown with the feedback buttons (again: no change). */
  public void remember(String key, Answer a) {
    ArrayNode cites = JSON.createArrayNode();
    for (Citation ci : a.citations()) {
      ObjectNode o = cites.addObject();
      o.put("n", ci.n());
      o.put("articleId", ci.articleId());
      o.put("outlet", ci.outlet());
      o.put("title", ci.title());
      o.put("date", ci.date() == null ? null : ci.date().toString());
      o.put("url", ci.url());
      o.put("quote", ci.quote());
    }
    db.tx(
        () ->
            db.update(
                "INSERT INTO answers(key, question, answer, citations, answerer, created)"
                    + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING",
                key,
                a.question(),
                a.text(),
                cites.toString(),
                a.answerer(),
                clock.instant().toString()));
  }

  /** Whether an answer was shown with the feedback buttons. */
  public boolean known(String key) {
    return db.read(() -> db.count("SELECT COUNT(*) FROM answers WHERE key = ?", key)) > 0;
  }

  /** Records a user's vote on an answer; a second vote replaces the first. */
  public Recorded vote(String key, long userId, Vote vote) {
    Objects.requireNonNull(vote, "vote");
    return db.tx(
        () -> {
          if (db.count("SELECT COUNT(*) FROM answers WHERE key = ?", key) == 0) {
            return Recorded.UNKNOWN_ANSWER;
          }
          List<Integer> before =
              db.query(
                  "SELECT vote FROM votes WHERE answer_key = ? AND user_id = ?",
                  rs -> rs.getInt(1),
                  key,
                  userId);
          if (!before.isEmpty() && before.getFirst() == vote.value) return Recorded.SAME;
          db.update(
              "INSERT INTO votes(answer_key, user_id, vote, at) VALUES (?, ?, ?, ?)"
                  + " ON CONFLICT (answer_key, user_id) DO UPDATE SET vote = excluded.vote,"
                  + " at = excluded.at",
              key,
              userId,
              vote.value,
              clock.instant().toString());
          return before.isEmpty() ? Recorded.NEW : Recorded.CHANGED;
        });
  }

  /** Counts of 👍 and 👎 and of answers voted on. */
  public Rates rates() {
    return db.read(
        () ->
            db.query(
                    "SELECT COALESCE(SUM(CASE WHEN vote = 1 THEN 1 ELSE 0 END), 0),"
                        + " COALESCE(SUM(CASE WHEN vote = -1 THEN 1 ELSE 0 END), 0),"
                        + " COUNT(DISTINCT answer_key) FROM votes",
                    rs -> new Rates(rs.getInt(1), rs.getInt(2), rs.getInt(3)))
                .getFirst());
  }

  /** One vote with its answer, as exported. */
  private record Row(
      String key,
      String question,
      String answer,
      String citations,
      String answerer,
      long userId,
      int vote,
      String at) {}

  /**
   * Writes one JSON object per vote (question, answer, citations, vote, user, time), oldest first;
   * returns how many.
   */
  public int export(Writer out) throws IOException {
    List<Row> rows =
        db.read(
            () ->
                db.query(
                    "SELECT a.key, a.question, a.answer, a.citations, a.answerer, v.user_id,"
                        + " v.vote, v.at FROM votes v JOIN answers a ON a.key = v.answer_key"
                        + " ORDER BY v.at, a.key, v.user_id",
                    rs ->
                        new Row(
                            rs.getString(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getLong(6),
                            rs.getInt(7),
                            rs.getString(8))));
    for (Row r : rows) {
      ObjectNode o = JSON.createObjectNode();
      o.put("answerKey", r.key());
      o.put("question", r.question());
      o.put("answer", r.answer());
      o.set("citations", JSON.readTree(r.citations()));
      o.put("answerer", r.answerer());
      o.put("userId", r.userId());
      o.put("vote", r.vote() > 0 ? "up" : "down");
      o.put("at", r.at());
      out.write(JSON.writeValueAsString(o));
      out.write('\n');
    }
    return rows.size();
  }

  @Override
  public void close() {
    db.close();
  }
}
