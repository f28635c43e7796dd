package dev.talksbot.ops;

import dev.talksbot.alerts.store.SqliteAlertStore;
import dev.talksbot.config.ConfigException;
import dev.talksbot.config.ConfigLoader;
import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.index.IndexSchema;
import dev.talksbot.ingest.store.SqliteArticleStore;
import dev.talksbot.telegram.BotToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.sqlite.SQLiteConfig;

/**
 * {@code ./talksbot doctor}: checks a setup in order, one {@link Finding} each. Local checks live
 * here; the ones that go over the network are in {@link RemoteChecks}. Secrets never appear in a
 * finding: the token is only ever scrubbed out of messages.
 */
public final class Doctor {
  /** The oldest JDK the project runs on. */
  static final int MIN_JDK = 21;

  private final Map<String, String> env;
  private final Path home;

  public Doctor(Map<String, String> env, Path home) {
    this.env = Map.copyOf(env);
    this.home = home;
  }

  /** Runs every check, reporting each finding as it is made; returns them all. */
  public List<Finding> run(Consumer<Finding> report) {
    List<Finding> all = new ArrayList<>();
    Consumer<Finding> add =
        f -> {
          all.add(f);
          report.accept(f);
        };
    add.accept(jdk(Runtime.version()));
    TalksbotConfig cfg;
    try {
      ConfigLoader loader = new ConfigLoader(env, home);
      cfg = loader.load();
      add.accept(new Finding.Ok("config", configFile(loader).toString()));
    } catch (ConfigException e) {
      add.accept(
          new Finding.Problem(
              "config", e.getMessage(), "fix the file (config/talksbot.yaml documents every key)"));
      return all; // the remaining checks need a configuration
    }
    add.accept(dataDir(cfg.dataDir()));
    add.accept(cfg.retrieval().openSearch() ? clusterIndex(cfg) : index(cfg));
    if (cfg.storage().postgres()) {
      add.accept(postgres(cfg));
    } else {
      add.accept(store("state store", SqliteAlertStore.fileIn(cfg.dataDir()), MIGRATIONS_ALERTS));
      add.accept(
          store("article store", SqliteArticleStore.fileIn(cfg.dataDir()), MIGRATIONS_ARTICLES));
    }
    BotToken token = null;
    try {
      token = BotToken.resolve(env, cfg.telegram());
      add.accept(new Finding.Ok("token", "present (not shown)"));
    } catch (ConfigException e) {
      add.accept(
          new Finding.Problem(
              "token",
              BotToken.scrubAll(e.getMessage()),
              "set " + BotToken.ENV + " or telegram.tokenFile (docs/telegram.md)"));
    }
    RemoteChecks remote = new RemoteChecks(env, cfg);
    if (token != null) {
      add.accept(remote.getMe(token));
      remote.webhook(token).ifPresent(add);
    }
    remote.llm().ifPresent(add);
    remote.feeds().forEach(add);
    return all;
  }

  /**
   * The PostgreSQL state database (storage: postgres): reachable with the configured user and
   * password, and no store's schema newer than this version knows. Read-only: nothing is migrated.
   */
  Finding postgres(TalksbotConfig cfg) {
    String where = dev.talksbot.config.StorageSettings.withoutQuery(cfg.storage().url());
    dev.talksbot.db.PostgresTarget t;
    try {
      t = dev.talksbot.db.StateStores.target(cfg.storage(), env);
    } catch (IllegalArgumentException e) { // a ConfigException too
      return new Finding.Problem(
          "state database", e.getMessage(), "see the storage section of docs/scale-out.md");
    }
    try (Connection c = java.sql.DriverManager.getConnection(t.url(), t.user(), t.password())) {
      int alerts =
          dev.talksbot.db.Migrator.version(
              c,
              dev.talksbot.db.Dialect.POSTGRES,
              dev.talksbot.alerts.store.PostgresAlertStore.STORE);
      int articles =
          dev.talksbot.db.Migrator.version(
              c,
              dev.talksbot.db.Dialect.POSTGRES,
              dev.talksbot.ingest.store.PostgresArticleStore.STORE);
      if (alerts > MIGRATIONS_ALERTS || articles > MIGRATIONS_ARTICLES) {
        return new Finding.Problem(
            "state database",
            where + " has a schema newer than this version knows",
            "run the newer version of talksbot that wrote it");
      }
      return new Finding.Ok(
          "state database",
          where + " (alerts schema " + alerts + ", articles schema " + articles + ")");
    } catch (java.sql.SQLException e) {
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      if (t.password() != null && !t.password().isEmpty()) why = why.replace(t.password(), "***");
      return new Finding.Problem(
          "state database",
          "cannot reach " + where + ": " + why,
          "check storage.url, storage.user and the variable storage.passwordEnv names");
    }
  }

  static final int MIGRATIONS_ALERTS = SqliteAlertStore.MIGRATIONS.size();
  static final int MIGRATIONS_ARTICLES = SqliteArticleStore.MIGRATIONS.size();

  /** Exit code of {@code doctor}: 0 only when every check passed. */
  public static int exitCode(List<Finding> findings) {
    return findings.stream().allMatch(f -> f instanceof Finding.Ok) ? 0 : 1;
  }

  static Finding jdk(Runtime.Version v) {
    String vendor = System.getProperty("java.vendor", "unknown vendor");
    if (v.feature() < MIN_JDK) {
      return new Finding.Problem(
          "JDK",
          "Java " + v + " is older than " + MIN_JDK,
          "install a JDK " + MIN_JDK + "+ (e.g. Temurin) and set JAVA_HOME");
    }
    return new Finding.Ok("JDK", "Java " + v + " (" + vendor + ")");
  }

  private Path configFile(ConfigLoader loader) {
    String explicit = env.get(ConfigLoader.ENV_CONFIG);
    Path f =
        explicit != null && !explicit.isBlank()
            ? Path.of(explicit).toAbsolutePath()
            : loader.home().resolve("config").resolve("talksbot.yaml");
    return Files.isRegularFile(f) ? f : Path.of("(no file at " + f + ": defaults)");
  }

  static Finding dataDir(Path dir) {
    try {
      Files.createDirectories(dir);
      Path probe = Files.createTempFile(dir, ".doctor", ".tmp");
      Files.delete(probe);
      return new Finding.Ok("data dir", dir + " is writable");
    } catch (IOException | SecurityException e) {
      return new Finding.Problem(
          "data dir",
          dir + " is not writable (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")",
          "create it and give the bot's user write access, or set TALKSBOT_DATA_DIR");
    }
  }

  /**
   * The passage index on the OpenSearch cluster ({@code retrieval.backend: opensearch}): reachable,
   * built with the configured model and this schema, and how many passages it holds. Read-only; the
   * embedding model is not loaded.
   */
  Finding clusterIndex(TalksbotConfig cfg) {
    var os = cfg.retrieval().opensearch();
    String where = os.index() + " on " + String.join(", ", os.hosts());
    try (var idx =
        dev.talksbot.core.SearchIndexes.open(
            cfg, dev.talksbot.index.OnnxEmbedder.loadWhenUsed(cfg.embedding().model()), env)) {
      if (!idx.exists()) {
        return new Finding.Problem(
            "index",
            "no usable index " + where + " (missing, or built with another model or schema)",
            "run ./talksbot index (it builds the cluster's index from the article store)");
      }
      return new Finding.Ok(
          "index",
          where + " (" + idx.passageCount() + " passages, model " + cfg.embedding().model() + ")");
    } catch (IOException | RuntimeException e) {
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      return new Finding.Problem(
          "index",
          "cannot reach the OpenSearch cluster (" + where + "): " + why,
          "check retrieval.opensearch.hosts and that the cluster is up (GET /_cluster/health)");
    }
  }

  private static org.apache.lucene.search.Query typed(String type) {
    return new org.apache.lucene.search.TermQuery(
        new org.apache.lucene.index.Term(IndexSchema.TYPE, type));
  }

  static Finding index(TalksbotConfig cfg) {
    Path dir = cfg.indexDir();
    String fix = "run ./talksbot index (serve builds a missing index at start, before it is ready)";
    if (!Files.isDirectory(dir)) return new Finding.Problem("index", "no index at " + dir, fix);
    try (FSDirectory d = FSDirectory.open(dir)) {
      if (!DirectoryReader.indexExists(d))
        return new Finding.Problem("index", "no index at " + dir, fix);
      try (DirectoryReader r = DirectoryReader.open(d)) {
        Map<String, String> meta = r.getIndexCommit().getUserData();
        String model = meta.get(IndexSchema.META_EMBEDDING_MODEL);
        String schema = meta.get(IndexSchema.META_SCHEMA_VERSION);
        if (!cfg.embedding().model().equals(model)) {
          return new Finding.Problem(
              "index",
              "built with the embedding model "
                  + model
                  + ", configured: "
                  + cfg.embedding().model(),
              "rebuild it with ./talksbot index, or set embedding.model back");
        }
        if (!IndexSchema.SCHEMA_VERSION.equals(schema)) {
          return new Finding.Problem(
              "index",
              "schema " + schema + ", this version needs " + IndexSchema.SCHEMA_VERSION,
              "rebuild it with ./talksbot index");
        }
        // what an operator counts: articles and passages (the index also holds cached vectors)
        var searcher = new org.apache.lucene.search.IndexSearcher(r);
        int articles = searcher.count(typed(IndexSchema.TYPE_ARTICLE));
        int passages = searcher.count(typed(IndexSchema.TYPE_PASSAGE));
        return new Finding.Ok(
            "index",
            dir + " (" + articles + " articles, " + passages + " passages, model " + model + ")");
      }
    } catch (IOException e) {
      return new Finding.Problem(
          "index", "cannot read " + dir + ": " + e.getMessage(), "rebuild it: " + fix);
    }
  }

  /** An SQLite store: absent is fine (created at start); present must be readable and not newer. */
  static Finding store(String name, Path file, int migrations) {
    if (!Files.exists(file)) {
      return new Finding.Ok(name, "not created yet (" + file + "; created at the first start)");
    }
    SQLiteConfig ro = new SQLiteConfig();
    ro.setReadOnly(true);
    try (Connection c = ro.createConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      String check;
      try (ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
        check = rs.next() ? rs.getString(1) : "no answer";
      }
      int version;
      try (ResultSet rs = s.executeQuery("PRAGMA user_version")) {
        version = rs.next() ? rs.getInt(1) : 0;
      }
      if (!"ok".equals(check)) {
        return new Finding.Problem(
            name,
            file + " is damaged (" + check + ")",
            "restore it from a backup (docs/deploy.md)");
      }
      if (version > migrations) {
        return new Finding.Problem(
            name,
            file
                + " has schema "
                + version
                + ", newer than this version knows ("
                + migrations
                + ")",
            "run the newer talksbot that wrote it, or restore a backup");
      }
      return new Finding.Ok(
          name,
          file
              + " (schema "
              + version
              + (version < migrations ? ", migrated to " + migrations + " at the next start" : "")
              + ")");
    } catch (SQLException e) {
      return new Finding.Problem(
          name,
          "cannot read " + file + ": " + e.getMessage(),
          "check its permissions, or restore it from a backup");
    }
  }
}
