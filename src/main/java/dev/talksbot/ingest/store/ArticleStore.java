package dev.talksbot.ingest.store;

import java.util.List;
import java.util.Optional;

/**
 * The durable copy of every article that entered the system. The search index is derived from it
 * and can always be rebuilt from it. Implementations are safe for concurrent use.
 */
public interface ArticleStore extends AutoCloseable {
  /**
   * Keeps an article, replacing any article with the same id (writing the same article twice
   * changes nothing; its first arrival time is kept while its raw text is unchanged).
   */
  void put(StoredArticle article);

  Optional<StoredArticle> get(String id);

  /** Every stored article, oldest arrival first. */
  List<StoredArticle> all();

  int count();

  /**
   * Records that an article arrived as news (new or changed, through ingestion rather than a
   * rebuild): the durable, cross-process event the alerts follow. Returns its sequence number.
   */
  long announce(String articleId, String via, java.time.Instant at);

  /** Arrivals after sequence number {@code seq}, oldest first, at most {@code limit}. */
  List<Arrival> arrivalsAfter(long seq, int limit);

  @Override
  void close();
}
