package dev.talksbot.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Which answerer builds answers ({@code answerer:} in the config, env {@code TALKSBOT_ANSWERER}).
 */
public enum AnswererKind {
  /** The offline, extractive answerer (the default). */
  EXTRACTIVE,
  /** Any OpenAI-compatible endpoint. */
  OPENAI,
  /** An Ollama server. */
  OLLAMA;

  /** The spelling used in the config file and in messages. */
  @JsonValue
  public String configName() {
    return ConfigEnums.configName(this);
  }

  /** Parses a config value case-insensitively; blank or null means the default. */
  @JsonCreator
  public static AnswererKind parse(String value) {
    return ConfigEnums.parse(AnswererKind.class, "answerer", value, EXTRACTIVE);
  }
}
