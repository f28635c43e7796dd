package dev.talksbot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.talksbot.answer.Answer;
import dev.talksbot.answer.Citation;
import dev.talksbot.db.Sqlite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * 👍/👎 on answers ({@code telegram.feedback: true}), in SQLite under the data dir: each answer
 * shown with the buttons (question, answer text, citations as JSON), and one vote per user per
 * answer (a second press replaces the first).
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

  private final Connection c;
  private final Path file;
  private final Clock clock;

  private FeedbackStore(Connection c, Path file, Clock clock) {
    this.c = c;
    this.file = file;
    this.clock = clock;
  }

  /** The store's file inside a data dir. */
  public static Path fileIn(Path dataDir) {
    return dataDir.resolve("telegram").resolve("feedback.sqlite");
  }

  public static FeedbackStore openIn(Path dataDir, Clock clock) {
    Path file = fileIn(dataDir);
    try {
      Connection c =
          Sqlite.openMigrated(file, "the feedback store", MIGRATIONS, "foreign_keys = ON");
      return new FeedbackStore(c, file, clock);
    } catch (SQLException | IOException e) {
      throw new IllegalStateException(
          "cannot open the feedback store " + file + ": " + e.getMessage(), e);
    }
  }

  public Path file() {
    return file;
  }

  /** Remembers an answer shown with the feedback buttons (again: no change). */
  public synchronized void remember(String key, Answer a) {
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
    try (PreparedStatement s =
        c.prepareStatement("INSERT OR IGNORE INTO answers VALUES (?, ?, ?, ?, ?, ?)")) {
      s.setString(1, key);
      s.setString(2, a.question());
      s.setString(3, a.text());
      s.setString(4, cites.toString());
      s.setString(5, a.answerer());
      s.setString(6, clock.instant().toString());
      s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("feedback store: " + e.getMessage(), e);
    }
  }

  /** Whether an answer was shown with the feedback buttons. */
  public synchronized boolean known(String key) {
    try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM answers WHERE key = ?")) {
      s.setString(1, key);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("feedback store: " + e.getMessage(), e);
    }
  }

  /** Records a user's vote on an answer; a second vote replaces the first. */
  public synchronized Recorded vote(String key, long userId, Vote vote) {
    Objects.requireNonNull(vote, "vote");
    try {
      if (!known(key)) return Recorded.UNKNOWN_ANSWER;
      Integer before = null;
      try (PreparedStatement s =
          c.prepareStatement("SELECT vote FROM votes WHERE answer_key = ? AND user_id = ?")) {
        s.setString(1, key);
        s.setLong(2, userId);
        try (ResultSet rs = s.executeQuery()) {
          if (rs.next()) before = rs.getInt(1);
        }
      }
      if (before != null && before == vote.value) return Recorded.SAME;
      try (PreparedStatement s =
          c.prepareStatement("INSERT OR REPLACE INTO votes VALUES (?, ?, ?, ?)")) {
        s.setString(1, key);
        s.setLong(2, userId);
        s.setInt(3, vote.value);
        s.setString(4, clock.instant().toString());
        s.executeUpdate();
      }
      return before == null ? Recorded.NEW : Recorded.CHANGED;
    } catch (SQLException e) {
      throw new IllegalStateException("feedback store: " + e.getMessage(), e);
    }
  }

  /** Counts of 👍 and 👎 and of answers voted on. */
  public synchronized Rates rates() {
    try (PreparedStatement s =
            c.prepareStatement(
                "SELECT COALESCE(SUM(vote = 1), 0), COALESCE(SUM(vote = -1), 0),"
                    + " COUNT(DISTINCT answer_key) FROM votes");
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return new Rates(rs.getInt(1), rs.getInt(2), rs.getInt(3));
    } catch (SQLException e) {
      throw new IllegalStateException("feedback store: " + e.getMessage(), e);
    }
  }

  /**
   * Writes one JSON object per vote (question, answer, citations, vote, user, time), oldest first;
   * returns how many.
   */
  public synchronized int export(Writer out) throws IOException {
    int n = 0;
    try (PreparedStatement s =
            c.prepareStatement(
                "SELECT a.key, a.question, a.answer, a.citations, a.answerer, v.user_id, v.vote,"
                    + " v.at FROM votes v JOIN answers a ON a.key = v.answer_key"
                    + " ORDER BY v.at, a.key, v.user_id");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        ObjectNode o = JSON.createObjectNode();
        o.put("answerKey", rs.getString(1));
        o.put("question", rs.getString(2));
        o.put("answer", rs.getString(3));
        o.set("citations", JSON.readTree(rs.getString(4)));
        o.put("answerer", rs.getString(5));
        o.put("userId", rs.getLong(6));
        o.put("vote", rs.getInt(7) > 0 ? "up" : "down");
        o.put("at", rs.getString(8));
        out.write(JSON.writeValueAsString(o));
        out.write('\n');
        n++;
      }
    } catch (SQLException e) {
      throw new IOException("feedback store: " + e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return n;
  }

  @Override
  public synchronized void close() {
    try {
      c.close();
    } catch (SQLException e) {
      // closing: nothing left to do with it
    }
  }
}
