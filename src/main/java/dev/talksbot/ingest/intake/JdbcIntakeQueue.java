package dev.talksbot.ingest.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.talksbot.db.Dialect;
import dev.talksbot.db.JdbcSession;
import dev.talksbot.db.PostgresTarget;
import dev.talksbot.db.SqliteSession;
import dev.talksbot.ingest.store.ArticleStoreException;
import dev.talksbot.ingest.store.PostgresArticleStore;
import dev.talksbot.ingest.store.SqliteArticleStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * {@link IntakeQueue} in the article store's database (its {@code intake_request} table, created by
 * the store's migrations): the SQLite file beside the server and the CLI, or the PostgreSQL
 * database every instance shares, one class for both. On PostgreSQL {@link #claim} takes the oldest
 * pending request with {@code FOR UPDATE SKIP LOCKED}, so instances claiming at once never get the
 * same request and never wait on each other; SQLite's write transaction is exclusive anyway.
 */
public final class JdbcIntakeQueue implements IntakeQueue {
  private static final ObjectMapper JSON = IntakeCodec.JSON;
  private static final String COLUMNS = "id, kind, target, state, result";

  private final JdbcSession db;
  private final AutoCloseable closer;
  private final Clock clock;

  private JdbcIntakeQueue(JdbcSession db, AutoCloseable closer, Clock clock) {
    this.db = db;
    this.closer = closer;
    this.clock = clock;
  }

  /** The queue in the PostgreSQL state database (creating and migrating its schema as needed). */
  public static JdbcIntakeQueue open(PostgresTarget target, Clock clock) {
    var s = PostgresArticleStore.session(target, "the intake queue");
    return new JdbcIntakeQueue(s, s, clock);
  }

  /** The queue in the article store's SQLite file under a data dir. */
  public static JdbcIntakeQueue openIn(Path dataDir, Clock clock) {
    Path file = SqliteArticleStore.fileIn(dataDir);
    SqliteSession s =
        SqliteSession.open(
            file,
            "the article store",
            SqliteArticleStore.MIGRATIONS,
            e ->
                new ArticleStoreException(
                    "the intake queue in " + file + ": " + e.getMessage(), e));
    return new JdbcIntakeQueue(s, s, clock);
  }

  @Override
  public long enqueue(IntakeRequest request) {
    long now = clock.millis();
    return db.tx(
        () ->
            db.count(
                "INSERT INTO intake_request (kind, target, state, created_at, updated_at)"
                    + " VALUES (?,?,?,?,?) RETURNING id",
                IntakeCodec.kind(request),
                IntakeCodec.target(request),
                State.PENDING.name(),
                now,
                now));
  }

  @Override
  public Optional<Entry> claim() {
    return db.tx(
        () -> {
          List<Entry> next =
              db.query(
                  "SELECT "
                      + COLUMNS
                      + " FROM intake_request WHERE state = 'PENDING' ORDER BY id LIMIT 1"
                      + (db.dialect() == Dialect.POSTGRES ? " FOR UPDATE SKIP LOCKED" : ""),
                  JdbcIntakeQueue::entry);
          if (next.isEmpty()) return Optional.empty();
          Entry e = next.getFirst();
          db.update(
              "UPDATE intake_request SET state = 'WORKING', result = NULL, updated_at = ? WHERE id = ?",
              clock.millis(),
              e.id());
          return Optional.of(new Entry(e.id(), e.request(), State.WORKING, null, null));
        });
  }

  @Override
  public void complete(long id, IntakeResult outcome) {
    setState(id, State.DONE, IntakeCodec.write(outcome), List.of(State.WORKING));
  }

  @Override
  public void fail(long id, String reason) {
    ObjectNode n = JSON.createObjectNode().put("error", reason == null ? "failed" : reason);
    setState(id, State.FAILED, n.toString(), List.of(State.WORKING, State.PENDING));
  }

  @Override
  public boolean cancel(long id) {
    return setState(id, State.CANCELLED, null, List.of(State.PENDING, State.WORKING)) > 0;
  }

  @Override
  public Optional<Entry> get(long id) {
    return db.read(
        () ->
            db
                .query(
                    "SELECT " + COLUMNS + " FROM intake_request WHERE id = ?",
                    JdbcIntakeQueue::entry,
                    id)
                .stream()
                .findFirst());
  }

  @Override
  public int requeueAbandoned() {
    return db.tx(
        () ->
            db.update(
                "UPDATE intake_request SET state = 'PENDING', updated_at = ? WHERE state = 'WORKING'",
                clock.millis()));
  }

  private int setState(long id, State to, String result, List<State> from) {
    StringBuilder sql =
        new StringBuilder(
            "UPDATE intake_request SET state = ?, result = ?, updated_at = ? WHERE id = ?"
                + " AND state IN (");
    Object[] args = new Object[4 + from.size()];
    args[0] = to.name();
    args[1] = result;
    args[2] = clock.millis();
    args[3] = id;
    for (int i = 0; i < from.size(); i++) {
      sql.append(i == 0 ? "?" : ",?");
      args[4 + i] = from.get(i).name();
    }
    sql.append(')');
    return db.tx(() -> db.update(sql.toString(), args));
  }

  private static Entry entry(ResultSet rs) throws SQLException {
    State state = State.valueOf(rs.getString(4));
    String result = rs.getString(5);
    JsonNode n;
    try {
      n = result == null ? null : JSON.readTree(result);
    } catch (IOException e) {
      throw new ArticleStoreException(
          "intake request " + rs.getLong(1) + " has an unreadable outcome: " + e.getMessage(),
          new UncheckedIOException(e));
    }
    IntakeResult outcome = state == State.DONE && n != null ? IntakeCodec.read(n) : null;
    String error = state == State.FAILED && n != null ? n.path("error").asText() : null;
    return new Entry(
        rs.getLong(1),
        IntakeCodec.request(rs.getString(2), rs.getString(3)),
        state,
        outcome,
        error);
  }

  @Override
  public void close() {
    try {
      closer.close();
    } catch (Exception e) {
      throw new ArticleStoreException("cannot close the intake queue: " + e.getMessage(), e);
    }
  }
}
