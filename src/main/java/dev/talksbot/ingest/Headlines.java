package dev.talksbot.ingest;

/**
 * What a headline looks like: a short line (3 to 25 words, at most 200 characters) that does not
 * end like a clause ({@code .}, {@code ,}, {@code ;}, {@code :}) and starts with a capital letter
 * or a figure, or with an opening quotation mark before one ({@code "A substation does not choose
 * sides": the negotiator on the talks}: headlines often lead with a quote).
 */
final class Headlines {
  private Headlines() {}

  /** Fewest words a headline has. */
  static final int MIN_WORDS = 3;

  /** Most words a headline has. */
  static final int MAX_WORDS = 25;

  /** Most characters a headline has. */
  static final int MAX_CHARS = 200;

  /** Opening quotation marks a headline may start with. */
  private static final String OPENING_QUOTES = "\"“‘'«„";

  static boolean looksLikeHeadline(String s) {
    int words = ChromeRules.words(s);
    if (words < MIN_WORDS || words > MAX_WORDS || s.length() > MAX_CHARS) return false;
    char last = s.charAt(s.length() - 1);
    if (".,;:".indexOf(last) >= 0) return false;
    int first = s.codePointAt(0);
    if (OPENING_QUOTES.indexOf(first) >= 0 && s.length() > 1) first = s.codePointAt(1);
    return Character.isUpperCase(first) || Character.isDigit(first);
  }
}
