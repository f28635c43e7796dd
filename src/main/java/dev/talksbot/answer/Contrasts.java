package dev.talksbot.answer;

import dev.talksbot.index.TextAnalysis;
import dev.talksbot.nlp.WordRelations;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Words of opposite meaning, as the index analyses text: "smallest" and "largest" are the analysed
 * forms of "small" and "large", which WordNet gives as antonyms ({@link WordRelations}). A question
 * that asks about "the smallest cities" is not answered by a sentence about "the largest cities"
 * (SQuAD 2.0 makes many of its unanswerable questions so).
 *
 * <p>An analysed term is matched to the lexicon's words lazily, and remembered: a term's stem is
 * the start of its word (up to a changed last letter, "happi" of "happy"), so only the words that
 * start with it, less its last letter, are analysed to find the one it comes from. Start-up reads
 * the lexicon's lines only.
 */
public final class Contrasts {
  private Contrasts() {}

  private static final class Loaded {
    /** Every word of an antonym pair, lower case. */
    static final NavigableMap<String, String> WORDS = new TreeMap<>();

    /** Every form of such a word, lower case -> its base word ("smallest" -> "small"). */
    static final NavigableMap<String, String> FORMS = new TreeMap<>();

    static {
      Map<String, List<String>> antonyms = WordRelations.antonyms();
      for (String w : antonyms.keySet()) WORDS.put(w, w);
      for (var e : WordRelations.forms().entrySet())
        if (antonyms.containsKey(e.getValue())) FORMS.put(e.getKey(), e.getValue());
    }
  }

  /**
   * Terms remembered at most (a serving bot meets new words, typos among them, for as long as it
   * runs); past it a term is looked up each time, a few analyses.
   */
  static final int MAX_TERMS = 50_000;

  /** Analysed term -> the analysed base word it is a form of (empty: none with antonyms). */
  private static final Map<String, Optional<String>> BASES = new ConcurrentHashMap<>();

  /** Analysed base word -> its analysed antonyms. */
  private static final Map<String, Set<String>> OPPOSITES = new ConcurrentHashMap<>();

  /** Reads the lexicon now (the start-up language preload), not at the first question. */
  public static void preload() {
    java.util.Objects.requireNonNull(Loaded.WORDS);
  }

  /** The base word of an analysed term that has antonyms ("smallest" -> "small"), or null. */
  static String base(String term) {
    Optional<String> known = BASES.get(term);
    if (known == null) { // not computeIfAbsent: a form's entry looks up its base word's
      known = find(term);
      if (BASES.size() < MAX_TERMS) BASES.putIfAbsent(term, known);
    }
    return known.orElse(null);
  }

  /** The analysed antonyms of an analysed base word (empty if none). */
  static Set<String> opposites(String base) {
    base(base); // the base word's own entry finds its antonyms
    return OPPOSITES.getOrDefault(base, Set.of());
  }

  private static Optional<String> find(String term) {
    if (term.length() < 2) return Optional.empty();
    String from = term.substring(0, term.length() - 1);
    List<String> lemmas = new ArrayList<>(); // base words analysed to this term
    String formOf = null; // else the base word of the first form analysed to it
    String to = from + Character.MAX_VALUE;
    for (String w : Loaded.WORDS.subMap(from, true, to, true).keySet())
      if (term.equals(one(w))) lemmas.add(w);
    for (var e : Loaded.FORMS.subMap(from, true, to, true).entrySet())
      if (formOf == null && term.equals(one(e.getKey()))) formOf = e.getValue();
    String base = formOf == null ? null : one(formOf);
    // a form first ("best" is good's), as the lexicon's form lines say; then a base word itself
    if (base != null && !base.equals(term)) {
      String found = base(base);
      if (found != null) return Optional.of(found);
    }
    if (!lemmas.isEmpty()) {
      Set<String> out = new HashSet<>(); // every sense's antonyms: "gener" of general and generic
      for (String lemma : lemmas)
        for (String o : WordRelations.antonyms().get(lemma)) {
          String a = one(o);
          if (a != null && !a.equals(term)) out.add(a);
        }
      if (out.isEmpty()) return Optional.empty(); // only stop words for opposites ("here")
      OPPOSITES.putIfAbsent(term, Set.copyOf(out));
      return Optional.of(term);
    }
    return Optional.empty();
  }

  /** The one analysed term of a word, or null (a stop word, or more than one term). */
  private static String one(String word) {
    List<String> t = TextAnalysis.terms(word);
    return t.size() == 1 ? t.getFirst() : null;
  }
}
