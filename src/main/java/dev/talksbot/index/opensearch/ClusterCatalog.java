package dev.talksbot.index.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.talksbot.ingest.Article;
import java.io.IOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The articles in the cluster (in order of arrival), their content hashes, the passage count and
 * whether the index was built with this model and schema; read again at most every {@link
 * #TTL_NANOS} or after this process wrote, so another instance's article shows within a second.
 */
final class ClusterCatalog {
  /** Longest time a snapshot is served before the cluster is asked again. */
  static final long TTL_NANOS = 1_000_000_000L;

  /** Articles read per page. */
  static final int PAGE = 1_000;

  /** One version of the catalog. */
  record Snapshot(
      Map<String, Article> articles,
      Map<String, String> hashes,
      int passages,
      long maxSeq,
      boolean usable) {
    Snapshot {
      articles = Collections.unmodifiableMap(new LinkedHashMap<>(articles));
      hashes = Map.copyOf(hashes);
      if (passages < 0) throw new IllegalArgumentException("passages < 0");
    }

    static final Snapshot EMPTY = new Snapshot(Map.of(), Map.of(), 0, -1, false);
  }

  /** What tells two versions of the catalog apart, asked in one small request. */
  private record Version(int passages, long articles, long maxSeq) {}

  private record Cached(long at, Version version, Snapshot snapshot) {}

  private final OpenSearchHttp http;
  private final String index;
  private final String model;
  private volatile Cached cached;

  ClusterCatalog(OpenSearchHttp http, String index, String model) {
    this.http = http;
    this.index = index;
    this.model = model;
  }

  Snapshot current() throws IOException {
    Cached c = cached;
    if (c != null && System.nanoTime() - c.at() < TTL_NANOS) return c.snapshot();
    long now = System.nanoTime();
    if (!usable()) {
      cached = new Cached(now, null, Snapshot.EMPTY);
      return Snapshot.EMPTY;
    }
    Version v = version();
    if (c != null && v.equals(c.version())) {
      cached = new Cached(now, v, c.snapshot()); // unchanged: the article texts are not read again
      return c.snapshot();
    }
    Snapshot s = load(v.passages());
    cached = new Cached(now, v, s);
    return s;
  }

  /**
   * Passage and article counts and the newest article's number: an add raises the number, a rebuild
   * or a removal changes a count.
   */
  private Version version() throws IOException {
    ObjectNode q = OpenSearchHttp.JSON.createObjectNode();
    q.put("size", 0);
    q.put("track_total_hits", true);
    ObjectNode aggs = q.putObject("aggs");
    aggs.putObject("idx").putObject("terms").put("field", "_index").put("size", 2);
    aggs.putObject("seq").putObject("max").put("field", OpenSearchRequests.SEQ);
    JsonNode r = http.json("POST", "/" + index + "," + index + "-articles/_search", q);
    int passages = 0;
    long articles = 0;
    for (JsonNode b : r.path("aggregations").path("idx").path("buckets")) {
      if (b.path("key").asText().equals(index)) passages = b.path("doc_count").asInt();
      else articles = b.path("doc_count").asLong();
    }
    long maxSeq = (long) r.path("aggregations").path("seq").path("value").asDouble(-1);
    return new Version(passages, articles, maxSeq);
  }

  /** Forgets the snapshot: the next read asks the cluster. */
  void invalidate() {
    cached = null;
  }

  /** True when the passage index exists and was built with this model and schema. */
  boolean usable() throws IOException {
    String path = "/" + index + "-vectors/_doc/" + OpenSearchRequests.META_DOC;
    OpenSearchHttp.Reply r = http.send("GET", path, null, null);
    if (r.status() == 404) return false;
    if (r.status() / 100 != 2)
      throw new IOException("OpenSearch GET " + path + " answered " + r.status());
    JsonNode meta = r.body().path("_source");
    return model.equals(meta.path(OpenSearchRequests.META_MODEL).asText())
        && OpenSearchRequests.SCHEMA_VERSION.equals(
            meta.path(OpenSearchRequests.META_SCHEMA).asText());
  }

  private Snapshot load(int passages) throws IOException {
    Map<String, Article> articles = new LinkedHashMap<>();
    Map<String, String> hashes = new HashMap<>();
    long maxSeq = -1;
    JsonNode after = null;
    while (true) {
      ObjectNode q = OpenSearchHttp.JSON.createObjectNode();
      q.put("size", PAGE);
      q.putArray("sort").addObject().put(OpenSearchRequests.SEQ, "asc");
      if (after != null) q.set("search_after", after);
      JsonNode hits = http.json("POST", "/" + index + "-articles/_search", q).path("hits");
      JsonNode list = hits.path("hits");
      for (JsonNode h : list) {
        JsonNode s = h.path("_source");
        Article a = OpenSearchDocs.articleFrom(s);
        articles.put(a.id(), a);
        hashes.put(a.id(), s.path(OpenSearchRequests.HASH).asText());
        maxSeq = Math.max(maxSeq, s.path(OpenSearchRequests.SEQ).asLong());
        after = h.path("sort");
      }
      if (list.size() < PAGE) break;
    }
    return new Snapshot(articles, hashes, passages, maxSeq, true);
  }
}
