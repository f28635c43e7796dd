package dev.talksbot.core;

import java.text.Normalizer;
import java.util.Locale;

/** Normalises and checks questions (and topics) before they reach retrieval. */
public final class Questions {
  private Questions() {}

  /** Longest question accepted, in characters (code points). */
  public static final int MAX_CHARS = 2000;

  /**
   * NFKC (so full-width letters and ligatures read as plain text), without control, format or
   * zero-width characters, whitespace collapsed.
   *
   * @throws InvalidQuestionException when empty, without a letter or digit, or too long
   */
  public static String validate(String raw) {
    String q = normalize(raw == null ? "" : raw);
    if (q.isEmpty()) {
      throw new InvalidQuestionException(
          InvalidQuestionException.Reason.EMPTY,
          "The question is empty. Ask something about the talks, e.g. \"Who leads the Russian delegation?\"");
    }
    int chars = q.codePointCount(0, q.length());
    if (chars > MAX_CHARS) {
      throw new InvalidQuestionException(
          InvalidQuestionException.Reason.TOO_LONG,
          String.format(
              Locale.ROOT,
              "The question is too long (%,d characters; the limit is %,d). Ask it in fewer words.",
              chars,
              MAX_CHARS));
    }
    if (q.codePoints().noneMatch(Character::isLetterOrDigit)) {
      throw new InvalidQuestionException(
          InvalidQuestionException.Reason.NO_WORDS,
          "The question has no words in it, only punctuation or symbols. Ask it in words.");
    }
    return q;
  }

  static String normalize(String raw) {
    String s = Normalizer.normalize(raw, Normalizer.Form.NFKC);
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            cp -> {
              int type = Character.getType(cp);
              if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                b.append(' ');
              } else if (type == Character.CONTROL
                  || type == Character.FORMAT
                  || type == Character.UNASSIGNED
                  || type == Character.SURROGATE
                  || type == Character.PRIVATE_USE) {
                // dropped: invisible or meaningless in a question
              } else {
                b.appendCodePoint(cp);
              }
            });
    return b.toString().replaceAll(" {2,}", " ").strip();
  }
}
