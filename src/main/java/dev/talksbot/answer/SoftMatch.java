package dev.talksbot.answer;

import dev.talksbot.index.Embedder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level similarity of a question to a sentence, for questions worded with other words than the
 * coverage ("job" for "serves as"): each content word of the question that the sentence lacks is
 * matched to the sentence word whose embedding (the product's model, one word at a time) is
 * closest. A synonym scores high; a swapped name or an unrelated word scores low.
 */
final class SoftMatch {
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");

  private final Embedder embedder;

  SoftMatch(Embedder embedder) {
    this.embedder = embedder;
  }

  /** Content words of a text (lower case), by their analysed term; first surface form wins. */
  static Map<String, String> words(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT);
      List<String> t = WordTerms.of(w);
      if (t.size() == 1) out.putIfAbsent(t.getFirst(), w);
    }
    return out;
  }

  /** The question words and every sentence's words ({@link #words}), embedded in one batch. */
  Map<String, float[]> vectors(
      Map<String, String> question, List<Map<String, String>> sentenceWords) {
    Set<String> all = new LinkedHashSet<>(question.values());
    for (Map<String, String> w : sentenceWords) all.addAll(w.values());
    List<String> list = new ArrayList<>(all);
    List<float[]> vs = embedder.embedPassages(list);
    Map<String, float[]> out = new HashMap<>();
    for (int i = 0; i < list.size(); i++) out.put(list.get(i), vs.get(i));
    return out;
  }

  /**
   * For each question term: 1 when the sentence has it, else the best cosine of its word to a word
   * of the sentence (0 for a sentence without words).
   */
  static Map<String, Double> match(
      Map<String, String> question,
      Set<String> terms,
      Map<String, String> sWords,
      Map<String, float[]> vectors) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (var q : question.entrySet()) {
      if (terms.contains(q.getKey())) {
        out.put(q.getKey(), 1.0);
        continue;
      }
      float[] qv = vectors.get(q.getValue());
      double best = 0;
      for (String w : sWords.values()) {
        float[] v = vectors.get(w);
        if (qv != null && v != null) best = Math.max(best, Embedder.dot(qv, v));
      }
      out.put(q.getKey(), best);
    }
    return out;
  }
}
