package dev.talksbot.db;

import dev.talksbot.config.TalksbotConfig;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * A store's open database, whichever the configuration names: its own SQLite file under the data
 * dir, or the shared PostgreSQL database (its schema versioned under the store's name). The small
 * stores (update journal, quoted passages, feedback) open theirs here, so each is one class for
 * both databases.
 */
public interface StoreSession extends JdbcSession, AutoCloseable {
  @Override
  void close();

  /**
   * Opens and migrates a store's database.
   *
   * @param store the store's name in PostgreSQL's {@code schema_version}
   * @param what the store in messages, e.g. "the feedback store"
   * @param sqliteFile where the store lives with {@code storage.kind: sqlite}
   * @param migrations its schema migrations, SQLite dialect (translated for PostgreSQL)
   * @param pragmas SQLite pragmas, e.g. {@code foreign_keys = ON}
   * @throws IllegalStateException naming the store and where it is (never a password)
   */
  static StoreSession open(
      TalksbotConfig cfg,
      Map<String, String> env,
      String store,
      String what,
      Path sqliteFile,
      List<String[]> migrations,
      String... pragmas) {
    if (!cfg.storage().postgres()) {
      return SqliteSession.open(
          sqliteFile,
          what,
          migrations,
          e -> new IllegalStateException(what + " " + sqliteFile + ": " + e.getMessage(), e),
          pragmas);
    }
    PostgresTarget target = StateStores.target(cfg.storage(), env);
    try {
      return PgSession.open(
          target,
          store,
          what,
          migrations,
          e -> new IllegalStateException(what + " at " + target.url() + ": " + e.getMessage(), e));
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot open " + what + " at " + target.url() + ": " + e.getMessage(), e);
    }
  }
}
