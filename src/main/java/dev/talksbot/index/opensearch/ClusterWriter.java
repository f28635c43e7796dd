package dev.talksbot.index.opensearch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.talksbot.index.Embedder;
import dev.talksbot.index.InOrder;
import dev.talksbot.index.IndexProgress;
import dev.talksbot.index.PassageFields;
import dev.talksbot.index.SearchIndex.AddOutcome;
import dev.talksbot.ingest.Article;
import dev.talksbot.ingest.Chunker;
import dev.talksbot.ingest.Passage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writing to the cluster: a rebuild creates the three indices afresh and bulk-indexes every article
 * (embedded on every core, {@link InOrder}); an add replaces one article's passages (delete by
 * article, bulk index, refresh). Each article's passages are embedded here, with the sentences and
 * words whose vectors the answerer reads and the cluster does not hold yet.
 */
final class ClusterWriter {
  /** Bulk request size before it is sent (OpenSearch accepts up to 100 MB by default). */
  static final int BULK_BYTES = 4 << 20;

  private final OpenSearchHttp http;
  private final String index;
  private final int shards;
  private final int replicas;
  private final double k1;
  private final double b;
  private final Embedder model;
  private final Chunker chunker;

  ClusterWriter(
      OpenSearchHttp http,
      String index,
      int shards,
      int replicas,
      double k1,
      double b,
      Embedder model,
      Chunker chunker) {
    this.http = http;
    this.index = index;
    this.shards = shards;
    this.replicas = replicas;
    this.k1 = k1;
    this.b = b;
    this.model = model;
    this.chunker = chunker;
  }

  /** Deletes the three indices (if any) and creates them empty. */
  void create() throws IOException {
    for (String name : List.of(index, index + "-articles", index + "-vectors")) {
      OpenSearchHttp.Reply r = http.send("DELETE", "/" + name, null, null);
      if (r.status() / 100 != 2 && r.status() != 404)
        throw new IOException("OpenSearch DELETE /" + name + " answered " + r.status());
    }
    http.json(
        "PUT",
        "/" + index,
        OpenSearchRequests.passageIndex(shards, replicas, k1, b, model.dimension(), model.name()));
    http.json("PUT", "/" + index + "-articles", OpenSearchRequests.articleIndex(shards, replicas));
    http.json("PUT", "/" + index + "-vectors", OpenSearchRequests.vectorIndex(shards, replicas));
  }

  /**
   * Records the model and schema: from now on the index counts as built ({@link
   * ClusterCatalog#usable}).
   */
  private void markBuilt() throws IOException {
    http.json(
        "PUT",
        "/" + index + "-vectors/_doc/" + OpenSearchRequests.META_DOC + "?refresh=true",
        OpenSearchRequests.metaDoc(model.name()));
  }

  long rebuild(List<Article> articles, IndexProgress progress) throws IOException {
    create();
    long[] passages = {0};
    long t0 = System.nanoTime();
    Set<String> written = new HashSet<>();
    StringBuilder bulk = new StringBuilder();
    // embedded on every core, appended to the bulk request in article order
    new InOrder<Article, Prepared, String>(InOrder.defaultWorkers(), "talksbot-embed-")
        .run(
            articles,
            (i, a) -> prepare(a, i, written, Map.of()),
            this::build,
            (i, p, ops) -> {
              bulk.append(ops);
              passages[0] += p.passages().size();
              if (bulk.length() > BULK_BYTES) flush(bulk);
              progress.update(i + 1, articles.size(), passages[0], System.nanoTime() - t0);
            });
    flush(bulk);
    markBuilt();
    refresh();
    return passages[0];
  }

  /**
   * Replaces one article's passages.
   *
   * @param stored looks up which answer vectors the cluster already holds
   */
  AddOutcome add(Article a, ClusterCatalog.Snapshot snap, ClusterVectorEmbedder stored)
      throws IOException {
    if (!snap.usable()) create();
    String old = snap.hashes().get(a.id());
    if (PassageFields.contentHash(a).equals(old)) return AddOutcome.UNCHANGED;
    ObjectNode q = OpenSearchHttp.JSON.createObjectNode();
    q.putObject("query").putObject("term").put(OpenSearchRequests.ARTICLE_ID, a.id());
    http.json("POST", "/" + index + "/_delete_by_query?refresh=true&conflicts=proceed", q);
    Set<String> texts = new LinkedHashSet<>();
    for (Passage p : chunker.chunk(a)) texts.addAll(PassageFields.vectorTexts(p));
    Map<String, float[]> have = stored.lookup(new ArrayList<>(texts));
    StringBuilder bulk =
        new StringBuilder(build(prepare(a, snap.maxSeq() + 1, new HashSet<>(), have)));
    flush(bulk);
    if (!snap.usable()) markBuilt();
    refresh();
    return old == null ? AddOutcome.ADDED : AddOutcome.REPLACED;
  }

  void refresh() throws IOException {
    http.json("POST", "/" + index + "," + index + "-articles," + index + "-vectors/_refresh", null);
  }

  /**
   * An article ready to embed: its passages, the texts to embed (each passage, then the sentence
   * and word rows the cluster lacks and no earlier article of this write claimed) and those rows'
   * keys.
   */
  private record Prepared(
      Article article, long seq, List<Passage> passages, List<String> toEmbed, List<String> keys) {
    Prepared {
      passages = List.copyOf(passages);
      toEmbed = List.copyOf(toEmbed);
      keys = List.copyOf(keys);
      if (toEmbed.size() != passages.size() + keys.size())
        throw new IllegalArgumentException("texts to embed are not passages plus new rows");
    }
  }

  /** Chunks an article and claims its new rows, in article order. */
  private Prepared prepare(Article a, long seq, Set<String> written, Map<String, float[]> have) {
    List<Passage> passages = chunker.chunk(a);
    List<String> toEmbed = new ArrayList<>();
    for (Passage p : passages) toEmbed.add(PassageFields.embeddedText(a, p));
    List<String> newKeys = new ArrayList<>();
    for (Passage p : passages)
      for (String t : PassageFields.vectorTexts(p)) {
        String key = PassageFields.vectorKey(t);
        if (have.containsKey(key) || !written.add(key)) continue;
        newKeys.add(key);
        toEmbed.add(t);
      }
    return new Prepared(a, seq, passages, toEmbed, newKeys);
  }

  /** Embeds a prepared article and renders its bulk operations (on any thread). */
  private String build(Prepared p) throws IOException {
    List<float[]> vectors = model.embedPassages(p.toEmbed());
    StringBuilder bulk = new StringBuilder();
    Article a = p.article();
    List<Passage> passages = p.passages();
    for (int i = 0; i < passages.size(); i++)
      op(
          bulk,
          index,
          passages.get(i).id(),
          OpenSearchDocs.passage(a, passages.get(i), vectors.get(i)));
    op(bulk, index + "-articles", a.id(), OpenSearchDocs.article(a, p.seq()));
    for (int j = 0; j < p.keys().size(); j++)
      op(
          bulk,
          index + "-vectors",
          p.keys().get(j),
          OpenSearchDocs.vectorRow(vectors.get(passages.size() + j)));
    return bulk.toString();
  }

  private static void op(StringBuilder bulk, String index, String id, ObjectNode doc)
      throws JsonProcessingException {
    ObjectNode action = OpenSearchHttp.JSON.createObjectNode();
    action.putObject("index").put("_index", index).put("_id", id);
    bulk.append(OpenSearchHttp.JSON.writeValueAsString(action)).append('\n');
    bulk.append(OpenSearchHttp.JSON.writeValueAsString(doc)).append('\n');
  }

  private void flush(StringBuilder bulk) throws IOException {
    if (bulk.isEmpty()) return;
    http.bulk(bulk.toString());
    bulk.setLength(0);
  }
}
