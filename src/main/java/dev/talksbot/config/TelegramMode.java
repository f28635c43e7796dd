package dev.talksbot.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** How {@code serve} receives updates ({@code telegram.mode:} in the config). */
public enum TelegramMode {
  /** Long polling with getUpdates (the default). */
  POLLING,
  /** Telegram posts updates to the bot's own HTTPS endpoint. */
  WEBHOOK;

  /** The spelling used in the config file and in messages. */
  @JsonValue
  public String configName() {
    return ConfigEnums.configName(this);
  }

  /** Parses a config value case-insensitively; blank or null means the default. */
  @JsonCreator
  public static TelegramMode parse(String value) {
    return ConfigEnums.parse(TelegramMode.class, "telegram.mode", value, POLLING);
  }
}
