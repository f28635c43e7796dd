package dev.talksbot.answer;

import dev.talksbot.index.TextAnalysis;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The analysed terms of a single word, cached: the answerer looks up the same words for every
 * candidate sentence of every question, and running the analyzer per word was a measurable share of
 * a warm answer.
 */
final class WordTerms {
  private WordTerms() {}

  /**
   * A word as the per-word readers split a sentence: letters, with the marks, apostrophes and
   * hyphens inside it ({@link OppositeWord}, {@link DeniedWord}, {@link NegativeVerb}).
   */
  static final java.util.regex.Pattern WORD =
      java.util.regex.Pattern.compile("\\p{L}[\\p{L}\\p{M}'’-]*");

  /** Words kept before the cache starts afresh (bounded memory). */
  static final int CAPACITY = 100_000;

  private static final Map<String, List<String>> CACHE = new ConcurrentHashMap<>();

  /** The word's analysed terms (none for a stop word), as {@link TextAnalysis#terms} gives them. */
  static List<String> of(String word) {
    List<String> t = CACHE.get(word);
    if (t != null) return t;
    t = List.copyOf(TextAnalysis.terms(word));
    if (CACHE.size() >= CAPACITY) CACHE.clear();
    CACHE.put(word, t);
    return t;
  }
}
