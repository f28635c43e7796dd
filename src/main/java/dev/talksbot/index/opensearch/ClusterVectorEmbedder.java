package dev.talksbot.index.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.talksbot.index.AnswerVectorEmbedder;
import dev.talksbot.index.Embedder;
import dev.talksbot.index.PassageFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The embedder the answerer gets in OpenSearch mode: passage vectors of the sentences and words
 * stored at index time come from {@code <index>-vectors} (one {@code _mget} per call), only other
 * texts reach the model; query vectors are cached. The same contract as the Lucene index's
 * embedder, so an instance needs no local index.
 */
final class ClusterVectorEmbedder extends AnswerVectorEmbedder {
  private final OpenSearchHttp http;
  private final String vectors;
  private final ClusterCatalog catalog;

  ClusterVectorEmbedder(Embedder model, OpenSearchHttp http, String index, ClusterCatalog catalog) {
    super(model);
    this.http = http;
    this.vectors = index + "-vectors";
    this.catalog = catalog;
  }

  @Override
  protected Map<Integer, float[]> stored(List<String> texts) {
    Map<Integer, float[]> out = new java.util.HashMap<>();
    try {
      if (!catalog.current().usable()) return out;
      Map<String, float[]> found = lookup(texts);
      for (int i = 0; i < texts.size(); i++) {
        float[] v = found.get(PassageFields.vectorKey(texts.get(i)));
        if (v != null) out.put(i, v);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
}
