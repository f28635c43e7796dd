package dev.talksbot.answer;

import dev.talksbot.nlp.TypedValue;
import dev.talksbot.nlp.ValueSpotter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The selector's {@code value_proximity} feature: an answer sits next to what the question asks.
 */
final class ValueProximity {
  private ValueProximity() {}

  /** Words between a wanted value and a question word at which proximity halves. */
  static final double PROXIMITY_SCALE = 4.0;

  private static final Pattern WORD_TOKEN = Pattern.compile("\\S+");

  /**
   * How close the nearest value of the wanted kind (one the question does not name) stands to a
   * word of the question in the sentence: 1 when adjacent, falling with the number of words
   * between, 0 when there is none. An answer sits next to what the question asks about.
   */
  static double of(SelectorFeatures.Question q, String sentence) {
    List<TypedValue> values = ValueSpotter.values(sentence, q.text());
    if (values.isEmpty()) return 0;
    List<int[]> words = new ArrayList<>(); // {start, end, isQuestionWord}
    java.util.regex.Matcher m = WORD_TOKEN.matcher(sentence);
    while (m.find()) {
      List<String> t = WordTerms.of(m.group());
      boolean asked = !t.isEmpty() && q.terms().contains(t.getFirst());
      words.add(new int[] {m.start(), m.end(), asked ? 1 : 0});
    }
    double best = 0;
    for (TypedValue v : values) {
      if (v.type() != q.type()) continue;
      int first = -1;
      int last = -1;
      for (int i = 0; i < words.size(); i++) {
        if (words.get(i)[1] > v.start() && words.get(i)[0] < v.end()) {
          if (first < 0) first = i;
          last = i;
        }
      }
      if (first < 0) continue;
      for (int i = 0; i < words.size(); i++) {
        if (words.get(i)[2] == 0 || (i >= first && i <= last)) continue;
        int gap = i < first ? first - i - 1 : i - last - 1;
        best = Math.max(best, 1 / (1 + gap / PROXIMITY_SCALE));
      }
    }
    return best;
  }
}
