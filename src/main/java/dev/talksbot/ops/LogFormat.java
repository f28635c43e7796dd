package dev.talksbot.ops;

import dev.talksbot.config.ConfigException;
import java.util.Locale;
import java.util.Map;

/**
 * {@code TALKSBOT_LOG_FORMAT}: {@code text} (default, {@code logback.xml}) or {@code json} (one
 * JSON object per line, {@code logback-json.xml}). Applied before the first logger is created.
 */
public enum LogFormat {
  TEXT("logback.xml"),
  JSON("logback-json.xml");

  public static final String ENV = "TALKSBOT_LOG_FORMAT";

  /** Logback reads its configuration from this system property when it is set. */
  static final String LOGBACK_PROPERTY = "logback.configurationFile";

  private final String resource;

  LogFormat(String resource) {
    this.resource = resource;
  }

  public String resource() {
    return resource;
  }

  /** The format the environment asks for. */
  public static LogFormat of(Map<String, String> env) {
    String v = env.get(ENV);
    if (v == null || v.isBlank()) return TEXT;
    try {
      return valueOf(v.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ConfigException(ENV + " must be text or json, got '" + v + "'");
    }
  }

  /** Points logback at this format's configuration unless one was given explicitly. */
  public void apply() {
    if (this == JSON && System.getProperty(LOGBACK_PROPERTY) == null) {
      System.setProperty(LOGBACK_PROPERTY, resource);
    }
  }
}
