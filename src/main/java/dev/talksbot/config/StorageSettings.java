package dev.talksbot.config;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where the state stores (alerts, articles, intake queue) live.
 *
 * <pre>
 * storage:
 *   kind: postgres                    # sqlite (default) | postgres
 *   url: jdbc:postgresql://db.internal:5432/talksbot
 *   user: talksbot
 *   passwordEnv: TALKSBOT_DB_PASSWORD # the environment variable holding the password
 *   poolSize: 4
 * </pre>
 *
 * The password itself is never in the file or in this record: only the name of the environment
 * variable that holds it, read by {@link #password(Map)} when the stores are opened.
 *
 * @param kind {@code sqlite} (files under the data dir) or {@code postgres}
 * @param url the JDBC URL of the PostgreSQL database; env {@code TALKSBOT_STORAGE_URL} (which also
 *     selects {@code postgres})
 * @param user the database role (postgres only; required there)
 * @param passwordEnv the environment variable holding the role's password, or absent for
 *     password-less authentication
 * @param poolSize connections each store keeps at most (postgres only)
 */
public record StorageSettings(
    StorageKind kind, String url, String user, String passwordEnv, Integer poolSize) {
  /** Pooled connections per store unless set: enough for serve's few concurrent writers. */
  public static final int DEFAULT_POOL_SIZE = 4;

  /** Upper bound: PostgreSQL allows 100 connections by default, shared by every instance. */
  public static final int MAX_POOL_SIZE = 50;

  private static final String URL_PREFIX = "jdbc:postgresql://";
  private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  public StorageSettings {
    if (kind == null) kind = StorageKind.SQLITE;
    url = blankToNull(url);
    user = blankToNull(user);
    passwordEnv = blankToNull(passwordEnv);
    if (kind == StorageKind.SQLITE) {
      for (var e :
          Map.of(
                  "url",
                  url == null ? "" : url,
                  "user",
                  user == null ? "" : user,
                  "passwordEnv",
                  passwordEnv == null ? "" : passwordEnv,
                  "poolSize",
                  poolSize == null ? "" : poolSize.toString())
              .entrySet()) {
        if (!e.getValue().isEmpty()) {
          throw new ConfigException(
              "storage."
                  + e.getKey()
                  + " is only used with storage.kind: postgres"
                  + " (storage.kind is sqlite)");
        }
      }
    } else {
      if (url == null) {
        throw new ConfigException(
            "storage.kind postgres needs storage.url (" + URL_PREFIX + "host:5432/database)");
      }
      if (!url.startsWith(URL_PREFIX)) {
        throw new ConfigException(
            "storage.url must start with " + URL_PREFIX + ", got '" + withoutQuery(url) + "'");
      }
      if (url.toLowerCase(Locale.ROOT).contains("password=")) {
        throw new ConfigException(
            "storage.url must not contain a password; put it in an environment variable and"
                + " name that variable in storage.passwordEnv");
      }
      if (user == null) throw new ConfigException("storage.kind postgres needs storage.user");
      if (passwordEnv != null && !ENV_NAME.matcher(passwordEnv).matches()) {
        throw new ConfigException(
            "storage.passwordEnv must be the name of an environment variable (letters, digits,"
                + " underscores), not the password itself");
      }
      if (poolSize == null) poolSize = DEFAULT_POOL_SIZE;
      if (poolSize < 1 || poolSize > MAX_POOL_SIZE) {
        throw new ConfigException(
            "storage.poolSize must be 1.." + MAX_POOL_SIZE + ", got " + poolSize);
      }
    }
  }

  public static StorageSettings defaults() {
    return new StorageSettings(null, null, null, null, null);
  }

  /** With {@code TALKSBOT_STORAGE_URL}: that PostgreSQL database, other settings kept. */
  public StorageSettings withPostgresUrl(String jdbcUrl) {
    return new StorageSettings(StorageKind.POSTGRES, jdbcUrl, user, passwordEnv, poolSize);
  }

  public boolean postgres() {
    return kind == StorageKind.POSTGRES;
  }

  /**
   * The password from the environment variable {@link #passwordEnv} names (null when none is
   * named).
   *
   * @throws ConfigException when the variable is named but not set
   */
  public String password(Map<String, String> env) {
    if (passwordEnv == null) return null;
    String p = env.get(passwordEnv);
    if (p == null || p.isEmpty()) {
      throw new ConfigException(
          "storage.passwordEnv names the environment variable "
              + passwordEnv
              + ", which is not set");
    }
    return p;
  }

  /** A URL for messages: without its query string, which may carry options such as ssl keys. */
  public static String withoutQuery(String url) {
    int q = url == null ? -1 : url.indexOf('?');
    return q < 0 ? url : url.substring(0, q);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
