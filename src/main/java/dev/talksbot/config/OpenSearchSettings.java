package dev.talksbot.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The OpenSearch cluster of {@code retrieval.backend: opensearch}.
 *
 * <pre>
 * retrieval:
 *   backend: opensearch
 *   opensearch:
 *     hosts: [http://search-1:9200, http://search-2:9200]
 *     index: talksbot
 *     shards: 1
 *     replicas: 1
 *     usernameEnv: TALKSBOT_OPENSEARCH_USER      # optional: basic authentication
 *     passwordEnv: TALKSBOT_OPENSEARCH_PASSWORD
 * </pre>
 *
 * The password is never in the file or in this record: only the name of the environment variable
 * that holds it, read by {@link #credentials(Map)} when the index is opened.
 *
 * @param hosts the nodes' HTTP addresses ({@code http(s)://host:port}, no path, no credentials);
 *     env {@code TALKSBOT_OPENSEARCH_HOSTS} (comma-separated)
 * @param index the passage index's name (lower case); the stored answer vectors go to {@code
 *     <index>-vectors}
 * @param shards primary shards of a new index (1..64)
 * @param replicas copies of each shard on other nodes (0..5): 1 keeps answering with a node down
 * @param usernameEnv the environment variable holding the user name, or absent
 * @param passwordEnv the environment variable holding the password, or absent
 */
public record OpenSearchSettings(
    List<String> hosts,
    String index,
    Integer shards,
    Integer replicas,
    String usernameEnv,
    String passwordEnv) {
  /** Index name unless set. */
  public static final String DEFAULT_INDEX = "talksbot";

  /** Most primary shards: the corpus is small; more shards only add per-shard overhead. */
  public static final int MAX_SHARDS = 64;

  /** Most replicas per shard. */
  public static final int MAX_REPLICAS = 5;

  private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /** OpenSearch's rules for index names, restricted to a safe subset. */
  private static final Pattern INDEX_NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,200}");

  public OpenSearchSettings {
    hosts = hosts == null ? List.of() : hosts.stream().map(OpenSearchSettings::host).toList();
    if (index == null || index.isBlank()) index = DEFAULT_INDEX;
    index = index.strip();
    if (!INDEX_NAME.matcher(index).matches())
      throw new ConfigException(
          "retrieval.opensearch.index must be lower-case letters, digits, '-' or '_' (starting"
              + " with a letter or digit), got '"
              + index
              + "'");
    if (shards == null) shards = 1;
    if (replicas == null) replicas = 1;
    if (shards < 1 || shards > MAX_SHARDS)
      throw new ConfigException(
          "retrieval.opensearch.shards must be 1.." + MAX_SHARDS + ", got " + shards);
    if (replicas < 0 || replicas > MAX_REPLICAS)
      throw new ConfigException(
          "retrieval.opensearch.replicas must be 0.." + MAX_REPLICAS + ", got " + replicas);
    usernameEnv = envName("usernameEnv", usernameEnv);
    passwordEnv = envName("passwordEnv", passwordEnv);
    if ((usernameEnv == null) != (passwordEnv == null))
      throw new ConfigException(
          "retrieval.opensearch.usernameEnv and passwordEnv go together: name both or neither");
  }

  public static OpenSearchSettings defaults() {
    return new OpenSearchSettings(null, null, null, null, null, null);
  }

  /** With {@code TALKSBOT_OPENSEARCH_HOSTS} (comma-separated) as the hosts. */
  public OpenSearchSettings withHosts(String commaSeparated) {
    List<String> list =
        java.util.Arrays.stream(commaSeparated.split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .toList();
    return new OpenSearchSettings(list, index, shards, replicas, usernameEnv, passwordEnv);
  }

  /** User name and password for basic authentication, when configured. */
  public record Credentials(String username, String password) {
    public Credentials {
      if (username == null || username.isEmpty() || password == null)
        throw new IllegalArgumentException("username and password are required");
    }

    @Override
    public String toString() {
      return "Credentials[username=" + username + ", password=***]";
    }
  }

  /**
   * The credentials from the environment variables {@link #usernameEnv} and {@link #passwordEnv}
   * name, or null when none are named.
   *
   * @throws ConfigException when a named variable is not set
   */
  public Credentials credentials(Map<String, String> env) {
    if (usernameEnv == null) return null;
    for (String name : List.of(usernameEnv, passwordEnv)) {
      String v = env.get(name);
      if (v == null || v.isEmpty())
        throw new ConfigException(
            "retrieval.opensearch names the environment variable " + name + ", which is not set");
    }
    return new Credentials(env.get(usernameEnv), env.get(passwordEnv));
  }

  private static String host(String h) {
    if (h == null || h.isBlank())
      throw new ConfigException("retrieval.opensearch.hosts holds an empty entry");
    String s = h.strip();
    while (s.endsWith("/")) s = s.substring(0, s.length() - 1);
    URI u;
    try {
      u = new URI(s);
    } catch (URISyntaxException e) {
      throw new ConfigException("retrieval.opensearch.hosts: '" + s + "' is not a URL");
    }
    if (!"http".equals(u.getScheme()) && !"https".equals(u.getScheme()))
      throw new ConfigException(
          "retrieval.opensearch.hosts: '" + s + "' must start with http:// or https://");
    if (u.getHost() == null || u.getPort() == -1 && u.getRawAuthority() == null)
      throw new ConfigException("retrieval.opensearch.hosts: '" + s + "' names no host");
    if (u.getUserInfo() != null)
      throw new ConfigException(
          "retrieval.opensearch.hosts must not contain credentials; name the environment"
              + " variables holding them in usernameEnv and passwordEnv");
    if (u.getRawPath() != null && !u.getRawPath().isEmpty() || u.getRawQuery() != null)
      throw new ConfigException(
          "retrieval.opensearch.hosts: '" + s + "' must be scheme://host:port without a path");
    return s;
  }

  private static String envName(String key, String value) {
    if (value == null || value.isBlank()) return null;
    String v = value.strip();
    if (!ENV_NAME.matcher(v).matches())
      throw new ConfigException(
          "retrieval.opensearch."
              + key
              + " must be the name of an environment variable (letters, digits, underscores),"
              + " not the value itself");
    return v;
  }
}
