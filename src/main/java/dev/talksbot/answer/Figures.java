package dev.talksbot.answer;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Numbers written in figures, as a question gives them and a sentence holds them ({@link
 * SelectorFeatures}' {@code numbers_share}).
 */
final class Figures {
  private Figures() {}

  /** A word joined by hyphens to a figure: "300-for-300", "a 60-day truce". */
  private static final Pattern HYPHENED_WORDS = Pattern.compile("-\\p{L}+-|-\\p{L}+$");

  /**
   * The numbers a token in figures gives: itself ("1,200", "1620-21"), or, for figures joined by
   * hyphens to words, each figure ("300-for-300": 300; "60-day": 60), which a sentence may write
   * apart ("300 prisoners on each side", "60 days").
   */
  static Set<String> of(String token) {
    if (!HYPHENED_WORDS.matcher(token).find()) return Set.of(token);
    Set<String> out = new HashSet<>();
    for (String part : token.split("-"))
      if (!part.isEmpty() && Character.isDigit(part.charAt(0))) out.add(part);
    return out;
  }

  /** Dashes of every kind but the hyphen-minus: "1620–21" is written "1620-21" too. */
  private static final Pattern DASHES = Pattern.compile("[\u2010-\u2015\u2212]");

  /** Lower case, every dash a hyphen-minus ({@link #DASHES}). */
  static String dashed(String text) {
    return DASHES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("-");
  }

  /** The share of the question's numbers ({@link #of}) the text holds (1 when it gives none). */
  static double share(Set<String> numbers, String text) {
    if (numbers.isEmpty()) return 1;
    String t = dashed(text);
    int hit = 0;
    for (String n : numbers) if (t.contains(n)) hit++;
    return (double) hit / numbers.size();
  }
}
