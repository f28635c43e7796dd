package dev.talksbot.ingest.intake;

import dev.talksbot.ingest.store.Arrival;
import java.util.Objects;

/**
 * The event the ingestion stage publishes for each article that arrives new or changed. The same
 * arrival is also kept in the article store ({@link Arrival}), which is how a process that was not
 * listening (a server started later, or a server next to {@code ./talksbot ingest}) hears of it.
 */
public record ArticleArrived(Arrival arrival) {
  public ArticleArrived {
    Objects.requireNonNull(arrival, "arrival");
  }

  /** Hears about arrivals; called on the ingesting thread, so it must return quickly. */
  @FunctionalInterface
  public interface Listener {
    void arrived(ArticleArrived event);
  }
}
