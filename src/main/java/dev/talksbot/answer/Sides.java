package dev.talksbot.answer;

import dev.talksbot.index.TextAnalysis;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The sides a body of coverage is about: the parties of {@code answer/parties.tsv} its texts name
 * most (a country, its capital, its seat of power), so that a key-fact question about "each side"
 * can be asked of each. Learned from the texts, never assumed.
 */
public final class Sides {
  /** The placeholder a key-fact question uses for one side ({@code answer/summary-aspects.txt}). */
  public static final String PLACEHOLDER = "{side}";

  /** A party must be named at least this many times to count as a side. */
  static final int MIN_MENTIONS = 2;

  private Sides() {}

  /** The {@code n} parties the texts name most, most named first, as display names ("Russia"). */
  public static List<String> leading(Collection<String> texts, int n) {
    if (n < 1) throw new IllegalArgumentException("n must be >= 1: " + n);
    Map<String, Integer> mentions = new TreeMap<>();
    for (String text : texts)
      for (String term : TextAnalysis.terms(text)) {
        String party = QuestionShape.partyOf(term);
        if (party != null) mentions.merge(party, 1, Integer::sum);
      }
    List<String> out = new ArrayList<>();
    mentions.entrySet().stream()
        .filter(e -> e.getValue() >= MIN_MENTIONS)
        .sorted(
            Comparator.comparingInt((Map.Entry<String, Integer> e) -> -e.getValue())
                .thenComparing(Map.Entry::getKey))
        .limit(n)
        .forEach(e -> out.add(QuestionShape.displayName(e.getKey())));
    return out;
  }

  /**
   * A key-fact question asked of each side ({@link #PLACEHOLDER} replaced by each), or once as it
   * stands when it names no side; with fewer than two sides known, "each side" questions are asked
   * once, of "each side".
   */
  public static List<String> expand(String aspect, List<String> sides) {
    if (!aspect.contains(PLACEHOLDER)) return List.of(aspect);
    if (sides.size() < 2)
      return List.of(
          aspect.replace(PLACEHOLDER + "'s", "each side's").replace(PLACEHOLDER, "each side"));
    return sides.stream().map(s -> aspect.replace(PLACEHOLDER, s)).toList();
  }

  static String capitalised(String word) {
    return word.isEmpty()
        ? word
        : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
  }
}
