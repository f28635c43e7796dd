package dev.talksbot.index;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The embedder an index hands the answerer: passage vectors of texts the index stored at index time
 * (sentences and their words, see {@link StoredVectors}) come from where the index keeps them
 * ({@link #stored}); only other texts reach the model. Query vectors are cached (bounded), so the
 * one model call of a question is made once for retrieval and answerer, and not again for a
 * repeated question. The Lucene index and the OpenSearch cluster each supply {@link #stored}.
 */
public abstract class AnswerVectorEmbedder implements Embedder {
  /** Query vectors kept (repeated questions): about 1.5 kB each at 384 dimensions. */
  public static final int QUERY_CACHE_SIZE = 2_048;

  /** Passage vectors kept in memory after a lookup or a model call: about 12 MB at 384 floats. */
  public static final int PASSAGE_CACHE_SIZE = 8_192;

  private final Embedder model;
  private final Map<String, float[]> queries = lru(QUERY_CACHE_SIZE);
  private final Map<String, float[]> passages = lru(PASSAGE_CACHE_SIZE);

  protected AnswerVectorEmbedder(Embedder model) {
    this.model = model;
  }

  /** The model behind the stored vectors. */
  public Embedder model() {
    return model;
  }

  /** Forgets cached passage vectors (after a rebuild). */
  public void clear() {
    passages.clear();
  }

  /**
   * The vectors the index stored for some of these texts, by position in {@code texts}; texts it
   * holds none for are absent (the model embeds them).
   */
  protected abstract Map<Integer, float[]> stored(List<String> texts);

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
    if (!open.isEmpty()) {
      Map<Integer, float[]> found = stored(open.stream().map(texts::get).toList());
      for (var e : found.entrySet()) out[open.get(e.getKey())] = e.getValue();
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
