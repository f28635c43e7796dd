package dev.talksbot.nlp;

/**
 * Lookups in the general word lists the value spotter reads ({@code nlp/number-words.txt}, {@code
 * nlp/number-values.tsv}, {@code nlp/date-words.tsv}), for the rules that read words the same way.
 */
public final class LexiconWords {
  private LexiconWords() {}

  /**
   * Whether a lower-case word is a number word ("three", "forty"; {@code nlp/number-words.txt}).
   */
  public static boolean isNumberWord(String word) {
    return Lexicon.NUMBER_WORDS.contains(word);
  }

  /**
   * Whether a word is a number: written in figures ("11", "1,200") or a number word in any case
   * ("eleven", "Three").
   */
  public static boolean isNumber(String word) {
    return !word.isEmpty()
        && (Character.isDigit(word.charAt(0))
            || isNumberWord(word.toLowerCase(java.util.Locale.ROOT)));
  }

  /** A figure: digits, with separators inside ("40", "1,500", "2.5"). */
  private static final java.util.regex.Pattern FIGURE =
      java.util.regex.Pattern.compile("\\d+(?:[.,]\\d+)*");

  /** Whether a word (or an analysed term) is all a figure: "40", "1,500", "2.5"; not "1921,". */
  public static boolean isFigure(String word) {
    return FIGURE.matcher(word).matches();
  }

  /**
   * Whether a word names a month or a day of the week ("February", "Feb.", "Friday"; {@code
   * nlp/date-words.tsv}).
   */
  public static boolean isMonthOrWeekday(String word) {
    String kind = Lexicon.dateKind(word);
    return kind != null && (kind.equalsIgnoreCase("month") || kind.equalsIgnoreCase("weekday"));
  }

  /**
   * The value a number written in digits or a lower-case number word writes, to compare "three"
   * with "3": digits without their commas, a word by {@code nlp/number-values.tsv} ("hundred" and
   * the like as written).
   */
  public static String numberValue(String number) {
    if (!number.isEmpty() && Character.isDigit(number.charAt(0))) return number.replace(",", "");
    return Lexicon.NUMBER_VALUES.getOrDefault(number, number);
  }
}
