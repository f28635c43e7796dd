package dev.talksbot.nlp;

import dev.talksbot.index.TextAnalysis;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Synonyms and antonyms of English words, from WordNet 3.1 ({@code
 * src/main/resources/nlp/wordnet-relations.txt}, written by {@code ./talksbot train lexicon}),
 * keyed by the index's analysed terms so that they compare with the terms of a question and a
 * sentence. An inflected form the stemmer leaves alone ("led", "largest") stands for its base word
 * ("lead", "large") through {@link #base}. Read once, on first use.
 */
public final class WordRelations {
  private WordRelations() {}

  /** The resource the relations are read from, under {@code /nlp/}. */
  static final String RESOURCE = "wordnet-relations.txt";

  private static final class Loaded {
    static final Map<String, Set<String>> SYNONYMS = new HashMap<>();
    static final Map<String, Set<String>> ANTONYMS = new HashMap<>();
    static final Map<String, String> BASES = new HashMap<>();

    static {
      for (String line : Lexicon.lines(RESOURCE)) {
        String[] parts = line.split(" +");
        List<String> terms = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
          List<String> t = TextAnalysis.terms(parts[i]);
          if (t.size() == 1 && !terms.contains(t.getFirst())) terms.add(t.getFirst());
        }
        if (terms.size() < 2) continue;
        switch (parts[0]) {
          case "s" -> relate(SYNONYMS, terms);
          case "a" -> relate(ANTONYMS, terms);
          case "i" -> BASES.putIfAbsent(terms.get(0), terms.get(1));
          default -> throw new IllegalStateException("bad line in " + RESOURCE + ": " + line);
        }
      }
    }

    private static void relate(Map<String, Set<String>> into, List<String> terms) {
      for (String a : terms)
        for (String b : terms)
          if (!a.equals(b)) into.computeIfAbsent(a, k -> new HashSet<>()).add(b);
    }
  }

  /** The term of a word's base form ("led" → "lead"); the term itself when it is a base. */
  public static String base(String term) {
    return Loaded.BASES.getOrDefault(term, term);
  }

  /** The base terms of some terms ({@link #base}). */
  public static Set<String> bases(Collection<String> terms) {
    Set<String> out = new HashSet<>(terms.size() * 2);
    for (String t : terms) out.add(base(t));
    return out;
  }

  /** Base terms that share a common sense with the term's base (not the base itself). */
  public static Set<String> synonyms(String term) {
    return Loaded.SYNONYMS.getOrDefault(base(term), Set.of());
  }

  /** Base terms of opposite meaning to the term's base. */
  public static Set<String> antonyms(String term) {
    return Loaded.ANTONYMS.getOrDefault(base(term), Set.of());
  }

  /** Whether two words (any inflection) have the same base or share a common sense. */
  public static boolean sameSense(String word, String other) {
    List<String> a = TextAnalysis.terms(word);
    List<String> b = TextAnalysis.terms(other);
    if (a.size() != 1 || b.size() != 1) return false;
    String x = base(a.getFirst());
    String y = base(b.getFirst());
    return x.equals(y) || synonyms(x).contains(y);
  }
}
