package dev.talksbot.eval.train;

import dev.talksbot.answer.SelectorFeatures;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether the code still computes the features the bundled answer selector was fitted on. {@code
 * ./talksbot train answerer} records, beside the model, each feature's sum over the sentences of a
 * fixed slice of its training data ({@link #QUESTIONS} SQuAD 2.0 tune questions over an index of
 * their paragraphs and {@link #CORPUS_SAMPLE} others, and the news dev questions, each once; asked
 * with BM25 retrieval alone, {@link #lexical}); the training test computes the same slice with
 * today's code and compares. A change to how a feature is computed (a word list, a tokenizer, a
 * soft match) then fails the build until the model is refitted, or its held-out figures are
 * measured again and the features recorded with {@code train answerer --record-check}: the weights
 * and the figures reported for them stay those of the features the code computes.
 */
public final class FeatureCheck {
  private FeatureCheck() {}

  /** The SQuAD questions of the slice (the first ones of the tune split, in its order). */
  public static final int QUESTIONS = 120;

  /** Paragraphs indexed beside the slice's own. */
  public static final int CORPUS_SAMPLE = 30;

  /** The model's {@code about} key holding the sums. */
  public static final String KEY = "feature_check";

  /** The model's {@code about} key saying where the sums come from. */
  public static final String SOURCE_KEY = "feature_check_source";

  /** The sums were computed by the fit that wrote the weights. */
  static final String FITTED = "train answerer (the fit)";

  /**
   * The sums were recorded after the fit ({@code train answerer --record-check}): the weights were
   * fitted on the features of their own session, and the model's held-out figures were measured
   * with these.
   */
  static final String RECORDED =
      "train answerer --record-check (weights fitted earlier; held-out figures measured with these"
          + " features)";

  /**
   * How far a sum may move, per sentence summed, before the feature counts as changed: embedding
   * values differ in their last bits between CPUs (ONNX Runtime's kernels differ with the vector
   * instructions a CPU has), which moves a similarity by some 1e-6; a changed feature moves a count
   * by at least 1 and a sum over some 5,000 sentences by far more than this times 5,000.
   */
  static final double TOLERANCE_PER_SENTENCE = 1e-5;

  /**
   * The features read off the embedding model's vectors, and how far their sums may move per
   * sentence: the bundled model is quantized to 8-bit integers, and ONNX Runtime multiplies those
   * with other kernels on a CPU with AVX-512 VNNI, which moves each similarity by some 1e-4, not
   * 1e-6 (session 37: the cosine sum over the slice's 5,950 sentences moved by 0.77, and cosine_gap
   * by 0.43, on such a machine, with no code changed). A changed computation moves a similarity of
   * most sentences by some 1e-2 or more, a sum by far more than this times 5,000.
   */
  static final java.util.Set<String> EMBEDDED =
      java.util.Set.of("cosine", "cosine_gap", "soft_coverage", "soft_worst_missing");

  static final double EMBEDDED_TOLERANCE_PER_SENTENCE = 1e-3;

  /**
   * The retrieval the slice is asked with: BM25 alone. The product's fused ranking takes passages
   * from the embeddings' kNN ranking too, where values differing in their last bits between CPUs
   * can swap two passages of nearly equal similarity, and so which sentences the slice holds (seen
   * in session 27: a few sentences of some 5,000 differed between two machines). The check is of
   * how features are computed, which it reads on any fixed set of sentences.
   */
  static dev.talksbot.config.TalksbotConfig lexical(dev.talksbot.config.TalksbotConfig config) {
    dev.talksbot.config.RetrievalSettings r = config.retrieval();
    return config.withRetrieval(
        new dev.talksbot.config.RetrievalSettings(
            r.bm25K1(),
            r.bm25B(),
            r.candidates(),
            r.rrfK(),
            r.bm25Weight(),
            0.0,
            r.passages(),
            r.backend(),
            r.opensearch()));
  }

  /** The evaluation's retrieval knobs for the slice: BM25 alone ({@link #lexical}). */
  static dev.talksbot.eval.RetrievalSettings lexical(dev.talksbot.eval.RetrievalSettings s) {
    return s.withFusion(s.rrfK(), s.bm25Weight(), 0.0);
  }

  /**
   * Each feature's sum over the sentences of the questions, a question's copies counted once; the
   * number of sentences summed last.
   */
  static double[] sums(List<AnswererTraining.Question> questions) {
    int n = SelectorFeatures.NAMES.size();
    double[] out = new double[n + 1];
    Set<String> seen = new HashSet<>();
    for (AnswererTraining.Question q : questions) {
      if (!seen.add(CrossValidation.withoutCopy(q.id()))) continue;
      for (double[] v : q.vectors()) {
        for (int i = 0; i < n; i++) out[i] += v[i];
        out[n]++;
      }
    }
    return out;
  }

  /** The name the number of sentences summed is recorded under. */
  static final String SENTENCES = "sentences";

  /** The name of sum {@code i} ({@link #sums}). */
  private static String name(int i) {
    return i < SelectorFeatures.NAMES.size() ? SelectorFeatures.NAMES.get(i) : SENTENCES;
  }

  /** The sums as the model's {@code about} holds them: "name=value" pairs, comma-separated. */
  static String format(double[] sums) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < sums.length; i++)
      parts.add(name(i) + "=" + String.format(Locale.ROOT, "%.4f", sums[i]));
    return String.join(",", parts);
  }

  /**
   * The features whose recorded sum differs from today's (a feature the record lacks, or one it has
   * that the code no longer computes, differs too); empty when the code computes what the model was
   * fitted on.
   */
  static List<String> changed(String recorded, double[] today) {
    java.util.Map<String, Double> was = parse(recorded);
    List<String> out = new ArrayList<>();
    double sentences = Math.max(1, today[today.length - 1]);
    for (int i = 0; i < today.length; i++) {
      Double w = was.remove(name(i));
      double tolerance =
          (EMBEDDED.contains(name(i)) ? EMBEDDED_TOLERANCE_PER_SENTENCE : TOLERANCE_PER_SENTENCE)
              * sentences;
      if (w == null || Math.abs(w - today[i]) > tolerance) out.add(name(i));
    }
    out.addAll(was.keySet());
    return out;
  }

  /**
   * The changed features ({@link #changed(String, double[])}) between two records, the second
   * computed today: the sums it lacks count as 0.
   */
  static List<String> changed(String recorded, String today) {
    java.util.Map<String, Double> now = parse(today);
    double[] sums = new double[SelectorFeatures.NAMES.size() + 1];
    for (int i = 0; i < sums.length; i++) sums[i] = now.getOrDefault(name(i), 0.0);
    List<String> out = new ArrayList<>(changed(recorded, sums));
    for (String extra : now.keySet())
      if (!extra.equals(SENTENCES) && !SelectorFeatures.NAMES.contains(extra)) out.add(extra);
    return out;
  }

  /** A record's sums by name. */
  static java.util.Map<String, Double> parse(String recorded) {
    java.util.Map<String, Double> was = new java.util.LinkedHashMap<>();
    for (String part : recorded.split(",")) {
      int eq = part.indexOf('=');
      if (eq < 0) throw new IllegalArgumentException("bad " + KEY + " entry: " + part);
      was.put(part.substring(0, eq), Double.parseDouble(part.substring(eq + 1)));
    }
    return was;
  }
}
