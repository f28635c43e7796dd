package dev.talksbot.answer;

import java.util.Locale;
import java.util.Set;

/** Sentences that begin with a pronoun lean on the sentence before them for their subject. */
final class Pronouns {
  private static final Set<String> WORDS = WordList.load("/answer/pronouns.txt");

  private Pronouns() {}

  /** True when any word of the text is a pronoun. */
  static boolean containsPronoun(String text) {
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
      if (WORDS.contains(w)) return true;
    return false;
  }

  static boolean startsWithPronoun(String sentence) {
    String s = sentence.strip();
    int end = 0;
    while (end < s.length() && Character.isLetter(s.charAt(end))) end++;
    return end > 0 && WORDS.contains(s.substring(0, end).toLowerCase(Locale.ROOT));
  }
}
