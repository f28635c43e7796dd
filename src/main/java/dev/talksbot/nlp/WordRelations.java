package dev.talksbot.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Word senses of English from WordNet 3.1 ({@code src/main/resources/nlp/wordnet-relations.txt},
 * written by {@code ./talksbot train lexicon}): whether two lemmas share a sense ("head" and
 * "lead": be in charge of), which words are of opposite meaning ("large", "small") and which nouns
 * name a kind of person ("prisoner"). Irregular forms ("led") stand for their base word. Read once,
 * on first use, by splitting lines only (no analysis), so the first question that needs it pays a
 * few milliseconds.
 */
public final class WordRelations {
  private WordRelations() {}

  /** The resource the relations are read from, under {@code /nlp/}. */
  static final String RESOURCE = "wordnet-relations.txt";

  private static final class Loaded {
    /** Each word's senses, as the numbers of the sense lines it is on. */
    static final Map<String, List<Integer>> SENSES = new HashMap<>();

    static final Map<String, String> BASES = new HashMap<>();

    /** Word -> the words of opposite meaning ("large" -> "small"). */
    static final Map<String, List<String>> ANTONYMS = new HashMap<>();

    /** Nouns that name a kind of person ("prisoner"). */
    static final java.util.Set<String> PERSON_KINDS = new java.util.HashSet<>();

    /** A name's adjective and the name it pertains to, both ways ("french" <-> "france"). */
    static final Map<String, List<String>> PERTAINING = new HashMap<>();

    /** Words that count people of any kind ("people", "person", "individual"). */
    static final java.util.Set<String> PEOPLE = new java.util.HashSet<>();

    static {
      int sense = 0;
      for (String line : Lexicon.lines(RESOURCE)) {
        String[] parts = line.split(" "); // one space: String.split's fast path, no regex
        switch (parts[0]) {
          case "s" -> {
            for (int i = 1; i < parts.length; i++)
              SENSES.computeIfAbsent(parts[i], k -> new ArrayList<>(2)).add(sense);
            sense++;
          }
          case "i" -> BASES.putIfAbsent(parts[1], parts[2]);
          case "a" -> bothWays(ANTONYMS, parts[1], parts[2]);
          case "p" -> PERSON_KINDS.add(parts[1]);
          case "g" -> PEOPLE.addAll(List.of(parts).subList(1, parts.length));
          case "r" -> bothWays(PERTAINING, parts[1], parts[2]);
          default -> throw new IllegalStateException("bad line in " + RESOURCE + ": " + line);
        }
      }
    }
  }

  /** Relates two words in {@code map} each to the other. */
  private static void bothWays(Map<String, List<String>> map, String a, String b) {
    map.computeIfAbsent(a, k -> new ArrayList<>(1)).add(b);
    map.computeIfAbsent(b, k -> new ArrayList<>(1)).add(a);
  }

  /** Reads the resource now (a background thread at start-up), not at the first question. */
  public static void preload() {
    java.util.Objects.requireNonNull(Loaded.SENSES);
  }

  /** The base word of a word form, lower case ("led" → "lead"); the word itself otherwise. */
  public static String base(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return Loaded.BASES.getOrDefault(w, w);
  }

  /**
   * Whether a noun's lemma (lower case) names a kind of person: "prisoner", "civilian", "Russian"
   * (WordNet's hyponyms of "person"); "people" itself is not one ({@link #countsPeople}).
   */
  public static boolean isKindOfPerson(String lemma) {
    return Loaded.PERSON_KINDS.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /** Whether a noun's lemma (lower case) counts people of any kind: "people", "person". */
  public static boolean countsPeople(String lemma) {
    return Loaded.PEOPLE.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /** Every word with its antonyms (WordNet's, both senses seen in SemCor), lower case. */
  public static Map<String, List<String>> antonyms() {
    return java.util.Collections.unmodifiableMap(Loaded.ANTONYMS);
  }

  /**
   * Every name's adjective with the names it pertains to, and every such name with its adjectives,
   * lower case ("french" -> "france", "france" -> "french").
   */
  public static Map<String, List<String>> pertaining() {
    return java.util.Collections.unmodifiableMap(Loaded.PERTAINING);
  }

  /** Every irregular or inflected form with its base word ("smallest" -> "small"). */
  public static Map<String, String> forms() {
    return java.util.Collections.unmodifiableMap(Loaded.BASES);
  }

  /**
   * Whether two lemmas (or irregular forms) are the same word or share a WordNet sense. A word is
   * read both as itself and as the base of its form: "offer" is a verb, not only "off" compared.
   */
  public static boolean sameSense(String word, String other) {
    String w = word.toLowerCase(Locale.ROOT);
    String o = other.toLowerCase(Locale.ROOT);
    for (String a : List.of(w, base(w)))
      for (String b : List.of(o, base(o))) if (a.equals(b) || shareSense(a, b)) return true;
    return false;
  }

  private static boolean shareSense(String a, String b) {
    List<Integer> senses = Loaded.SENSES.get(a);
    List<Integer> others = Loaded.SENSES.get(b);
    if (senses == null || others == null) return false;
    for (Integer s : senses) if (others.contains(s)) return true;
    return false;
  }
}
