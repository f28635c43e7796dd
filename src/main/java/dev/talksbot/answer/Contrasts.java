package dev.talksbot.answer;

import dev.talksbot.index.TextAnalysis;
import dev.talksbot.nlp.WordRelations;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Words of opposite meaning, as the index analyses text: "smallest" and "largest" are the analysed
 * forms of "small" and "large", which WordNet gives as antonyms ({@link WordRelations}). A question
 * that asks about "the smallest cities" is not answered by a sentence about "the largest cities"
 * (SQuAD 2.0 makes many of its unanswerable questions so). Built on first use from the lexicon.
 */
public final class Contrasts {
  private Contrasts() {}

  private static final class Loaded {
    /** Analysed form -> the analysed base word of an antonym pair it is a form of. */
    static final Map<String, String> BASE = new HashMap<>();

    /** Analysed base word -> its analysed antonyms. */
    static final Map<String, Set<String>> OPPOSITE = new HashMap<>();

    static {
      for (var e : WordRelations.antonyms().entrySet()) {
        String base = one(e.getKey());
        if (base == null) continue;
        for (String o : e.getValue()) {
          String other = one(o);
          if (other != null && !other.equals(base))
            OPPOSITE.computeIfAbsent(base, k -> new HashSet<>()).add(other);
        }
      }
      for (var e : WordRelations.forms().entrySet()) {
        if (!WordRelations.antonyms().containsKey(e.getValue())) continue; // no antonym: no use
        String base = one(e.getValue());
        String form = one(e.getKey());
        if (base != null && form != null && OPPOSITE.containsKey(base))
          BASE.putIfAbsent(form, base);
      }
    }

    /** The one analysed term of a word, or null (a stop word, or more than one term). */
    private static String one(String word) {
      List<String> t = TextAnalysis.terms(word);
      return t.size() == 1 ? t.getFirst() : null;
    }
  }

  /** Builds the tables now (the start-up language preload), not at the first question. */
  public static void preload() {
    java.util.Objects.requireNonNull(Loaded.BASE);
  }

  /** The base word of an analysed term that has antonyms ("smallest" -> "small"), or null. */
  static String base(String term) {
    String b = Loaded.BASE.getOrDefault(term, term);
    return Loaded.OPPOSITE.containsKey(b) ? b : null;
  }

  /** The analysed antonyms of a base word (empty if none). */
  static Set<String> opposites(String base) {
    return Loaded.OPPOSITE.getOrDefault(base, Set.of());
  }
}
