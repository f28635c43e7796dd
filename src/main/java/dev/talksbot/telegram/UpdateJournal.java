package dev.talksbot.telegram;

import dev.talksbot.db.Sqlite;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Every update the bot took from Telegram, kept until it has been handled, so a process that dies
 * (even by {@code kill -9}) between taking an update and answering it answers it after the restart,
 * and an update Telegram delivers twice is handled once. An update is written here before Telegram
 * is told it was received (the next {@code getUpdates} offset, or the webhook's 200), and marked
 * done once its handling ended; so at most the updates being answered at the moment of a crash are
 * answered again. Handled entries are kept for {@link #KEEP_DONE} to recognise re-deliveries. In
 * its own SQLite file per bot, {@code <dataDir>/telegram/updates-<bot id>.sqlite}.
 */
public final class UpdateJournal implements AutoCloseable {
  /** How long a handled update is remembered (Telegram keeps undelivered updates 24 hours). */
  static final Duration KEEP_DONE = Duration.ofHours(25);

  /** Handled entries are pruned once per this many recorded updates. */
  static final int PRUNE_EVERY = 500;

  static final List<String[]> MIGRATIONS =
      List.<String[]>of(
          new String[] {
            """
        CREATE TABLE journal (
          update_id INTEGER PRIMARY KEY,
          body TEXT NOT NULL,
          done INTEGER NOT NULL DEFAULT 0,
          received_at INTEGER NOT NULL)""",
            "CREATE INDEX journal_open ON journal(done, update_id)"
          });

  /** An update not yet handled, as it arrived (JSON). */
  public record Entry(long updateId, String body) {}

  private final Connection c;
  private final Path file;
  private final Clock clock;
  private int sincePrune;

  private UpdateJournal(Connection c, Path file, Clock clock) {
    this.c = c;
    this.file = file;
    this.clock = clock;
  }

  /** One journal per bot: update ids are the bot's own. */
  public static Path fileIn(Path dataDir, long botId) {
    return dataDir.resolve("telegram").resolve("updates-" + botId + ".sqlite");
  }

  public static UpdateJournal openIn(Path dataDir, long botId, Clock clock) {
    Path f = fileIn(dataDir, botId);
    try {
      Connection c = Sqlite.open(f);
      try {
        Sqlite.migrate(c, "the update journal", f, MIGRATIONS);
      } catch (SQLException | RuntimeException e) {
        c.close();
        throw e;
      }
      return new UpdateJournal(c, f, clock);
    } catch (SQLException | IOException e) {
      throw new IllegalStateException(
          "cannot open the update journal " + f + ": " + e.getMessage(), e);
    }
  }

  /**
   * Records an update before it is handled. False when it was seen before (a re-delivery, or one
   * already waiting): it must not be handled again.
   */
  public synchronized boolean record(long updateId, String body) {
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO journal(update_id, body, received_at) VALUES (?,?,?)"
                + " ON CONFLICT(update_id) DO NOTHING")) {
      p.setLong(1, updateId);
      p.setString(2, body);
      p.setLong(3, clock.millis());
      boolean fresh = p.executeUpdate() == 1;
      if (fresh && ++sincePrune >= PRUNE_EVERY) prune();
      return fresh;
    } catch (SQLException e) {
      throw failure("record update " + updateId, e);
    }
  }

  /** Marks an update handled (answered, or given up on with a logged reason). */
  public synchronized void done(long updateId) {
    try (PreparedStatement p =
        c.prepareStatement("UPDATE journal SET done = 1, body = '' WHERE update_id = ?")) {
      p.setLong(1, updateId);
      p.executeUpdate();
    } catch (SQLException e) {
      throw failure("mark update " + updateId + " done", e);
    }
  }

  /**
   * Forgets an update that could not be queued (the webhook answered 503: Telegram sends it again).
   */
  public synchronized void forget(long updateId) {
    try (PreparedStatement p =
        c.prepareStatement("DELETE FROM journal WHERE update_id = ? AND done = 0")) {
      p.setLong(1, updateId);
      p.executeUpdate();
    } catch (SQLException e) {
      throw failure("forget update " + updateId, e);
    }
  }

  /** The updates taken but not handled (a previous process stopped first), oldest first. */
  public synchronized List<Entry> unfinished() {
    try (PreparedStatement p =
            c.prepareStatement(
                "SELECT update_id, body FROM journal WHERE done = 0 ORDER BY update_id");
        ResultSet rs = p.executeQuery()) {
      List<Entry> out = new ArrayList<>();
      while (rs.next()) out.add(new Entry(rs.getLong(1), rs.getString(2)));
      return out;
    } catch (SQLException e) {
      throw failure("read unfinished updates", e);
    }
  }

  /** The highest update id seen, or 0: where polling resumes after a restart. */
  public synchronized long lastUpdateId() {
    try (PreparedStatement p = c.prepareStatement("SELECT max(update_id) FROM journal");
        ResultSet rs = p.executeQuery()) {
      return rs.next() ? rs.getLong(1) : 0;
    } catch (SQLException e) {
      throw failure("read the last update id", e);
    }
  }

  private void prune() throws SQLException {
    sincePrune = 0;
    long before = clock.millis() - KEEP_DONE.toMillis();
    long last = lastUpdateId(); // the newest entry stays: polling resumes after it
    try (PreparedStatement p =
        c.prepareStatement(
            "DELETE FROM journal WHERE done = 1 AND received_at < ? AND update_id < ?")) {
      p.setLong(1, before);
      p.setLong(2, last);
      p.executeUpdate();
    }
  }

  private IllegalStateException failure(String what, SQLException e) {
    return new IllegalStateException(
        "cannot " + what + " in the update journal " + file + ": " + e.getMessage(), e);
  }

  @Override
  public synchronized void close() {
    try {
      c.close();
    } catch (SQLException e) {
      throw failure("close", e);
    }
  }
}
