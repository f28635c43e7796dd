package dev.talksbot.nlp;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The values {@link ValueSpotter} found in sentences, kept so a sentence is tagged once: those it
 * computed, and those the index stored with a passage and handed over when the passage was read
 * ({@link #remember}). Bounded: when full it starts afresh.
 */
public final class SpottedValues {
  private SpottedValues() {}

  /** Sentences whose values are kept before the cache starts afresh (bounded memory). */
  static final int CAPACITY = 20_000;

  private static final Map<String, List<TypedValue>> CACHE = new ConcurrentHashMap<>();

  static List<TypedValue> get(String sentence) {
    return CACHE.get(sentence);
  }

  static void put(String sentence, List<TypedValue> values) {
    if (CACHE.size() >= CAPACITY) CACHE.clear();
    CACHE.put(sentence, values);
  }

  /**
   * Takes the values of a sentence as {@link ValueSpotter#values(String)} computed them earlier
   * (the index stores them with each passage), so the sentence is not tagged again. They must be
   * what the spotter finds in the sentence: they are checked only to lie inside it.
   *
   * @throws IllegalArgumentException if a value is not where it says in the sentence
   */
  public static void remember(String sentence, List<TypedValue> values) {
    Objects.requireNonNull(sentence, "sentence");
    for (TypedValue v : values) {
      if (v.end() > sentence.length() || !sentence.startsWith(v.text(), v.start()))
        throw new IllegalArgumentException(
            "value '" + v.text() + "' is not at " + v.start() + " in the sentence");
    }
    if (!CACHE.containsKey(sentence)) put(sentence, List.copyOf(values));
  }
}
