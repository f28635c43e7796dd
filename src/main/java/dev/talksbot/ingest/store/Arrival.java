package dev.talksbot.ingest.store;

import java.time.Instant;
import java.util.Objects;

/**
 * One article arriving as news, in the order of arrival.
 *
 * @param seq the arrival's sequence number (increasing)
 * @param articleId the article that arrived (new or changed)
 * @param via how it came in, e.g. {@code file:a.txt}, {@code url:https://…}, {@code feed:…}
 * @param at when
 */
public record Arrival(long seq, String articleId, String via, Instant at) {
  public Arrival {
    if (seq <= 0) throw new IllegalArgumentException("arrival seq must be positive: " + seq);
    if (articleId == null || articleId.isBlank()) {
      throw new IllegalArgumentException("arrival without an article id");
    }
    Objects.requireNonNull(via, "via");
    Objects.requireNonNull(at, "at");
  }
}
