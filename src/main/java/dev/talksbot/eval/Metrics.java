package dev.talksbot.eval;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Retrieval and answer metrics, as the standard tools compute them (trec_eval / pytrec_eval as used
 * by BEIR, and the official SQuAD v1.1 script's normalisation).
 */
public final class Metrics {
  private Metrics() {}

  /**
   * nDCG@k with graded relevance and the linear gain BEIR uses ({@code rel / log2(rank + 1)}); the
   * ideal ranking sorts all judged relevant documents by grade. Documents without a judgment, or
   * with grade 0, gain nothing. A query with no relevant document scores 0.
   */
  public static double ndcg(List<String> ranking, Map<String, Integer> qrels, int k) {
    double dcg = 0;
    Set<String> seen = new HashSet<>();
    int rank = 0;
    for (String id : ranking) {
      if (!seen.add(id)) continue; // a document counts once, at its best rank
      rank++;
      if (rank > k) break;
      int rel = qrels.getOrDefault(id, 0);
      if (rel > 0) dcg += rel / log2(rank + 1);
    }
    List<Integer> ideal =
        qrels.values().stream().filter(r -> r > 0).sorted((a, b) -> b - a).toList();
    double idcg = 0;
    for (int i = 0; i < Math.min(k, ideal.size()); i++) idcg += ideal.get(i) / log2(i + 2);
    return idcg == 0 ? 0 : dcg / idcg;
  }

  /** Share of the relevant documents (grade > 0) found in the first k. */
  public static double recall(List<String> ranking, Map<String, Integer> qrels, int k) {
    long relevant = qrels.values().stream().filter(r -> r > 0).count();
    if (relevant == 0) return 0;
    Set<String> top =
        new HashSet<>(dedupe(ranking).subList(0, Math.min(k, dedupe(ranking).size())));
    long found =
        qrels.entrySet().stream().filter(e -> e.getValue() > 0 && top.contains(e.getKey())).count();
    return (double) found / relevant;
  }

  /** Reciprocal rank of the first relevant document within the first k, else 0. */
  public static double mrr(List<String> ranking, Map<String, Integer> qrels, int k) {
    List<String> r = dedupe(ranking);
    for (int i = 0; i < Math.min(k, r.size()); i++) {
      if (qrels.getOrDefault(r.get(i), 0) > 0) return 1.0 / (i + 1);
    }
    return 0;
  }

  /** 1 when any of the first k ids is in {@code gold}. */
  public static double hitAt(List<String> ranking, Set<String> gold, int k) {
    List<String> r = dedupe(ranking);
    for (int i = 0; i < Math.min(k, r.size()); i++) if (gold.contains(r.get(i))) return 1;
    return 0;
  }

  static List<String> dedupe(List<String> ranking) {
    return ranking.stream().distinct().toList();
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }

  private static final Pattern PUNCT = Pattern.compile("[\\p{P}\\p{S}]");
  private static final Pattern ARTICLES = Pattern.compile("\\b(a|an|the)\\b");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /**
   * The official SQuAD v1.1 normalisation: lower case, punctuation removed, the articles a/an/the
   * removed, whitespace collapsed. (The script removes Python's {@code string.punctuation}; this
   * removes every Unicode punctuation or symbol character, which differs only on non-ASCII marks
   * such as curly quotes and dashes, where removing them is what the script intends.)
   */
  public static String squadNormalize(String s) {
    String t = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    t = PUNCT.matcher(t).replaceAll("");
    t = ARTICLES.matcher(t).replaceAll(" ");
    return SPACES.matcher(t).replaceAll(" ").strip();
  }

  /**
   * True when the normalised answer contains one of the normalised gold strings as a run of whole
   * tokens (so gold "1" does not match inside "1990").
   */
  public static boolean containsGold(String answer, List<String> golds) {
    String a = " " + squadNormalize(answer) + " ";
    for (String g : golds) {
      String n = squadNormalize(g);
      if (!n.isEmpty() && a.contains(" " + n + " ")) return true;
    }
    return false;
  }

  /** Words in a text (whitespace-separated tokens). */
  public static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : SPACES.split(t).length;
  }
}
