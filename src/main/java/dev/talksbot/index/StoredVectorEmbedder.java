package dev.talksbot.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.util.BytesRef;

/**
 * The embedder the answerer gets from {@link PassageIndex#embedder()}: passage vectors of texts the
 * index stored (sentences and their words, see {@link StoredVectors}) come from the index; only
 * other texts reach the model. Query vectors are cached (bounded), so the one model call of a
 * question is made once for retrieval and answerer, and not again for a repeated question.
 */
final class StoredVectorEmbedder implements Embedder {
  /** Query vectors kept (repeated questions): about 1.5 kB each at 384 dimensions. */
  static final int QUERY_CACHE_SIZE = 2_048;

  /** Passage vectors kept in memory after a lookup or a model call: about 12 MB at 384 floats. */
  static final int PASSAGE_CACHE_SIZE = 8_192;

  private final Embedder model;
  private final PassageSearcher searcher;
  private final Map<String, float[]> queries = lru(QUERY_CACHE_SIZE);
  private final Map<String, float[]> passages = lru(PASSAGE_CACHE_SIZE);

  StoredVectorEmbedder(Embedder model, PassageSearcher searcher) {
    this.model = model;
    this.searcher = searcher;
  }

  /** The model behind the stored vectors. */
  Embedder model() {
    return model;
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
    if (!open.isEmpty()) fromIndex(texts, out, open);
    List<Integer> missing = new ArrayList<>();
    for (int i : open) if (out[i] == null) missing.add(i);
    if (!missing.isEmpty()) {
      List<float[]> computed = model.embedPassages(missing.stream().map(texts::get).toList());
      for (int j = 0; j < missing.size(); j++) out[missing.get(j)] = computed.get(j);
    }
    for (int i : open) passages.put(texts.get(i), out[i]);
    return List.of(out);
  }

  private void fromIndex(List<String> texts, float[][] out, List<Integer> open) {
    List<BytesRef> keys = open.stream().map(i -> PassageDocuments.vectorKey(texts.get(i))).toList();
    Map<Integer, float[]> found;
    try {
      found = searcher.withSearcher(s -> ownModel(s) ? StoredVectors.lookup(s, keys) : Map.of());
    } catch (PassageSearcher.NoIndexException e) {
      return; // nothing stored yet: the model computes them
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (var e : found.entrySet()) out[open.get(e.getKey())] = e.getValue();
  }

  private record Checked(Object readerKey, boolean own) {}

  private volatile Checked checked;

  /**
   * Whether the searcher's index was written with this model and schema: while a rebuild for a new
   * model runs, the old commit's vectors are another model's and must not be served.
   */
  private boolean ownModel(org.apache.lucene.search.IndexSearcher s) throws IOException {
    Object key = ArticleCatalog.readerKey(s.getIndexReader());
    Checked c = checked;
    if (c != null && c.readerKey() == key) return c.own();
    boolean own = false;
    if (s.getIndexReader() instanceof org.apache.lucene.index.DirectoryReader r) {
      Map<String, String> meta = r.getIndexCommit().getUserData();
      own =
          model.name().equals(meta.get(IndexSchema.META_EMBEDDING_MODEL))
              && IndexSchema.SCHEMA_VERSION.equals(meta.get(IndexSchema.META_SCHEMA_VERSION));
    }
    checked = new Checked(key, own);
    return own;
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
