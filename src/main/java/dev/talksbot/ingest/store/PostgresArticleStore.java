package dev.talksbot.ingest.store;

import dev.talksbot.db.PgSession;
import dev.talksbot.db.PostgresTarget;
import java.sql.SQLException;

/**
 * {@link ArticleStore} in a PostgreSQL database shared by every instance: the same tables ({@code
 * article}, {@code arrival}, {@code intake_request}) and migrations as {@link SqliteArticleStore},
 * the version kept in {@code schema_version} under {@link #STORE}. Each method is one transaction
 * on a pooled connection.
 */
public final class PostgresArticleStore extends JdbcArticleStore {
  /** This store's row in {@code schema_version}. */
  public static final String STORE = "articles";

  private final PgSession db;

  private PostgresArticleStore(PgSession db) {
    super(db);
    this.db = db;
  }

  /** Connects (creating and migrating the schema as needed). */
  public static PostgresArticleStore open(PostgresTarget target) {
    return new PostgresArticleStore(session(target, "the article store"));
  }

  /** A session on the article store's database (migrated), for the store and the intake queue. */
  public static PgSession session(PostgresTarget target, String what) {
    try {
      return PgSession.open(
          target,
          STORE,
          what,
          SqliteArticleStore.MIGRATIONS,
          e -> new ArticleStoreException(what + " at " + target.url() + ": " + e.getMessage(), e));
    } catch (SQLException | RuntimeException e) {
      throw new ArticleStoreException(
          "cannot open " + what + " at " + target.url() + ": " + e.getMessage(), e);
    }
  }

  /** Schema version of this store in the database. */
  public int schemaVersion() {
    return db.schemaVersion(STORE);
  }

  @Override
  public void close() {
    db.close();
  }
}
