package dev.talksbot.answer;

import dev.talksbot.nlp.LexiconWords;
import java.util.Locale;
import java.util.Set;

/**
 * Counts written otherwise than a number before its noun ({@link CountedNoun#counts}): a number
 * joined by a hyphen to its noun ("a 60-day truce"), an ordinal before it ("his fourth visit"), an
 * article before a unit of time or length ("an hour or two").
 */
final class CountWords {
  private CountWords() {}

  /** An ordinal in figures: "3rd", "21st". */
  private static final java.util.regex.Pattern ORDINAL_FIGURE =
      java.util.regex.Pattern.compile("\\d+(?:st|nd|rd|th)");

  /**
   * Whether an ordinal, in words or figures, comes right before one of the nouns ("his fourth
   * visit", "for the 3rd time"; not "the second quarter of the 19th century").
   */
  static boolean ordinal(String sentence, Set<String> noun) {
    String[] words = sentence.split("[^\\p{L}\\d]+");
    for (int i = 0; i + 1 < words.length; i++) {
      boolean ordinal = ORDINAL_FIGURE.matcher(words[i]).matches();
      for (String t : WordTerms.of(words[i])) ordinal |= QuestionShape.ordinal(t) != null;
      if (!ordinal) continue;
      for (String t : WordTerms.of(words[i + 1])) if (noun.contains(t)) return true;
    }
    return false;
  }

  /** An article before a word: "an hour", "a week". */
  private static final java.util.regex.Pattern ONE =
      java.util.regex.Pattern.compile("(?i)(?<![\\p{L}\\d])an?\\s+(\\p{L}+)");

  /**
   * Whether an article gives one unit of time or length: "lasted no more than an hour or two", "a
   * week-long pause".
   */
  static boolean oneUnit(String sentence) {
    java.util.regex.Matcher m = ONE.matcher(sentence);
    while (m.find())
      for (String t : WordTerms.of(m.group(1)))
        if (CountedNoun.MEASURE_UNITS.contains(t)) return true;
    return false;
  }

  /** A word or figure joined by a hyphen to the word after it: "60-day", "three-month". */
  private static final java.util.regex.Pattern HYPHENATED =
      java.util.regex.Pattern.compile("(?<![\\p{L}\\d])(\\d[\\d,.]*|\\p{L}+)[-‑](\\p{L}+)");

  /**
   * Whether a number joined by a hyphen to the noun counts it: "a 60-day truce" gives a length in
   * days, "a three-month truce" one in months; and, for a question that counts people, a number
   * joined to a kind of person counts them ("a 24-member mission", "a five-judge panel").
   */
  static boolean hyphenated(String sentence, Set<String> noun) {
    java.util.regex.Matcher m = HYPHENATED.matcher(sentence);
    while (m.find()) {
      if (!LexiconWords.isNumber(m.group(1))) continue;
      for (String t : WordTerms.of(m.group(2))) if (noun.contains(t)) return true;
      if (CountedNoun.kindCounted(lower(m.group(2)), noun)) return true;
    }
    return false;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
