package dev.talksbot.eval;

import dev.talksbot.answer.Answer;
import dev.talksbot.answer.Candidate;
import dev.talksbot.answer.SelectorModel;
import dev.talksbot.config.TalksbotConfig;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * SQuAD 2.0 dev, one split (tune: articles at even positions by title; test: odd), asked through
 * the product's path ({@link Squad2Run}). Scores the answer-or-abstain decision: an answerable
 * question counts as right when it is answered and the answer contains a gold answer (SQuAD
 * normalisation); an unanswerable one when it is refused. Also the coverage–accuracy curve: with
 * questions ordered by the selector's confidence, the accuracy of the answers to the most confident
 * 25/50/75/100 % (the rest refused).
 */
final class Squad2Suite {
  private Squad2Suite() {}

  /** Coverage points of the curve (share of questions answered, most confident first). */
  static final double[] COVERAGE = {0.25, 0.5, 0.75, 1.0};

  /**
   * Refusal thresholds the suite also scores the same answers at (a question is refused when its
   * confidence is below): the trade between answer-or-abstain and contains-gold that the bundled
   * threshold is one point of.
   */
  static final double[] SWEEP = {0.2, 0.3, 0.4, 0.5, 0.6};

  /** One question scored: its confidence, whether it was refused, whether the answer holds gold. */
  record Scored(boolean impossible, double confidence, boolean refused, boolean gold, int words) {
    /**
     * Right by the product's decision: an unanswerable question refused, another answered with
     * gold.
     */
    boolean right() {
      return impossible ? refused : !refused && gold;
    }
  }

  /**
   * What would be said if it answered: the answer (with its markers), or for a refusal the best
   * sentence.
   */
  static String shown(Squad2Run.Outcome o) {
    Answer a = o.explained().answer();
    return a.refused()
        ? o.explained().candidates().stream().findFirst().map(Candidate::text).orElse("")
        : a.text();
  }

  static Scored score(Squad2Run.Outcome o) {
    Answer a = o.explained().answer();
    boolean impossible = o.question().impossible();
    String shown = shown(o);
    String said = a.refused() ? shown : Answer.MARKER.matcher(shown).replaceAll(" ");
    boolean gold = !impossible && Metrics.containsGold(said, o.question().answers());
    return new Scored(
        impossible, o.explained().confidence(), a.refused(), gold, Metrics.words(said));
  }

  static SuiteResult run(EvalOptions o, TalksbotConfig config) throws IOException {
    String split = o.split() == null || o.split().equals("test") ? "test" : o.split();
    BenchData.Squad2 data = BenchData.squad2(o.dataDir(), split);
    List<Scored> scored = new ArrayList<>();
    long t0 = System.nanoTime();
    long passages;
    try (QuestionTable table =
        o.questionsFile() == null ? null : QuestionTable.create(o.questionsFile())) {
      passages =
          Squad2Run.run(
              data,
              o.limit(),
              o.corpusSample(),
              config,
              o.settings(),
              o.cacheDir(),
              SelectorModel.bundled(),
              java.util.Set.of(),
              o.log(),
              x -> {
                Scored sc = score(x);
                scored.add(sc);
                if (table != null) table.add(x, sc);
              });
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    SuiteResult result = summarize(scored, "squad2");
    sweep(scored, result);
    result.settings().put("split", split);
    result.settings().put("paragraphs", data.paragraphs().size());
    result.settings().put("passages", passages);
    result.settings().put("questions", scored.size());
    result.settings().put("questions_total", data.questions().size());
    result.settings().put("passages_to_answerer", config.retrieval().passages());
    result.notes().add(String.format(Locale.ROOT, "%.0f s including indexing", seconds));
    if (o.runFile() != null) {
      CurvePlot.write(
          o.runFile(),
          "SQuAD 2.0 dev, " + split + " split: coverage vs accuracy",
          curve(scored),
          result.metric("hybrid", "acc_at_100"),
          "answering everything");
      result.notes().add("curve written to " + o.runFile());
    }
    return result;
  }

  /** The metrics of a set of scored questions. */
  static SuiteResult summarize(List<Scored> scored, String suite) {
    int n = Math.max(1, scored.size());
    long impossible = scored.stream().filter(Scored::impossible).count();
    List<Scored> answered = scored.stream().filter(s -> !s.refused()).toList();
    SuiteResult r = new SuiteResult(suite);
    var m = r.system("hybrid");
    Map<String, Object> decision = new java.util.LinkedHashMap<>();
    decided(scored, Scored::refused, decision);
    m.put("answer_or_abstain", decision.get("answer_or_abstain")); // the columns' order
    m.put("always_refuse", SuiteResult.round((double) impossible / n, 4));
    m.putAll(decision);
    m.put(
        "avg_words",
        SuiteResult.round(answered.stream().mapToInt(Scored::words).average().orElse(0), 2));
    List<Scored> byConfidence = new ArrayList<>(scored);
    byConfidence.sort(Comparator.comparingDouble(Scored::confidence).reversed());
    for (double c : COVERAGE) {
      int k = (int) Math.round(c * scored.size());
      long ok = byConfidence.subList(0, k).stream().filter(Scored::gold).count();
      m.put(
          String.format(Locale.ROOT, "acc_at_%d", Math.round(c * 100)),
          SuiteResult.round(k == 0 ? 0 : (double) ok / k, 4));
    }
    return r;
  }

  /**
   * The same answers refused below each threshold of {@link #SWEEP} (one system per threshold,
   * "refuse_below_0.30"): answer-or-abstain, contains-gold and the refused shares.
   */
  static void sweep(List<Scored> scored, SuiteResult r) {
    for (double t : SWEEP)
      decided(
          scored,
          s -> s.confidence() < t,
          r.system(String.format(Locale.ROOT, "refuse_below_%.2f", t)));
  }

  /**
   * Answer-or-abstain, contains-gold and the refused share of each kind into {@code m}, for the
   * questions refused as {@code refuses} says (the product's decision, or a threshold's).
   */
  private static void decided(
      List<Scored> scored, java.util.function.Predicate<Scored> refuses, Map<String, Object> m) {
    long answerable = 0;
    long right = 0;
    long gold = 0;
    long refusedAns = 0;
    long refusedImp = 0;
    for (Scored s : scored) {
      boolean refused = refuses.test(s);
      if (s.impossible()) {
        if (refused) {
          right++;
          refusedImp++;
        }
        continue;
      }
      answerable++;
      if (refused) refusedAns++;
      else if (s.gold()) {
        right++;
        gold++;
      }
    }
    long impossible = scored.size() - answerable;
    m.put("answer_or_abstain", SuiteResult.round((double) right / Math.max(1, scored.size()), 4));
    m.put("contains_gold", SuiteResult.round((double) gold / Math.max(1, answerable), 4));
    m.put(
        "refused_answerable", SuiteResult.round((double) refusedAns / Math.max(1, answerable), 4));
    m.put(
        "refused_unanswerable",
        SuiteResult.round((double) refusedImp / Math.max(1, impossible), 4));
  }

  /** Accuracy of the answered questions at every coverage from 1 % to 100 % (for the plot). */
  static double[][] curve(List<Scored> scored) {
    List<Scored> by = new ArrayList<>(scored);
    by.sort(Comparator.comparingDouble(Scored::confidence).reversed());
    double[][] out = new double[100][2];
    for (int p = 1; p <= 100; p++) {
      int k = Math.max(1, (int) Math.round(p / 100.0 * by.size()));
      long ok = by.subList(0, Math.min(k, by.size())).stream().filter(Scored::gold).count();
      out[p - 1] = new double[] {p / 100.0, by.isEmpty() ? 0 : (double) ok / k};
    }
    return out;
  }
}
