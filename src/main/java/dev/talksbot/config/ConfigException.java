package dev.talksbot.config;

/**
 * A configuration problem: an invalid value in a settings record, an unknown key, a bad environment
 * variable. The message names the key (and the file when one was read). It extends {@link
 * IllegalArgumentException} because it is one: a settings record's constructor throws it for an
 * invalid argument. {@code Main} recognises it by type anywhere in a failure's cause chain.
 */
public final class ConfigException extends IllegalArgumentException {
  public ConfigException(String message) {
    super(message);
  }

  public ConfigException(String message, Throwable cause) {
    super(message, cause);
  }
}
