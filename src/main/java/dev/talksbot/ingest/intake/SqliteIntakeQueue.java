package dev.talksbot.ingest.intake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.talksbot.db.Sqlite;
import dev.talksbot.ingest.SkippedFile;
import dev.talksbot.ingest.store.ArticleStoreException;
import dev.talksbot.ingest.store.SqliteArticleStore;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@link IntakeQueue} in the article store's SQLite file (its {@code intake_request} table, created
 * by the store's migrations), so the CLI and the server share it without another file. One
 * connection, used under this object's lock; the outcome is kept as JSON.
 */
public final class SqliteIntakeQueue implements IntakeQueue {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Connection c;
  private final Path file;
  private final Clock clock;

  private SqliteIntakeQueue(Connection c, Path file, Clock clock) {
    this.c = c;
    this.file = file;
    this.clock = clock;
  }

  /** Opens the queue in the article store of a data dir (creating and migrating it as needed). */
  public static SqliteIntakeQueue openIn(Path dataDir, Clock clock) {
    Path file = SqliteArticleStore.fileIn(dataDir);
    try {
      Connection c = Sqlite.open(file);
      try {
        Sqlite.migrate(c, "the article store", file, SqliteArticleStore.MIGRATIONS);
      } catch (SQLException | RuntimeException e) {
        c.close();
        throw e;
      }
      return new SqliteIntakeQueue(c, file, clock);
    } catch (SQLException | IOException e) {
      throw new ArticleStoreException(
          "cannot open the intake queue in " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public synchronized long enqueue(IntakeRequest request) {
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO intake_request (kind, target, state, created_at, updated_at)"
                + " VALUES (?,?,?,?,?)",
            Statement.RETURN_GENERATED_KEYS)) {
      long now = clock.millis();
      p.setString(1, kind(request));
      p.setString(2, target(request));
      p.setString(3, State.PENDING.name());
      p.setLong(4, now);
      p.setLong(5, now);
      p.executeUpdate();
      try (ResultSet rs = p.getGeneratedKeys()) {
        rs.next();
        return rs.getLong(1);
      }
    } catch (SQLException e) {
      throw failure("queue a request", e);
    }
  }

  @Override
  public synchronized Optional<Entry> claim() {
    try (Statement s = c.createStatement()) {
      s.execute("BEGIN IMMEDIATE");
      try {
        Optional<Entry> next = first(" WHERE state = 'PENDING' ORDER BY id LIMIT 1", null);
        if (next.isPresent()) setState(next.get().id(), State.WORKING, null, List.of());
        s.execute("COMMIT");
        return next.map(e -> new Entry(e.id(), e.request(), State.WORKING, null, null));
      } catch (SQLException | RuntimeException e) {
        s.execute("ROLLBACK");
        throw e;
      }
    } catch (SQLException e) {
      throw failure("claim a request", e);
    }
  }

  @Override
  public synchronized void complete(long id, IntakeResult outcome) {
    update(id, State.DONE, write(outcome), List.of(State.WORKING));
  }

  @Override
  public synchronized void fail(long id, String reason) {
    ObjectNode n = JSON.createObjectNode().put("error", reason == null ? "failed" : reason);
    update(id, State.FAILED, n.toString(), List.of(State.WORKING, State.PENDING));
  }

  @Override
  public synchronized boolean cancel(long id) {
    return update(id, State.CANCELLED, null, List.of(State.PENDING, State.WORKING)) > 0;
  }

  @Override
  public synchronized Optional<Entry> get(long id) {
    return first(" WHERE id = ?", id);
  }

  @Override
  public synchronized int requeueAbandoned() {
    try (PreparedStatement p =
        c.prepareStatement(
            "UPDATE intake_request SET state = 'PENDING', updated_at = ? WHERE state = 'WORKING'")) {
      p.setLong(1, clock.millis());
      return p.executeUpdate();
    } catch (SQLException e) {
      throw failure("requeue requests", e);
    }
  }

  private int update(long id, State to, String result, List<State> from) {
    try {
      return setState(id, to, result, from);
    } catch (SQLException e) {
      throw failure("update request " + id, e);
    }
  }

  private int setState(long id, State to, String result, List<State> from) throws SQLException {
    StringBuilder sql =
        new StringBuilder(
            "UPDATE intake_request SET state = ?, result = ?, updated_at = ? WHERE id = ?");
    if (!from.isEmpty()) {
      sql.append(" AND state IN (");
      for (int i = 0; i < from.size(); i++) sql.append(i == 0 ? "?" : ",?");
      sql.append(')');
    }
    try (PreparedStatement p = c.prepareStatement(sql.toString())) {
      p.setString(1, to.name());
      p.setString(2, result);
      p.setLong(3, clock.millis());
      p.setLong(4, id);
      for (int i = 0; i < from.size(); i++) p.setString(5 + i, from.get(i).name());
      return p.executeUpdate();
    }
  }

  private Optional<Entry> first(String where, Long id) {
    try (PreparedStatement p =
        c.prepareStatement("SELECT id, kind, target, state, result FROM intake_request" + where)) {
      if (id != null) p.setLong(1, id);
      try (ResultSet rs = p.executeQuery()) {
        if (!rs.next()) return Optional.empty();
        State state = State.valueOf(rs.getString(4));
        String result = rs.getString(5);
        JsonNode n = result == null ? null : JSON.readTree(result);
        IntakeResult outcome = state == State.DONE && n != null ? read(n) : null;
        String error = state == State.FAILED && n != null ? n.path("error").asText() : null;
        return Optional.of(
            new Entry(
                rs.getLong(1), request(rs.getString(2), rs.getString(3)), state, outcome, error));
      }
    } catch (SQLException | IOException e) {
      throw new ArticleStoreException(
          "cannot read the intake queue in " + file + ": " + e.getMessage(), e);
    }
  }

  static String kind(IntakeRequest r) {
    return switch (r) {
      case IntakeRequest.Files f -> "files";
      case IntakeRequest.Page p -> "page";
      case IntakeRequest.Reindex x -> "reindex";
    };
  }

  static String target(IntakeRequest r) {
    return switch (r) {
      case IntakeRequest.Files f -> f.path().toString();
      case IntakeRequest.Page p -> p.url();
      case IntakeRequest.Reindex x -> "";
    };
  }

  static IntakeRequest request(String kind, String target) {
    return switch (kind.toLowerCase(Locale.ROOT)) {
      case "files" -> new IntakeRequest.Files(Path.of(target));
      case "page" -> new IntakeRequest.Page(target);
      case "reindex" -> new IntakeRequest.Reindex();
      default -> throw new IllegalStateException("unknown intake request kind " + kind);
    };
  }

  static String write(IntakeResult r) {
    ObjectNode n = JSON.createObjectNode();
    ArrayNode skipped = n.putArray("skipped");
    for (SkippedFile s : r.skipped())
      skipped.addObject().put("file", s.file()).put("reason", s.reason());
    switch (r) {
      case IntakeResult.Added a -> {
        n.put("kind", "added").put("passages", a.passages());
        a.added().forEach(n.putArray("added")::add);
        a.unchanged().forEach(n.putArray("unchanged")::add);
      }
      case IntakeResult.Rebuilt b ->
          n.put("kind", "rebuilt")
              .put("articles", b.articles())
              .put("passages", b.passages())
              .put("fromCorpus", b.fromCorpus())
              .put("fromStore", b.fromStore());
    }
    return n.toString();
  }

  static IntakeResult read(JsonNode n) {
    List<SkippedFile> skipped = new ArrayList<>();
    n.path("skipped")
        .forEach(
            s -> skipped.add(new SkippedFile(s.path("file").asText(), s.path("reason").asText())));
    if ("rebuilt".equals(n.path("kind").asText())) {
      return new IntakeResult.Rebuilt(
          n.path("articles").asInt(),
          n.path("passages").asLong(),
          n.path("fromCorpus").asInt(),
          n.path("fromStore").asInt(),
          skipped);
    }
    return new IntakeResult.Added(
        strings(n.path("added")),
        strings(n.path("unchanged")),
        skipped,
        n.path("passages").asLong());
  }

  private static List<String> strings(JsonNode a) {
    List<String> out = new ArrayList<>();
    a.forEach(x -> out.add(x.asText()));
    return out;
  }

  private ArticleStoreException failure(String what, SQLException e) {
    return new ArticleStoreException(
        "cannot " + what + " in the intake queue " + file + ": " + e.getMessage(), e);
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
