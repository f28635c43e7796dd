package dev.talksbot.answer.llm;

import dev.talksbot.index.TextAnalysis;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a name written in a translation (a capitalised word, Cyrillic or Latin) is one the cited
 * passages name. A Latin word must be an analysed term of the passages, as in {@link SupportCheck}.
 * A Cyrillic word is found when the offline keyword table knows it (a country, a capital, a body:
 * "России" is "Russian") and its English is in the passages, or when its Latin spelling ({@link
 * OfflineTranslator#latinName}: nominative, transliterated) is within a few letters of a
 * capitalised word of the passages, since English spellings of Cyrillic names vary ("Zelensky",
 * "Zelenskyy") and nouns take case endings ("в Стамбуле").
 */
final class NameMatch {
  /**
   * Letters a keyword may have after its stem and still be the keyword: the longest Russian or
   * Ukrainian case ending ("-ами", "-ого"); a longer rest is a different word ("Главацкий" is not
   * "глав-").
   */
  static final int MAX_CASE_ENDING = 3;

  /** Names shorter than this (in Latin letters) must match exactly, without edits. */
  static final int MIN_FUZZY_LETTERS = 4;

  /**
   * Letter edits allowed per letter of the shorter spelling: transliterations of one name differ by
   * one or two letters in eight ("Stambul" / "Istanbul", "Zelenskiy" / "Zelensky"), two different
   * names by more.
   */
  static final double EDITS_PER_LETTER = 0.3;

  /** Case endings (in Latin letters) a Cyrillic noun may carry; the name is also tried without. */
  private static final String CASE_ENDING = "(ami|yakh|akh|om|oy|em|ey|yu|ya|a|e|i|u|y)$";

  private final Set<String> terms;
  private final Set<String> keys = new LinkedHashSet<>();

  /**
   * @param passages the text of the cited passages
   */
  NameMatch(String passages) {
    this.terms = new HashSet<>(TextAnalysis.terms(passages));
    for (String tok : passages.split("[^\\p{L}\\p{N}]+")) {
      if (tok.isEmpty() || !Character.isUpperCase(tok.codePointAt(0))) continue;
      keys.add(key(tok));
    }
  }

  /** Whether the passages name this word. */
  boolean found(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (!OfflineTranslator.isCyrillic(lower)) {
      List<String> t = TextAnalysis.terms(word);
      return !t.isEmpty() && terms.containsAll(t);
    }
    OfflineTranslator.Keyword k = OfflineTranslator.keyword(lower);
    if (k != null
        && lower.length() - k.stem().length() <= MAX_CASE_ENDING
        && terms.containsAll(TextAnalysis.terms(k.english()))) {
      return true;
    }
    String latin = OfflineTranslator.latinName(word);
    String key = skeleton(latin);
    if (key.length() == 1) { // an initial: "В. Мединский"
      return keys.stream().anyMatch(c -> c.startsWith(key));
    }
    String bare = skeleton(latin.replaceFirst(CASE_ENDING, ""));
    for (String c : keys) {
      if (close(key, c) || (bare.length() >= MIN_FUZZY_LETTERS && close(bare, c))) return true;
    }
    return false;
  }

  private static boolean close(String a, String b) {
    int shorter = Math.min(a.length(), b.length());
    int allowed = shorter < MIN_FUZZY_LETTERS ? 0 : Math.max(1, (int) (shorter * EDITS_PER_LETTER));
    if (Math.abs(a.length() - b.length()) > allowed) return false;
    return dev.talksbot.nlp.EditDistance.between(a, b) <= allowed;
  }

  /** A passage word's comparison key: its Latin spelling, as {@link #skeleton}. */
  private static String key(String token) {
    String lower = token.toLowerCase(Locale.ROOT);
    return skeleton(
        OfflineTranslator.isCyrillic(lower) ? OfflineTranslator.latinName(lower) : lower);
  }

  /**
   * A Latin spelling without the letters transliterations disagree on: y, j and i are one letter,
   * kh is h, w is v, ck is k, doubled letters are single.
   */
  static String skeleton(String latin) {
    String s =
        latin
            .toLowerCase(Locale.ROOT)
            .replace("kh", "h")
            .replace("ck", "k")
            .replace("ph", "f")
            .replace('w', 'v')
            .replace('j', 'i')
            .replace('y', 'i')
            .replaceAll("[^\\p{L}\\p{N}]", "");
    return s.replaceAll("(.)\\1+", "$1");
  }
}
