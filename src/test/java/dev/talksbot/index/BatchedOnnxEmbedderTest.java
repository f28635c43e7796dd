package dev.talksbot.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Batched vectors against LangChain4j's one-text-per-run path (what the index used before). */
class BatchedOnnxEmbedderTest {
  /** Same vectors: cosine at least 1 - this. */
  static final double TOLERANCE = 1e-5;

  /** Mixed lengths, odd characters, and texts past the model's 512-token window. */
  static List<String> texts() {
    List<String> t = new ArrayList<>();
    t.add("Talks resumed.");
    t.add("The delegations met for two hours and agreed to exchange prisoners of war.");
    t.add("Ceasefire?");
    t.add("A   text  with   irregular spacing, “curly quotes”, naïve accents — and a dash.");
    t.add(
        IntStream.range(0, 120)
            .mapToObj(i -> "sentence number " + i + " talks about negotiations")
            .collect(Collectors.joining(". ")));
    // long words split into word pieces near the window's edge
    t.add(
        IntStream.range(0, 400)
            .mapToObj(i -> i % 3 == 0 ? "unpronounceability" : "memorandum" + i)
            .collect(Collectors.joining(" ")));
    t.add("One more short one about the humanitarian issues discussed in Istanbul.");
    return t;
  }

  static double cosine(float[] a, float[] b) {
    double d = 0, na = 0, nb = 0;
    for (int i = 0; i < a.length; i++) {
      d += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    return d / Math.sqrt(na * nb);
  }

  private static void assertSame(List<float[]> batched, EmbeddingModel reference, List<String> t) {
    assertThat(batched).hasSize(t.size());
    for (int i = 0; i < t.size(); i++) {
      float[] one = Embedder.normalize(reference.embed(t.get(i)).content().vector());
      assertThat(cosine(batched.get(i), one)).as("text %d", i).isGreaterThan(1 - TOLERANCE);
    }
  }

  @Test
  void bothModelsRunRealBatches() {
    for (String[] m :
        List.of(
            new String[] {"bge-small-en-v1.5-q.onnx", "bge-small-en-v1.5-q-tokenizer.json"},
            new String[] {"all-minilm-l6-v2-q.onnx", "all-minilm-l6-v2-q-tokenizer.json"})) {
      try (BatchedOnnxEmbedder e =
          BatchedOnnxEmbedder.fromResources(m[0], m[1], BatchedOnnxEmbedder.Pooling.CLS, true)) {
        assertThat(e.maxRows()).as(m[0]).isEqualTo(BatchedOnnxEmbedder.BATCH_SIZE);
      }
    }
  }

  @Test
  void bgeBatchesGiveTheOneAtATimeVectorsIncludingTextsLongerThanTheWindow() {
    OnnxEmbedder batched = OnnxEmbedder.load(OnnxEmbedder.BGE_SMALL, true);
    EmbeddingModel reference = new BgeSmallEnV15QuantizedEmbeddingModel();
    List<String> t = texts();
    assertSame(batched.embedPassages(t), reference, t);
    // the query path carries bge's instruction prefix
    float[] q = batched.embedQuery("who leads the delegation?");
    float[] expected =
        Embedder.normalize(
            reference
                .embed(
                    "Represent this sentence for searching relevant passages: who leads the delegation?")
                .content()
                .vector());
    assertThat(cosine(q, expected)).isGreaterThan(1 - TOLERANCE);
  }

  @Test
  void miniLmMeanPoolingOverPaddedBatchesMatches() {
    OnnxEmbedder batched = OnnxEmbedder.load(OnnxEmbedder.MINILM, true);
    List<String> t = texts();
    EmbeddingModel reference = new AllMiniLmL6V2QuantizedEmbeddingModel();
    assertSame(batched.embedPassages(t), reference, t);
    // without batches (one-shot questions) every text runs alone: the same vectors
    assertSame(OnnxEmbedder.load(OnnxEmbedder.MINILM, false).embedPassages(t), reference, t);
  }

  @Test
  void textsOfDifferentLengthsGetDifferentVectorsAndTheOrderIsKept() {
    OnnxEmbedder batched = OnnxEmbedder.load(OnnxEmbedder.BGE_SMALL, true);
    List<String> t = texts();
    List<float[]> forward = batched.embedPassages(t);
    List<float[]> backward = batched.embedPassages(t.reversed());
    for (int i = 0; i < t.size(); i++)
      assertThat(cosine(forward.get(i), backward.get(t.size() - 1 - i)))
          .isGreaterThan(1 - TOLERANCE);
    assertThat(cosine(forward.get(0), forward.get(1))).isLessThan(0.99);
  }

  @Test
  void anEmptyTextIsRefusedAsLangChain4jDoes() {
    BatchedOnnxEmbedder e =
        BatchedOnnxEmbedder.fromResources(
            "all-minilm-l6-v2-q.onnx",
            "all-minilm-l6-v2-q-tokenizer.json",
            BatchedOnnxEmbedder.Pooling.MEAN,
            true);
    try (e) {
      assertThat(e.maxRows()).as("runs real batches").isEqualTo(BatchedOnnxEmbedder.BATCH_SIZE);
      assertThatThrownBy(() -> e.embedAll(List.of("fine", "   ")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("empty");
    }
  }

  @Test
  void windowsNeverSplitAWord() {
    List<String> tokens = new ArrayList<>(List.of("[CLS]"));
    for (int i = 0; i < 12; i++) tokens.addAll(List.of("mem", "##ora", "##ndum"));
    tokens.add("[SEP]");
    List<List<String>> parts = BertWindows.partition(tokens, 5);
    assertThat(parts).allSatisfy(p -> assertThat(p.getFirst()).isEqualTo("mem"));
    assertThat(parts.stream().mapToInt(List::size).sum()).isEqualTo(36);
  }

  @Test
  void aModelIsReadFromItsExtractedCopyWhenOneIsNamedAndFromTheJarOtherwise(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    String model = OnnxEmbedder.MODEL_RESOURCES.getFirst();
    String property = OnnxSessions.EXTRACTED_MODEL_PROPERTY + model;
    ClassLoader cl = BatchedOnnxEmbedder.class.getClassLoader();
    java.nio.file.Path copy = dir.resolve(model);
    java.nio.file.Files.write(copy, new byte[] {1, 2, 3});
    try {
      System.setProperty(property, copy.toString());
      assertThat(OnnxSessions.modelBytes(cl, model)).containsExactly(1, 2, 3);
      // a named copy that is gone: the jar's
      System.setProperty(property, dir.resolve("gone.onnx").toString());
      assertThat(OnnxSessions.modelBytes(cl, model).length).isGreaterThan(1 << 20);
    } finally {
      System.clearProperty(property);
    }
    assertThat(OnnxSessions.modelBytes(cl, model).length).isGreaterThan(1 << 20);
  }
}
