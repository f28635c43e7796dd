package dev.talksbot.alerts.store;

import dev.talksbot.db.PgSession;
import dev.talksbot.db.PostgresTarget;
import java.sql.SQLException;

/**
 * {@link AlertStore} in a PostgreSQL database, shared by every instance that points at it: the same
 * tables and the same migrations as {@link SqliteAlertStore} (translated by {@link
 * dev.talksbot.db.Dialect}), the version kept in {@code schema_version} under {@link #STORE}. Each
 * method is one transaction on a pooled connection.
 */
public final class PostgresAlertStore extends RepositoryAlertStore {
  /** This store's row in {@code schema_version}. */
  public static final String STORE = "alerts";

  private final PgSession db;

  private PostgresAlertStore(PgSession db) {
    super(db);
    this.db = db;
  }

  /** Connects (creating and migrating the schema as needed). */
  public static PostgresAlertStore open(PostgresTarget target) {
    try {
      return new PostgresAlertStore(
          PgSession.open(
              target,
              STORE,
              "the alerts store",
              SqliteAlertStore.MIGRATIONS,
              e ->
                  new StoreException(
                      "the alerts store at " + target.url() + ": " + e.getMessage(), e)));
    } catch (SQLException | RuntimeException e) {
      throw new StoreException(
          "cannot open the alerts store at " + target.url() + ": " + e.getMessage(), e);
    }
  }

  /** Schema version of this store in the database. */
  public int schemaVersion() {
    return db.schemaVersion(STORE);
  }

  @Override
  public Stats stats() {
    return StoreRows.stats(db);
  }

  @Override
  public void close() {
    db.close();
  }
}
