package dev.talksbot.core;

import dev.talksbot.answer.llm.ConversationMemory.Turn;
import dev.talksbot.answer.llm.Conversations;
import dev.talksbot.db.JdbcSession;
import dev.talksbot.db.PgSession;
import dev.talksbot.db.PostgresTarget;
import dev.talksbot.ingest.store.PostgresArticleStore;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Chats' recent turns in the state database ({@code conversation_turn}, beside the article store),
 * so a follow-up is understood whichever instance receives it. Bounded like {@link
 * dev.talksbot.answer.llm.ConversationMemory}: {@code maxTurns} per chat, and a chat idle for
 * {@code expireAfter} is forgotten (its rows are pruned from time to time).
 */
public final class JdbcConversations implements Conversations, AutoCloseable {
  /** Expired turns are pruned once per this many recorded turns. */
  static final int PRUNE_EVERY = 200;

  private final JdbcSession db;
  private final AutoCloseable closer;
  private final int maxTurns;
  private final Duration expireAfter;
  private final Clock clock;
  private final dev.talksbot.db.EveryN pruneTick = new dev.talksbot.db.EveryN(PRUNE_EVERY);

  JdbcConversations(
      JdbcSession db, AutoCloseable closer, int maxTurns, Duration expireAfter, Clock clock) {
    if (maxTurns < 1) throw new IllegalArgumentException("maxTurns must be >= 1");
    this.db = db;
    this.closer = closer;
    this.maxTurns = maxTurns;
    this.expireAfter = expireAfter;
    this.clock = clock;
  }

  /**
   * The follow-up memory the config asks for: with a shared state database (several instances) this
   * table, so that every instance reads a chat's recent turns; otherwise one in memory.
   */
  static dev.talksbot.answer.llm.Conversations forConfig(
      dev.talksbot.config.TalksbotConfig config) {
    var c = config.conversation();
    Duration expire = Duration.ofMinutes(c.expireMinutes());
    return config.storage().postgres()
        ? open(
            dev.talksbot.db.StateStores.target(config.storage(), System.getenv()),
            c.maxTurns(),
            expire,
            Clock.systemUTC())
        : new dev.talksbot.answer.llm.ConversationMemory(
            c.maxChats(), c.maxTurns(), expire, Clock.systemUTC());
  }

  /** In the PostgreSQL state database (migrated with the article store's schema). */
  public static JdbcConversations open(
      PostgresTarget target, int maxTurns, Duration expireAfter, Clock clock) {
    PgSession s = PostgresArticleStore.session(target, "the conversation memory");
    return new JdbcConversations(s, s, maxTurns, expireAfter, clock);
  }

  @Override
  public List<Turn> history(String chatId) {
    if (chatId == null) return List.of();
    long since = clock.millis() - expireAfter.toMillis();
    List<Turn> newestFirst =
        db.read(
            () ->
                db.query(
                    "SELECT question, standalone, answer FROM conversation_turn"
                        + " WHERE chat_id = ? AND at >= ? ORDER BY seq DESC LIMIT ?",
                    rs -> new Turn(rs.getString(1), rs.getString(2), rs.getString(3)),
                    chatId,
                    since,
                    maxTurns));
    List<Turn> out = new ArrayList<>(newestFirst);
    Collections.reverse(out);
    return List.copyOf(out);
  }

  @Override
  public void record(String chatId, Turn turn) {
    if (chatId == null) return;
    db.tx(
        () -> {
          db.update(
              "INSERT INTO conversation_turn(chat_id, question, standalone, answer, at)"
                  + " VALUES (?,?,?,?,?)",
              chatId,
              turn.question(),
              turn.standalone(),
              turn.answer(),
              clock.millis());
          return db.update(
              "DELETE FROM conversation_turn WHERE chat_id = ? AND seq NOT IN"
                  + " (SELECT seq FROM conversation_turn WHERE chat_id = ? ORDER BY seq DESC LIMIT ?)",
              chatId,
              chatId,
              maxTurns);
        });
    if (pruneTick.tick()) {
      long cutoff = clock.millis() - expireAfter.toMillis();
      db.tx(() -> db.update("DELETE FROM conversation_turn WHERE at < ?", cutoff));
    }
  }

  @Override
  public void forget(String chatId) {
    if (chatId == null) return;
    db.tx(() -> db.update("DELETE FROM conversation_turn WHERE chat_id = ?", chatId));
  }

  @Override
  public void close() {
    try {
      closer.close();
    } catch (Exception e) {
      throw new IllegalStateException("cannot close the conversation memory: " + e.getMessage(), e);
    }
  }
}
