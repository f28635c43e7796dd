package dev.talksbot.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Where passages are indexed and searched ({@code retrieval.backend:} in the config). */
public enum RetrievalBackend {
  /** A Lucene index on disk in the data dir (the default; one machine). */
  LUCENE,
  /** An OpenSearch cluster several instances share ({@code retrieval.opensearch}). */
  OPENSEARCH;

  /** The spelling used in the config file and in messages. */
  @JsonValue
  public String configName() {
    return ConfigEnums.configName(this);
  }

  /** Parses a config value case-insensitively; blank or null means the default. */
  @JsonCreator
  public static RetrievalBackend parse(String value) {
    return ConfigEnums.parse(RetrievalBackend.class, "retrieval.backend", value, LUCENE);
  }
}
