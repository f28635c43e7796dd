package dev.talksbot.answer.llm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a Russian or Ukrainian question into an English search query without a model, so the
 * extractive answerer can still answer it (in English, after a note in the user's language). It
 * knows the question words and the common words of political and military news by their stems
 * (Russian and Ukrainian endings vary, so a stem matches any ending), from {@code
 * language/ru-uk-keywords.txt}; any other word is transliterated ({@code
 * language/cyrillic-latin.txt}), which is how Cyrillic names reach a Latin spelling ("Шевченко" →
 * "Shevchenko"), after a surname's case ending is put back to the nominative ({@code
 * language/ru-uk-name-endings.txt}). It is a keyword query, not a translation, and only used when
 * no LLM is configured.
 */
public final class OfflineTranslator {
  private OfflineTranslator() {}

  /** Stem (lower case) → English words; the longest matching stem wins. */
  private static final Map<String, String> STEMS = new LinkedHashMap<>();

  /** A stem this short (in letters) must be the whole word ("де" is "where", not "delegation"). */
  private static final int WHOLE_WORD_STEM = 3;

  /** Words that carry nothing in a keyword query. */
  private static final Set<String> SKIP = WordLists.load("ru-uk-stopwords.txt").set("stopwords");

  /** Cyrillic letter → Latin. */
  private static final Map<Character, String> LATIN = new LinkedHashMap<>();

  /** Cyrillic letter after a consonant → Latin, where it differs from {@link #LATIN}. */
  private static final Map<Character, String> LATIN_AFTER_CONSONANT = new LinkedHashMap<>();

  /** Latin word ending → its replacement, longest first. */
  private static final Map<String, String> LATIN_ENDINGS = new LinkedHashMap<>();

  /** Cyrillic case ending of a surname → nominative ending, longest first. */
  private static final Map<String, String> NAME_ENDINGS = new LinkedHashMap<>();

  /** Prepositions after which a capitalised unknown word is taken for a place in a case form. */
  private static final Set<String> PLACE_PREPOSITIONS;

  /** Case endings of a place name → "" (dropped), longest first, after a preposition of place. */
  private static final Map<String, String> PLACE_ENDINGS = new LinkedHashMap<>();

  /** Letters a surname keeps when its case ending is rewritten. */
  private static final int NAME_STEM = 2;

  /** Letters a place name keeps when its case ending is dropped. */
  private static final int PLACE_STEM = 4;

  static {
    WordLists.load("ru-uk-keywords.txt")
        .entries()
        .forEach((english, stems) -> stems.forEach(s -> STEMS.put(s, english)));
    Map<String, String> endings = new LinkedHashMap<>();
    WordLists.load("cyrillic-latin.txt")
        .entries()
        .forEach(
            (key, value) -> {
              String latin = value.isEmpty() ? "" : value.getFirst();
              if (key.startsWith("-")) endings.put(key.substring(1), latin);
              else if (key.startsWith("+"))
                LATIN_AFTER_CONSONANT.put(letter(key.substring(1)), latin);
              else LATIN.put(letter(key), latin);
            });
    longestFirst(endings, LATIN_ENDINGS);
    Map<String, String> names = new LinkedHashMap<>();
    WordLists.load("ru-uk-name-endings.txt")
        .entries()
        .forEach((ending, nominative) -> names.put(ending, nominative.getFirst()));
    longestFirst(names, NAME_ENDINGS);
    WordLists places = WordLists.load("ru-uk-place-endings.txt");
    PLACE_PREPOSITIONS = places.set("prepositions");
    Map<String, String> placeEndings = new LinkedHashMap<>();
    places.entries().keySet().stream()
        .filter(k -> k.startsWith("-"))
        .forEach(k -> placeEndings.put(k.substring(1), ""));
    longestFirst(placeEndings, PLACE_ENDINGS);
  }

  private static char letter(String key) {
    if (key.length() != 1) {
      throw new IllegalStateException("language/cyrillic-latin.txt: not one letter: '" + key + "'");
    }
    return key.charAt(0);
  }

  private static void longestFirst(Map<String, String> from, Map<String, String> into) {
    from.entrySet().stream()
        .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> -e.getKey().length()))
        .forEach(e -> into.put(e.getKey(), e.getValue()));
  }

  /** The English keyword query for a Cyrillic question; Latin words pass through unchanged. */
  public static String toEnglish(String question) {
    List<String> out = new ArrayList<>();
    String previous = "";
    for (String raw : question.split("[\\s,.;:!?«»\"“”()]+")) {
      if (raw.isEmpty()) continue;
      String w = raw.toLowerCase(Locale.ROOT).replace('’', '\'');
      boolean afterPlacePreposition = PLACE_PREPOSITIONS.contains(previous);
      previous = w;
      if (!isCyrillic(w)) {
        out.add(raw);
        continue;
      }
      if (SKIP.contains(w)) continue;
      String english = lookup(w);
      out.add(english != null ? english : name(raw, w, afterPlacePreposition));
    }
    String q = String.join(" ", out).strip();
    if (q.isEmpty()) return question;
    return Character.toUpperCase(q.charAt(0)) + q.substring(1) + "?";
  }

  /**
   * An unknown word in Latin letters; a capitalised one (a name) in the nominative and capitalised,
   * as English spells names. After a preposition of place, a name that is not a surname in a case
   * form is taken for a place and loses its case ending ("у Бахмуті" → "Bakhmut").
   */
  private static String name(String raw, String lower, boolean afterPlacePreposition) {
    if (!Character.isUpperCase(raw.codePointAt(0))) return transliterate(lower);
    String nominative = nominative(lower);
    if (afterPlacePreposition && nominative.equals(lower)) nominative = placeStem(lower);
    String latin = transliterate(nominative);
    return latin.isEmpty() ? latin : Character.toUpperCase(latin.charAt(0)) + latin.substring(1);
  }

  /** A surname's case ending put back to the nominative ("бакановского" → "бакановский"). */
  static String nominative(String word) {
    // the stem must keep at least two letters, so a short word is not taken for an ending
    return withEnding(word, NAME_ENDINGS, NAME_STEM);
  }

  /** A place name without its case ending ("бахмуті" → "бахмут"), keeping four letters. */
  static String placeStem(String word) {
    return withEnding(word, PLACE_ENDINGS, PLACE_STEM);
  }

  /**
   * The word with its first matching ending (the map is longest first) rewritten to the ending's
   * value, if at least {@code minStem} letters stay before it; else the word.
   */
  private static String withEnding(String word, Map<String, String> endings, int minStem) {
    for (Map.Entry<String, String> e : endings.entrySet()) {
      String ending = e.getKey();
      if (word.endsWith(ending) && word.length() - ending.length() >= minStem) {
        return word.substring(0, word.length() - ending.length()) + e.getValue();
      }
    }
    return word;
  }

  private static String lookup(String word) {
    Keyword k = keyword(word);
    return k == null ? null : k.english();
  }

  /** A word of the keyword table: the stem that matched and its English words. */
  record Keyword(String stem, String english) {
    Keyword {
      if (stem == null || stem.isBlank() || english == null || english.isBlank()) {
        throw new IllegalArgumentException("a keyword needs a stem and English words");
      }
    }
  }

  /**
   * The keyword-table entry of a lower-case Cyrillic word (the longest matching stem; a short stem
   * only as the whole word), or null when the table does not know the word.
   */
  static Keyword keyword(String word) {
    String best = null;
    int bestLen = 0;
    for (Map.Entry<String, String> e : STEMS.entrySet()) {
      String stem = e.getKey();
      if (stem.length() > bestLen && word.startsWith(stem)) {
        if (stem.length() <= WHOLE_WORD_STEM && !word.equals(stem)) continue;
        best = stem;
        bestLen = stem.length();
      }
    }
    return best == null ? null : new Keyword(best, STEMS.get(best));
  }

  /** A Russian or Ukrainian word that carries nothing (a preposition, a pronoun...). */
  static boolean isStopword(String lowerWord) {
    return SKIP.contains(lowerWord);
  }

  /**
   * A Cyrillic word (any case) as a Latin name key: a surname's case ending put back to the
   * nominative, then transliterated ("Мединского" → "medinsky").
   */
  static String latinName(String word) {
    return transliterate(nominative(word.toLowerCase(Locale.ROOT).replace('’', '\'')));
  }

  /** A lower-case Cyrillic word in Latin letters ("бакановский" → "bakanovsky"). */
  static String transliterate(String word) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      String l = i > 0 && isConsonant(word.charAt(i - 1)) ? LATIN_AFTER_CONSONANT.get(c) : null;
      if (l == null) l = LATIN.get(c);
      b.append(l != null ? l : String.valueOf(c));
    }
    String t = b.toString();
    for (Map.Entry<String, String> e : LATIN_ENDINGS.entrySet()) {
      if (t.endsWith(e.getKey()) && t.length() > e.getKey().length()) {
        return t.substring(0, t.length() - e.getKey().length()) + e.getValue();
      }
    }
    return t;
  }

  /** A Cyrillic consonant: a letter whose Latin spelling starts with a consonant. */
  private static boolean isConsonant(char c) {
    String l = LATIN.get(c);
    return l != null && !l.isEmpty() && "aeiouy".indexOf(l.charAt(0)) < 0;
  }

  static boolean isCyrillic(String w) {
    return w.codePoints()
        .anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC);
  }
}
