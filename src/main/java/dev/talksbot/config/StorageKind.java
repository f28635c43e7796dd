package dev.talksbot.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Where the state stores live ({@code storage.kind:} in the config). */
public enum StorageKind {
  /** SQLite files under the data dir (the default; one machine). */
  SQLITE,
  /** A PostgreSQL database several instances share. */
  POSTGRES;

  /** The spelling used in the config file and in messages. */
  @JsonValue
  public String configName() {
    return ConfigEnums.configName(this);
  }

  /** Parses a config value case-insensitively; blank or null means the default. */
  @JsonCreator
  public static StorageKind parse(String value) {
    return ConfigEnums.parse(StorageKind.class, "storage.kind", value, SQLITE);
  }
}
