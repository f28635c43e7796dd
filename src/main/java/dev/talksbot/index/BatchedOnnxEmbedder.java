package dev.talksbot.index;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A BERT bi-encoder from LangChain4j's in-process model jars, run in real batches through ONNX
 * Runtime: texts are padded to the longest in their batch, one session run per batch, with
 * attention masks (and token type ids when the model takes them).
 *
 * <p>Its vectors are LangChain4j's {@code OnnxBertBiEncoder} vectors (the same tokenizer and
 * options, the same pooling, the same split of a text longer than the model's window into parts
 * averaged by their token counts, the same float normalisation): {@code BatchedOnnxEmbedderTest}
 * holds them within 1e-5 cosine of the one-at-a-time path.
 */
public final class BatchedOnnxEmbedder implements AutoCloseable {
  /** How the token vectors become one text vector. */
  public enum Pooling {
    /** The first ([CLS]) token's vector (bge). */
    CLS,
    /** The mean over the text's tokens (MiniLM). */
    MEAN
  }

  /** Texts per session run: larger batches amortise the run overhead, with diminishing returns. */
  public static final int BATCH_SIZE = 32;

  /**
   * Cap on rows × padded length per run: attention memory grows with the square of the length, so
   * long texts go in smaller batches.
   */
  static final int MAX_BATCH_TOKENS = 4096;

  /** LangChain4j's window: 512 positions minus [CLS] and [SEP]. */
  static final int MAX_SEQUENCE_LENGTH = 510;

  private final OrtEnvironment env;
  private final String modelResource;
  private final OrtSession single;
  private final HuggingFaceTokenizer tokenizer;
  private final Pooling pooling;
  private final boolean takesTokenTypes;
  private final Object batchLock = new Object();
  private volatile OrtSession batched;
  private volatile int maxRows;

  private BatchedOnnxEmbedder(
      OrtEnvironment env,
      String modelResource,
      OrtSession single,
      HuggingFaceTokenizer tokenizer,
      Pooling pooling,
      boolean batches) {
    this.maxRows = batches ? BATCH_SIZE : 1;
    this.env = env;
    this.modelResource = modelResource;
    this.single = single;
    this.tokenizer = tokenizer;
    this.pooling = pooling;
    this.takesTokenTypes = single.getInputNames().contains("token_type_ids");
  }

  /**
   * Loads a model and its tokenizer from class-path resources (the jar of a LangChain4j model). One
   * text runs through the model as published (a question: the fastest start and run); batches run
   * through its per-text rewrite ({@link PerTextQuantization}), made on the first batch.
   *
   * @param batches whether lists run in batches; without, every text runs alone through the model
   *     as published (the same vectors, and no second session to make: for one-shot questions)
   */
  public static BatchedOnnxEmbedder fromResources(
      String modelResource, String tokenizerResource, Pooling pooling, boolean batches) {
    ClassLoader cl = BatchedOnnxEmbedder.class.getClassLoader();
    try (InputStream tok = OnnxSessions.open(cl, tokenizerResource)) {
      HuggingFaceTokenizer tokenizer =
          HuggingFaceTokenizer.newInstance(tok, Map.of("padding", "false"));
      OrtEnvironment env = OrtEnvironment.getEnvironment();
      OrtSession single =
          OnnxSessions.session(env, OnnxSessions.modelBytes(cl, modelResource), modelResource);
      return new BatchedOnnxEmbedder(env, modelResource, single, tokenizer, pooling, batches);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The session for batches, made on first use; null when the graph cannot be made per-text. */
  private OrtSession batchSession() {
    if (batched != null || maxRows == 1) return batched;
    synchronized (batchLock) {
      if (batched == null && maxRows > 1) {
        try {
          byte[] bytes =
              OnnxSessions.modelBytes(BatchedOnnxEmbedder.class.getClassLoader(), modelResource);
          batched = OnnxSessions.session(env, PerTextQuantization.rewrite(bytes), modelResource);
        } catch (IllegalArgumentException | com.google.protobuf.InvalidProtocolBufferException e) {
          maxRows = 1; // a graph the rewrite does not know: one text per run keeps vectors exact
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return batched;
    }
  }

  /** Texts per session run at most (1 when the model's graph could not be made per-text). */
  int maxRows() {
    batchSession();
    return maxRows;
  }

  /** One text's vector (unit length); as {@link #embedAll} with one text. */
  public float[] embed(String text) {
    return embedAll(List.of(text)).getFirst();
  }

  /**
   * Vectors (unit length) for the texts, in their order. The parts of all texts are sorted by
   * length and run in batches, so little is padded.
   *
   * @throws IllegalArgumentException for an empty or whitespace-only text (as LangChain4j)
   */
  public List<float[]> embedAll(List<String> texts) {
    List<Part> parts = new ArrayList<>();
    for (int t = 0; t < texts.size(); t++) {
      List<String> tokens = tokenizer.tokenize(texts.get(t));
      List<List<String>> partitions = BertWindows.partition(tokens, MAX_SEQUENCE_LENGTH);
      if (partitions.isEmpty())
        throw new IllegalArgumentException("Cannot embed empty or whitespace-only text");
      for (int p = 0; p < partitions.size(); p++) {
        List<String> partition = partitions.get(p);
        Encoding e = tokenizer.encode(BertWindows.toText(tokenizer, partition), true, false);
        parts.add(new Part(t, p, partition.size(), e.getIds(), e.getTypeIds()));
      }
    }
    int rows = parts.size() > 1 && batchSession() != null ? maxRows : 1;
    List<Part> byLength = new ArrayList<>(parts);
    byLength.sort(Comparator.comparingInt(p -> p.ids.length));
    for (int from = 0; from < byLength.size(); ) {
      int to = from + 1;
      while (to < byLength.size()
          && to - from < rows
          && (to - from + 1) * byLength.get(to).ids.length <= MAX_BATCH_TOKENS) to++;
      run(byLength.subList(from, to));
      from = to;
    }
    return combine(texts.size(), parts);
  }

  /** One window of one text, and its pooled vector once run. */
  private static final class Part {
    final int text;
    final int index;
    final int weight;
    final long[] ids;
    final long[] typeIds;
    float[] vector;

    Part(int text, int index, int weight, long[] ids, long[] typeIds) {
      this.text = text;
      this.index = index;
      this.weight = weight;
      this.ids = ids;
      this.typeIds = typeIds;
    }
  }

  /** One session run for a batch of parts, padded to the longest. */
  private void run(List<Part> batch) {
    int rows = batch.size();
    int len = batch.getLast().ids.length;
    long[] ids = new long[rows * len];
    long[] mask = new long[rows * len];
    long[] types = new long[rows * len];
    for (int r = 0; r < rows; r++) {
      Part p = batch.get(r);
      System.arraycopy(p.ids, 0, ids, r * len, p.ids.length);
      System.arraycopy(p.typeIds, 0, types, r * len, p.typeIds.length);
      java.util.Arrays.fill(mask, r * len, r * len + p.ids.length, 1L);
    }
    long[] shape = {rows, len};
    try (OnnxTensor idsT = OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape);
        OnnxTensor maskT = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape);
        OnnxTensor typesT = OnnxTensor.createTensor(env, LongBuffer.wrap(types), shape)) {
      Map<String, OnnxTensor> inputs = new HashMap<>();
      inputs.put("input_ids", idsT);
      inputs.put("attention_mask", maskT);
      if (takesTokenTypes) inputs.put("token_type_ids", typesT);
      OrtSession session = rows == 1 ? single : batched; // one text: the model as published
      try (OrtSession.Result result = session.run(inputs)) {
        OnnxTensor hidden = (OnnxTensor) result.get(0);
        long[] s = hidden.getInfo().getShape();
        int dim = (int) s[2];
        FloatBuffer fb = hidden.getFloatBuffer();
        for (int r = 0; r < rows; r++) {
          Part p = batch.get(r);
          p.vector = pool(fb, r * len * dim, p.ids.length, dim);
        }
      }
    } catch (OrtException e) {
      throw new IllegalStateException("ONNX Runtime failed on a batch of " + rows, e);
    }
  }

  /** As LangChain4j: the [CLS] vector, or the float mean over the text's tokens in order. */
  private float[] pool(FloatBuffer fb, int base, int tokens, int dim) {
    float[] v = new float[dim];
    if (pooling == Pooling.CLS) {
      fb.get(base, v);
      return v;
    }
    float[] row = new float[dim];
    for (int t = 0; t < tokens; t++) {
      fb.get(base + t * dim, row);
      for (int j = 0; j < dim; j++) v[j] += row[j];
    }
    for (int j = 0; j < dim; j++) v[j] /= tokens;
    return v;
  }

  /** Averages a text's parts weighted by their token counts, then normalises (float, as LC4J). */
  private List<float[]> combine(int n, List<Part> parts) {
    List<List<Part>> byText = new ArrayList<>(n);
    for (int i = 0; i < n; i++) byText.add(new ArrayList<>(1));
    for (Part p : parts) byText.get(p.text).add(p);
    List<float[]> out = new ArrayList<>(n);
    for (List<Part> ps : byText) {
      float[] v;
      if (ps.size() == 1) {
        v = ps.getFirst().vector;
      } else {
        ps.sort(Comparator.comparingInt(p -> p.index));
        int dim = ps.getFirst().vector.length;
        v = new float[dim];
        int total = 0;
        for (Part p : ps) {
          float[] e = p.vector;
          total += p.weight;
          for (int j = 0; j < dim; j++) v[j] += e[j] * p.weight;
        }
        for (int j = 0; j < dim; j++) v[j] /= total;
      }
      out.add(normalize(v));
    }
    return out;
  }

  private static float[] normalize(float[] v) {
    float sumSquare = 0;
    for (float x : v) sumSquare += x * x;
    float norm = (float) Math.sqrt(sumSquare);
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) out[i] = v[i] / norm;
    return out;
  }

  @Override
  public void close() {
    try {
      single.close();
      if (batched != null) batched.close();
    } catch (OrtException e) {
      throw new IllegalStateException(e);
    } finally {
      tokenizer.close();
    }
  }
}
