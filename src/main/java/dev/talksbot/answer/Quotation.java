package dev.talksbot.answer;

/**
 * A source's sentence quoted inside a message: between curly double quotation marks, with the
 * sentence's own double marks nested as single ones (the English convention: “He said ‘no’.”), and
 * a sentence that is one quotation already (“We are ready.”) quoted once, not twice.
 */
public final class Quotation {
  private Quotation() {}

  static final char OPEN = '\u201c';
  static final char CLOSE = '\u201d';
  static final char OPEN_SINGLE = '\u2018';
  static final char CLOSE_SINGLE = '\u2019';

  /** The text quoted once. */
  public static String wrap(String text) {
    String t = text.strip();
    if (isOneQuotation(t)) return t;
    return OPEN + nest(t) + CLOSE;
  }

  /** Opens with a double mark and closes with one, and holds no other. */
  static boolean isOneQuotation(String t) {
    if (t.length() < 2 || !isDouble(t.charAt(0)) || !isDouble(t.charAt(t.length() - 1)))
      return false;
    if (t.charAt(0) == CLOSE || t.charAt(t.length() - 1) == OPEN) return false;
    for (int i = 1; i < t.length() - 1; i++) if (isDouble(t.charAt(i))) return false;
    return true;
  }

  /** Double marks become single ones; a straight mark opens after a space or a bracket. */
  static String nest(String t) {
    StringBuilder b = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == OPEN) b.append(OPEN_SINGLE);
      else if (c == CLOSE) b.append(CLOSE_SINGLE);
      else if (c == '"') b.append(opensHere(t, i) ? OPEN_SINGLE : CLOSE_SINGLE);
      else b.append(c);
    }
    return b.toString();
  }

  private static boolean opensHere(String t, int i) {
    if (i == 0) return true;
    char before = t.charAt(i - 1);
    return Character.isWhitespace(before) || "([{\u2014\u2013-".indexOf(before) >= 0;
  }

  private static boolean isDouble(char c) {
    return c == OPEN || c == CLOSE || c == '"';
  }
}
