package dev.talksbot.index;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An in-process ONNX embedding model from LangChain4j's artifacts (weights ship in the jar: no
 * network, no download), run by {@link BatchedOnnxEmbedder} (one text per run, or padded batches).
 * BGE expects an instruction prefix on queries only. Embeddings are cached (LRU, {@link
 * #CACHE_ENTRIES}), so repeated questions and sentences cost nothing.
 */
public final class OnnxEmbedder implements Embedder {
  public static final String BGE_SMALL = "bge-small-en-v15-q";
  public static final String MINILM = "all-minilm-l6-v2-q";

  /** Both models give 384-dimensional vectors. */
  static final int DIMENSION = 384;

  private static final String BGE_QUERY_PREFIX =
      "Represent this sentence for searching relevant passages: ";

  /** Texts whose vectors are kept (about 1.6 KB each: some 32 MB at most). */
  static final int CACHE_ENTRIES = 20_000;

  private final String name;
  private final BatchedOnnxEmbedder model;
  private final String queryPrefix;
  private final Map<String, float[]> cache;

  private OnnxEmbedder(String name, BatchedOnnxEmbedder model, String queryPrefix) {
    this.name = name;
    this.model = model;
    this.queryPrefix = queryPrefix;
    this.cache =
        Collections.synchronizedMap(
            new LinkedHashMap<>(1024, 0.75f, true) {
              @Override
              protected boolean removeEldestEntry(Map.Entry<String, float[]> e) {
                return size() > CACHE_ENTRIES;
              }
            });
  }

  /**
   * Loads a model by its configured name; every text runs alone ({@link #BATCHES}: on the 2-core
   * machine measured, one text per run was the fastest).
   */
  public static OnnxEmbedder load(String name) {
    return load(name, BATCHES);
  }

  /**
   * Whether lists of passages run in padded batches by default. Measured on 2 cores (BENCHMARKS.md,
   * "Batched embedding"): one text per run through the published graph, 72 texts per CPU-second;
   * batches of 10 through the per-text rewrite, 21; batches of 96, 42; LangChain4j's embedAll, 49.
   * Batches stay available ({@link #load(String, boolean)}) for machines where they pay.
   */
  public static final boolean BATCHES = false;

  /**
   * Loads a model by its configured name.
   *
   * @param batches whether lists of passages run in batches (indexing, a server); one-shot
   *     questions embed a few texts and spare the batch session's set-up
   */
  public static OnnxEmbedder load(String name, boolean batches) {
    return switch (name) {
      case BGE_SMALL ->
          new OnnxEmbedder(
              name,
              BatchedOnnxEmbedder.fromResources(
                  MODEL_RESOURCES.get(0),
                  "bge-small-en-v1.5-q-tokenizer.json",
                  BatchedOnnxEmbedder.Pooling.CLS,
                  batches),
              BGE_QUERY_PREFIX);
      case MINILM ->
          new OnnxEmbedder(
              name,
              BatchedOnnxEmbedder.fromResources(
                  MODEL_RESOURCES.get(1),
                  "all-minilm-l6-v2-q-tokenizer.json",
                  BatchedOnnxEmbedder.Pooling.MEAN,
                  batches),
              "");
      default -> throw new IllegalArgumentException(unknown(name));
    };
  }

  /** The class-path resources of the known models' ONNX files. */
  public static final java.util.List<String> MODEL_RESOURCES =
      java.util.List.of("bge-small-en-v1.5-q.onnx", "all-minilm-l6-v2-q.onnx");

  /** Whether {@link #load} knows this model name. */
  public static boolean known(String name) {
    return BGE_SMALL.equals(name) || MINILM.equals(name);
  }

  private static String unknown(String name) {
    return "unknown embedding model '" + name + "' (known: " + BGE_SMALL + ", " + MINILM + ")";
  }

  /**
   * The model, loading on a background thread from now on: the caller opens the index and the
   * catalog meanwhile, and the first embedding waits for the load.
   */
  public static LazyEmbedder loadInBackground(String name) {
    if (!known(name)) throw new IllegalArgumentException(unknown(name));
    return LazyEmbedder.started(name, DIMENSION, () -> load(name));
  }

  /**
   * The model (in batches), loaded only if something is embedded (e.g. never by a listing of
   * sources).
   */
  public static Embedder loadWhenUsed(String name) {
    if (!known(name)) throw new IllegalArgumentException(unknown(name));
    return LazyEmbedder.deferred(name, DIMENSION, () -> load(name));
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int dimension() {
    return DIMENSION;
  }

  @Override
  public float[] embedQuery(String text) {
    return cached("q\u0000" + text, queryPrefix + text);
  }

  @Override
  public float[] embedPassage(String text) {
    return cached("p\u0000" + text, text);
  }

  /**
   * The cached vector of a key, or the model's for {@code text}, computed outside the cache's lock
   * ({@code computeIfAbsent} on a synchronized map would hold it through the model run and make
   * every other asker wait: two askers had half the throughput of one). Two threads missing the
   * same key both compute it, and get the same vector.
   */
  private float[] cached(String key, String text) {
    float[] v = cache.get(key);
    if (v != null) return v;
    v = embed(text);
    cache.put(key, v);
    return v;
  }

  /**
   * Embeds passages (in padded batches when loaded with them, see {@link BatchedOnnxEmbedder}),
   * reusing cached vectors and caching the new ones.
   */
  @Override
  public List<float[]> embedPassages(List<String> texts) {
    if (texts.isEmpty()) return List.of();
    float[][] out = new float[texts.size()][];
    List<Integer> missing = new java.util.ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      out[i] = cache.get("p\u0000" + texts.get(i));
      if (out[i] == null) missing.add(i);
    }
    if (!missing.isEmpty()) {
      List<float[]> all = model.embedAll(missing.stream().map(texts::get).toList());
      for (int j = 0; j < missing.size(); j++) {
        int i = missing.get(j);
        out[i] = Embedder.normalize(all.get(j));
        cache.put("p\u0000" + texts.get(i), out[i]);
      }
    }
    return java.util.Arrays.asList(out);
  }

  private float[] embed(String text) {
    return Embedder.normalize(model.embed(text));
  }
}
