package dev.talksbot.telegram;

import dev.talksbot.db.StoreSession;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Every update the bot took from Telegram, kept until it has been handled, so a process that dies
 * (even by {@code kill -9}) between taking an update and answering it answers it after the restart,
 * and an update Telegram delivers twice is handled once. An update is written here before Telegram
 * is told it was received (the next {@code getUpdates} offset, or the webhook's 200), and marked
 * done once its handling ended; so at most the updates being answered at the moment of a crash are
 * answered again. Handled entries are kept for {@link #KEEP_DONE} to recognise re-deliveries. Keyed
 * by bot and update id; in {@code <dataDir>/telegram/updates.sqlite}, or in the PostgreSQL state
 * database, where the insert that records an update is what lets only one of several instances
 * handle it.
 */
public final class UpdateJournal implements AutoCloseable {
  /** How long a handled update is remembered (Telegram keeps undelivered updates 24 hours). */
  static final Duration KEEP_DONE = Duration.ofHours(25);

  /** Handled entries are pruned once per this many recorded updates. */
  static final int PRUNE_EVERY = 500;

  /** This store's name in PostgreSQL's {@code schema_version}. */
  public static final String STORE = "updates";

  /** Schema migrations (SQLite dialect; translated for PostgreSQL). Never edit one; append. */
  public static final List<String[]> MIGRATIONS =
      List.<String[]>of(
          new String[] {
            """
        CREATE TABLE update_journal (
          bot_id INTEGER NOT NULL,
          update_id INTEGER NOT NULL,
          body TEXT NOT NULL,
          done INTEGER NOT NULL DEFAULT 0,
          received_at INTEGER NOT NULL,
          PRIMARY KEY (bot_id, update_id))""",
            "CREATE INDEX update_journal_open ON update_journal(bot_id, done, update_id)"
          },
          new String[] {
            // the chat (lane) of each update: answers for one chat stay in order across instances
            "ALTER TABLE update_journal ADD COLUMN lane TEXT",
            "CREATE INDEX update_journal_lane ON update_journal(bot_id, lane, done, update_id)"
          },
          new String[] {
            // who is handling an open update, and until when (renewed while it runs): an instance
            // that dies leaves its updates to whichever instance sees the lease run out
            "ALTER TABLE update_journal ADD COLUMN owner TEXT",
            "ALTER TABLE update_journal ADD COLUMN lease_until INTEGER NOT NULL DEFAULT 0"
          });

  /**
   * How long an instance holds an update it took without renewing: after this, another instance (or
   * this one after a restart) takes it over. Renewed every {@link #RENEW_EVERY} while handled.
   */
  public static final Duration LEASE = Duration.ofSeconds(20);

  /** How often an instance renews its leases and looks for updates a dead instance left. */
  public static final Duration RENEW_EVERY = Duration.ofSeconds(5);

  /** An update not yet handled, as it arrived (JSON). */
  public record Entry(long updateId, String body) {}

  private final StoreSession db;
  private final long botId;
  private final Clock clock;
  private final dev.talksbot.db.EveryN pruneTick = new dev.talksbot.db.EveryN(PRUNE_EVERY);

  /** This process's name on the updates it takes (random per process). */
  private final String owner = java.util.UUID.randomUUID().toString();

  private UpdateJournal(StoreSession db, long botId, Clock clock) {
    this.db = db;
    this.botId = botId;
    this.clock = clock;
  }

  public static Path fileIn(Path dataDir) {
    return dataDir.resolve("telegram").resolve("updates.sqlite");
  }

  /** The journal where the configuration keeps state ({@code storage}: SQLite or PostgreSQL). */
  public static UpdateJournal open(
      dev.talksbot.config.TalksbotConfig cfg,
      java.util.Map<String, String> env,
      long botId,
      Clock clock) {
    StoreSession s =
        StoreSession.open(cfg, env, STORE, "the update journal", fileIn(cfg.dataDir()), MIGRATIONS);
    return new UpdateJournal(s, botId, clock);
  }

  /**
   * Records an update before it is handled. False when it was seen before (a re-delivery, one
   * already waiting, or one another instance took): it must not be handled again.
   */
  public boolean record(long updateId, String body) {
    return record(updateId, null, body);
  }

  /** As {@link #record(long, String)}, for an update of a chat ({@code lane}, null for none). */
  public boolean record(long updateId, String lane, String body) {
    boolean fresh =
        db.tx(
            () ->
                db.update(
                        "INSERT INTO update_journal(bot_id, update_id, lane, body, received_at,"
                            + " owner, lease_until) VALUES (?,?,?,?,?,?,?) ON CONFLICT DO NOTHING",
                        botId,
                        updateId,
                        lane,
                        body,
                        clock.instant(),
                        owner,
                        leaseEnd())
                    == 1);
    if (fresh && pruneTick.tick()) prune();
    return fresh;
  }

  /**
   * Whether other instances may record into this journal too (a shared PostgreSQL database); a
   * journal of one process needs no per-chat turns: its own per-chat queue keeps the order.
   */
  public boolean shared() {
    return db.dialect() == dev.talksbot.db.Dialect.POSTGRES;
  }

  /**
   * Whether an earlier update of the same chat is still being handled somewhere (another instance
   * took it): its answer must go out first.
   */
  public boolean earlierOpen(String lane, long updateId) {
    if (lane == null) return false;
    return db.read(
            () ->
                db.count(
                    "SELECT COUNT(*) FROM update_journal WHERE bot_id = ? AND lane = ? AND done = 0"
                        + " AND update_id < ?",
                    botId,
                    lane,
                    updateId))
        > 0;
  }

  /** Marks an update handled (answered, or given up on with a logged reason). */
  public void done(long updateId) {
    db.tx(
        () ->
            db.update(
                "UPDATE update_journal SET done = 1, body = '' WHERE bot_id = ? AND update_id = ?",
                botId,
                updateId));
  }

  /**
   * Forgets an update that could not be queued (the webhook answered 503: Telegram sends it again).
   */
  public void forget(long updateId) {
    db.tx(
        () ->
            db.update(
                "DELETE FROM update_journal WHERE bot_id = ? AND update_id = ? AND done = 0",
                botId,
                updateId));
  }

  /**
   * Takes over the updates taken but not handled whose holder stopped renewing its lease (it was
   * killed), oldest first; they are this instance's from now on. A journal of one process (SQLite)
   * takes every open update: only a previous run of this server can have left them.
   */
  public List<Entry> unfinished() {
    long now = clock.millis();
    return db.tx(
        () -> {
          List<Entry> open =
              shared()
                  ? db.query(
                      "SELECT update_id, body FROM update_journal WHERE bot_id = ? AND done = 0"
                          + " AND lease_until < ? ORDER BY update_id FOR UPDATE SKIP LOCKED",
                      rs -> new Entry(rs.getLong(1), rs.getString(2)),
                      botId,
                      now)
                  : db.query(
                      "SELECT update_id, body FROM update_journal WHERE bot_id = ? AND done = 0"
                          + " ORDER BY update_id",
                      rs -> new Entry(rs.getLong(1), rs.getString(2)),
                      botId);
          for (Entry e : open) {
            db.update(
                "UPDATE update_journal SET owner = ?, lease_until = ? WHERE bot_id = ?"
                    + " AND update_id = ?",
                owner,
                leaseEnd(),
                botId,
                e.updateId());
          }
          return open;
        });
  }

  /** Keeps this instance's open updates from being taken over while it handles them. */
  public int renewLeases() {
    return db.tx(
        () ->
            db.update(
                "UPDATE update_journal SET lease_until = ? WHERE bot_id = ? AND owner = ?"
                    + " AND done = 0",
                leaseEnd(),
                botId,
                owner));
  }

  private long leaseEnd() {
    return clock.millis() + LEASE.toMillis();
  }

  /** The highest update id seen, or 0. */
  public long lastUpdateId() {
    return db.read(
        () -> db.count("SELECT max(update_id) FROM update_journal WHERE bot_id = ?", botId));
  }

  /** Drops handled entries older than {@link #KEEP_DONE}, except the newest. */
  void prune() {
    long before = clock.millis() - KEEP_DONE.toMillis();
    db.tx(
        () -> {
          long last = db.count("SELECT max(update_id) FROM update_journal WHERE bot_id = ?", botId);
          return db.update(
              "DELETE FROM update_journal WHERE bot_id = ? AND done = 1 AND received_at < ?"
                  + " AND update_id < ?",
              botId,
              before,
              last);
        });
  }

  @Override
  public void close() {
    db.close();
  }
}
