package dev.talksbot.db;

import java.util.Locale;

/**
 * Where a PostgreSQL-backed store connects: the JDBC URL, the user, the password (already read from
 * the environment; never from a file) and the pool size. {@link #toString} never shows the
 * password, so the record can appear in messages and logs.
 *
 * @param url {@code jdbc:postgresql://host[:port]/database}
 * @param user the database role
 * @param password the role's password, or null (trust, peer or certificate authentication)
 * @param poolSize connections each store keeps at most
 */
public record PostgresTarget(String url, String user, String password, int poolSize) {
  /** The URL prefix the PostgreSQL JDBC driver answers to. */
  public static final String URL_PREFIX = "jdbc:postgresql://";

  /** Upper bound of a store's pool: PostgreSQL's default max_connections is 100. */
  public static final int MAX_POOL_SIZE = 50;

  public PostgresTarget {
    if (url == null || !url.strip().startsWith(URL_PREFIX)) {
      throw new IllegalArgumentException(
          "a PostgreSQL URL must start with " + URL_PREFIX + ", got '" + url + "'");
    }
    url = url.strip();
    if (url.toLowerCase(Locale.ROOT).contains("password=")) {
      throw new IllegalArgumentException(
          "the PostgreSQL URL must not carry a password; name an environment variable instead");
    }
    if (user == null || user.isBlank()) throw new IllegalArgumentException("no PostgreSQL user");
    user = user.strip();
    if (password != null && password.isEmpty()) password = null;
    if (poolSize < 1 || poolSize > MAX_POOL_SIZE) {
      throw new IllegalArgumentException(
          "pool size must be 1.." + MAX_POOL_SIZE + ", got " + poolSize);
    }
  }

  @Override
  public String toString() {
    return "PostgresTarget[url="
        + url
        + ", user="
        + user
        + ", password="
        + (password == null ? "none" : "(set)")
        + ", poolSize="
        + poolSize
        + "]";
  }
}
