package dev.talksbot.config;

/**
 * The operations endpoint of {@code serve}: {@code /healthz}, {@code /readyz}, {@code /metrics}.
 *
 * @param host address it binds to; {@code 127.0.0.1} by default (a scraper on the same machine);
 *     {@code 0.0.0.0} in a container
 * @param port port it listens on; 0 (the default) turns it off; env {@code TALKSBOT_OPS_PORT}
 */
public record OpsSettings(String host, Integer port) {
  public static final String DEFAULT_HOST = "127.0.0.1";

  public OpsSettings {
    if (host == null || host.isBlank()) host = DEFAULT_HOST;
    host = host.strip();
    if (port == null) port = 0;
    if (port < 0 || port > 65535) {
      throw new ConfigException("ops.port must be 0..65535 (0 = off), got " + port);
    }
  }

  public static OpsSettings defaults() {
    return new OpsSettings(null, null);
  }

  /** Whether the endpoint runs. */
  public boolean enabled() {
    return port > 0;
  }

  public OpsSettings withPort(int p) {
    return Records.with(this, "port", p);
  }
}
