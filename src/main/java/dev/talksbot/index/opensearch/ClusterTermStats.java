package dev.talksbot.index.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Document frequencies of analysed terms over the cluster's passages, for the answerer's IDF
 * weights: asked in batches (one {@code filters} aggregation for all the terms of a question's
 * passages), cached until the passage count changes.
 */
final class ClusterTermStats {
  /** Terms kept before the cache starts afresh (bounded memory). */
  static final int CAPACITY = 100_000;

  /** Most terms asked in one request (one filter each). */
  static final int BATCH = 500;

  private final OpenSearchHttp http;
  private final String index;
  private final ClusterCatalog catalog;
  private final ConcurrentHashMap<String, Integer> cache = new ConcurrentHashMap<>();
  private volatile int cachedFor = -1;

  ClusterTermStats(OpenSearchHttp http, String index, ClusterCatalog catalog) {
    this.http = http;
    this.index = index;
    this.catalog = catalog;
  }

  /** {@code ln(1 + (N - df + 0.5) / (df + 0.5))} with N the passage count. */
  double idf(String term) {
    try {
      int n = passages();
      Integer df = cache.get(term);
      if (df == null) {
        prefetch(List.of(term));
        df = cache.getOrDefault(term, 0);
      }
      return Math.log(1 + (Math.max(1, n) - df + 0.5) / (df + 0.5));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Asks the document frequencies of the terms not cached yet, in batches. */
  void prefetch(Collection<String> terms) throws IOException {
    passages();
    Set<String> open = new LinkedHashSet<>();
    for (String t : terms) if (!cache.containsKey(t)) open.add(t);
    List<String> list = new ArrayList<>(open);
    for (int from = 0; from < list.size(); from += BATCH) {
      List<String> batch = list.subList(from, Math.min(list.size(), from + BATCH));
      JsonNode buckets =
          http.json("POST", "/" + index + "/_search", OpenSearchRequests.docFreqs(batch))
              .path("aggregations")
              .path("df")
              .path("buckets");
      if (cache.size() + batch.size() > CAPACITY) cache.clear();
      for (String t : batch) cache.put(t, buckets.path(t).path("doc_count").asInt(0));
    }
  }

  private int passages() throws IOException {
    int n = catalog.current().passages();
    if (n != cachedFor) {
      cache.clear();
      cachedFor = n;
    }
    return n;
  }
}
