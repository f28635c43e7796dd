package dev.talksbot.index;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An in-process ONNX embedding model from LangChain4j's artifacts (weights ship in the jar: no
 * network, no download). BGE expects an instruction prefix on queries only. Query embeddings are
 * cached (LRU), so repeated questions and sentences cost nothing.
 */
public final class OnnxEmbedder implements Embedder {
  public static final String BGE_SMALL = "bge-small-en-v15-q";
  public static final String MINILM = "all-minilm-l6-v2-q";
  private static final String BGE_QUERY_PREFIX =
      "Represent this sentence for searching relevant passages: ";

  private final String name;
  private final EmbeddingModel model;
  private final String queryPrefix;
  private final Map<String, float[]> cache;

  private OnnxEmbedder(String name, EmbeddingModel model, String queryPrefix) {
    this.name = name;
    this.model = model;
    this.queryPrefix = queryPrefix;
    this.cache =
        Collections.synchronizedMap(
            new LinkedHashMap<>(1024, 0.75f, true) {
              @Override
              protected boolean removeEldestEntry(Map.Entry<String, float[]> e) {
                return size() > 20_000;
              }
            });
  }

  /** Loads a model by its configured name. */
  public static OnnxEmbedder load(String name) {
    return switch (name) {
      case BGE_SMALL ->
          new OnnxEmbedder(name, new BgeSmallEnV15QuantizedEmbeddingModel(), BGE_QUERY_PREFIX);
      case MINILM -> new OnnxEmbedder(name, new AllMiniLmL6V2QuantizedEmbeddingModel(), "");
      default -> throw new IllegalArgumentException("unknown embedding model '" + name + "'");
    };
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int dimension() {
    return 384;
  }

  @Override
  public float[] embedQuery(String text) {
    return cache.computeIfAbsent("q\u0000" + text, k -> embed(queryPrefix + text));
  }

  @Override
  public float[] embedPassage(String text) {
    return cache.computeIfAbsent("p\u0000" + text, k -> embed(text));
  }

  /**
   * Embeds passages in parallel (LangChain4j runs one ONNX call per text on a pool sized to the
   * cores), reusing cached vectors and caching the new ones.
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
    if (missing.size() == 1) {
      int i = missing.getFirst();
      out[i] = embedPassage(texts.get(i));
    } else if (!missing.isEmpty()) {
      List<TextSegment> segments =
          missing.stream().map(i -> TextSegment.from(texts.get(i))).toList();
      List<Embedding> all = model.embedAll(segments).content();
      for (int j = 0; j < missing.size(); j++) {
        int i = missing.get(j);
        out[i] = Embedder.normalize(all.get(j).vector());
        cache.put("p\u0000" + texts.get(i), out[i]);
      }
    }
    return java.util.Arrays.asList(out);
  }

  private float[] embed(String text) {
    return Embedder.normalize(model.embed(text).content().vector());
  }
}
