package dev.talksbot.db;

import dev.talksbot.alerts.store.AlertStore;
import dev.talksbot.alerts.store.PostgresAlertStore;
import dev.talksbot.alerts.store.SqliteAlertStore;
import dev.talksbot.config.ConfigException;
import dev.talksbot.config.StorageSettings;
import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.ingest.intake.IntakeQueue;
import dev.talksbot.ingest.intake.JdbcIntakeQueue;
import dev.talksbot.ingest.store.ArticleStore;
import dev.talksbot.ingest.store.PostgresArticleStore;
import dev.talksbot.ingest.store.SqliteArticleStore;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * Opens the state stores the configuration names ({@code storage.kind}): SQLite files under the
 * data dir, or a PostgreSQL database (password from the environment variable {@code
 * storage.passwordEnv} names). Each store can be opened on its own, where it is used, or all three
 * together with {@link #open}.
 *
 * @param alerts subscriptions, stories, outbox, digests, feeds
 * @param articles the durable article store and its arrivals
 * @param intake requests handed from CLI commands to the server
 */
public record StateStores(AlertStore alerts, ArticleStore articles, IntakeQueue intake)
    implements AutoCloseable {
  public StateStores {
    Objects.requireNonNull(alerts, "alerts");
    Objects.requireNonNull(articles, "articles");
    Objects.requireNonNull(intake, "intake");
  }

  /** Opens all three stores (closing those already open if one fails). */
  public static StateStores open(TalksbotConfig cfg, Map<String, String> env, Clock clock) {
    ArticleStore articles = articles(cfg, env);
    IntakeQueue intake = null;
    try {
      intake = intake(cfg, env, clock);
      return new StateStores(alerts(cfg, env), articles, intake);
    } catch (RuntimeException e) {
      if (intake != null) intake.close();
      articles.close();
      throw e;
    }
  }

  public static AlertStore alerts(TalksbotConfig cfg) {
    return alerts(cfg, System.getenv());
  }

  public static AlertStore alerts(TalksbotConfig cfg, Map<String, String> env) {
    StorageSettings s = cfg.storage();
    return s.postgres()
        ? PostgresAlertStore.open(target(s, env))
        : SqliteAlertStore.openIn(cfg.dataDir());
  }

  public static ArticleStore articles(TalksbotConfig cfg) {
    return articles(cfg, System.getenv());
  }

  public static ArticleStore articles(TalksbotConfig cfg, Map<String, String> env) {
    StorageSettings s = cfg.storage();
    return s.postgres()
        ? PostgresArticleStore.open(target(s, env))
        : SqliteArticleStore.openIn(cfg.dataDir());
  }

  public static IntakeQueue intake(TalksbotConfig cfg, Clock clock) {
    return intake(cfg, System.getenv(), clock);
  }

  public static IntakeQueue intake(TalksbotConfig cfg, Map<String, String> env, Clock clock) {
    StorageSettings s = cfg.storage();
    return s.postgres()
        ? JdbcIntakeQueue.open(target(s, env), clock)
        : JdbcIntakeQueue.openIn(cfg.dataDir(), clock);
  }

  /** Where the stores live, for start-up messages and the doctor: never the password. */
  public static String describe(TalksbotConfig cfg) {
    StorageSettings s = cfg.storage();
    if (!s.postgres()) return "sqlite under " + cfg.dataDir();
    return "postgres "
        + StorageSettings.withoutQuery(s.url())
        + " as "
        + s.user()
        + (s.passwordEnv() == null ? "" : " (password from $" + s.passwordEnv() + ")");
  }

  /** The PostgreSQL connection the settings describe, with the password read from {@code env}. */
  public static PostgresTarget target(StorageSettings s, Map<String, String> env) {
    if (!s.postgres()) throw new IllegalArgumentException("storage.kind is not postgres");
    try {
      return new PostgresTarget(s.url(), s.user(), s.password(env), s.poolSize());
    } catch (IllegalArgumentException e) {
      if (e instanceof ConfigException) throw e;
      throw new ConfigException("storage: " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      alerts.close();
    } finally {
      try {
        intake.close();
      } finally {
        articles.close();
      }
    }
  }
}
