package dev.talksbot.alerts;

import dev.talksbot.alerts.store.AlertStore;
import dev.talksbot.ingest.store.Arrival;
import dev.talksbot.ingest.store.ArticleStore;
import java.time.Clock;
import java.util.List;

/**
 * How alerts hear about new articles: it follows the article store's arrivals (the ingestion
 * stage's durable event log, written by whichever process ingested) and turns each into one
 * new-article event in the alerts store, past a cursor kept there. Arrivals made while no server
 * ran are picked up at the next start.
 */
final class ArrivalFeed {
  /** Arrivals copied per look. */
  static final int BATCH = 200;

  private final ArticleStore articles;
  private final AlertStore store;
  private final Clock clock;

  ArrivalFeed(ArticleStore articles, AlertStore store, Clock clock) {
    this.articles = articles;
    this.store = store;
    this.clock = clock;
  }

  /** Copies the arrivals after the cursor into events; returns how many. */
  int pull() {
    int n = 0;
    while (true) {
      List<Arrival> batch = articles.arrivalsAfter(store.arrivalCursor(), BATCH);
      if (batch.isEmpty()) return n;
      store.addArrivalEvents(batch, clock.instant());
      n += batch.size();
      if (batch.size() < BATCH) return n;
    }
  }
}
