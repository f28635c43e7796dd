package dev.talksbot.index.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.talksbot.index.Embedder;
import dev.talksbot.index.PassageFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The embedder the answerer gets in OpenSearch mode: passage vectors of the sentences and words
 * stored at index time come from {@code <index>-vectors} (one {@code _mget} per call), only other
 * texts reach the model; query vectors are cached. The same contract as the Lucene index's
 * embedder, so an instance needs no local index.
 */
final class ClusterVectorEmbedder implements Embedder {
  /** Query vectors kept (repeated questions): about 1.5 kB each at 384 dimensions. */
  static final int QUERY_CACHE_SIZE = 2_048;

  /** Passage vectors kept in memory after a lookup or a model call: about 12 MB at 384 floats. */
  static final int PASSAGE_CACHE_SIZE = 8_192;

  private final Embedder model;
  private final OpenSearchHttp http;
  private final String vectors;
  private final ClusterCatalog catalog;
  private final Map<String, float[]> queries = lru(QUERY_CACHE_SIZE);
  private final Map<String, float[]> passages = lru(PASSAGE_CACHE_SIZE);

  ClusterVectorEmbedder(Embedder model, OpenSearchHttp http, String index, ClusterCatalog catalog) {
    this.model = model;
    this.http = http;
    this.vectors = index + "-vectors";
    this.catalog = catalog;
  }

  Embedder model() {
    return model;
  }

  /** Forgets cached passage vectors (after a rebuild). */
  void clear() {
    passages.clear();
  }

  @Override
  public String name() {
    return model.name();
  }

  @Override
  public int dimension() {
    return model.dimension();
  }

  @Override
  public float[] embedQuery(String text) {
    float[] v = queries.get(text);
    if (v != null) return v;
    v = model.embedQuery(text);
    queries.put(text, v);
    return v;
  }

  @Override
  public float[] embedPassage(String text) {
    return embedPassages(List.of(text)).getFirst();
  }

  @Override
  public List<float[]> embedPassages(List<String> texts) {
    if (texts.isEmpty()) return List.of();
    float[][] out = new float[texts.size()][];
    List<Integer> open = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      out[i] = passages.get(texts.get(i));
      if (out[i] == null) open.add(i);
    }
    try {
      if (!open.isEmpty() && catalog.current().usable()) {
        Map<String, float[]> found = lookup(open.stream().map(texts::get).toList());
        for (int i : open) out[i] = found.get(PassageFields.vectorKey(texts.get(i)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Integer> missing = new ArrayList<>();
    for (int i : open) if (out[i] == null) missing.add(i);
    if (!missing.isEmpty()) {
      List<float[]> computed = model.embedPassages(missing.stream().map(texts::get).toList());
      for (int j = 0; j < missing.size(); j++) out[missing.get(j)] = computed.get(j);
    }
    for (int i : open) passages.put(texts.get(i), out[i]);
    return List.of(out);
  }

  /** The stored vectors of these texts, by key (texts without one are absent). */
  Map<String, float[]> lookup(List<String> texts) throws IOException {
    Map<String, float[]> out = new LinkedHashMap<>();
    if (texts.isEmpty()) return out;
    ObjectNode body = OpenSearchHttp.JSON.createObjectNode();
    var ids = body.putArray("ids");
    for (String t : texts) ids.add(PassageFields.vectorKey(t));
    OpenSearchHttp.Reply r =
        http.send("POST", "/" + vectors + "/_mget", body.toString(), "application/json");
    if (r.status() == 404) return out; // no index yet
    if (r.status() / 100 != 2)
      throw new IOException("OpenSearch _mget on " + vectors + " answered " + r.status());
    for (JsonNode d : r.body().path("docs"))
      if (d.path("found").asBoolean(false))
        out.put(d.path("_id").asText(), OpenSearchDocs.vectorFrom(d.path("_source")));
    return out;
  }

  private static Map<String, float[]> lru(int capacity) {
    return Collections.synchronizedMap(
        new LinkedHashMap<>(256, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, float[]> e) {
            return size() > capacity;
          }
        });
  }
}
