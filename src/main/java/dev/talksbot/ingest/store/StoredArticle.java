package dev.talksbot.ingest.store;

import dev.talksbot.ingest.Article;
import java.time.Instant;
import java.util.Objects;

/**
 * One article as the store keeps it: the parsed article (metadata and cleaned text, keyed by its
 * id), the raw text as it arrived before cleaning, where it came from and when.
 *
 * @param article the parsed, cleaned article; its id is the store's key
 * @param raw the text as it arrived (file contents or fetched HTML), before any cleaning
 * @param origin where it came from: a file path or a URL
 * @param arrivedAt when it first arrived with this raw text
 */
public record StoredArticle(Article article, String raw, String origin, Instant arrivedAt) {
  public StoredArticle {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(arrivedAt, "arrivedAt");
    if (raw == null || raw.isBlank()) {
      throw new IllegalArgumentException("stored article " + article.id() + " has no raw text");
    }
    if (origin == null || origin.isBlank()) {
      throw new IllegalArgumentException("stored article " + article.id() + " has no origin");
    }
    origin = origin.strip();
  }

  public String id() {
    return article.id();
  }
}
