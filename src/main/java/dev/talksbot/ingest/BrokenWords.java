package dev.talksbot.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a word broken at a hyphen across a line break of a hard-wrapped text ({@link HardWraps})
 * was hyphenated by the wrapping ({@code harb-} / {@code our}: rejoined without the hyphen) or is a
 * hyphenated word broken at its own hyphen ({@code well-} / {@code known}, {@code Stratford-} /
 * {@code upon-Avon}: the hyphen stays). In this order:
 *
 * <ol>
 *   <li>the text writes the hyphenated form elsewhere ({@code well-known}): the hyphen stays;
 *   <li>the text writes the joined form elsewhere ({@code harbour}): rejoined;
 *   <li>the joined word is an English word ({@code english-words.txt}): rejoined;
 *   <li>the word after the break goes on with a hyphen of its own ({@code upon-Avon}), or it is an
 *       English word and so is the part before the break or that part is capitalised ({@code year-}
 *       / {@code old}, {@code Tarn-} / {@code based}): a compound, the hyphen stays;
 *   <li>otherwise the parts are fragments of one word ({@code Ferro-} / {@code wick}, when neither
 *       part is a word): rejoined.
 * </ol>
 *
 * Only a break between two letters, the second in small letters, is decided here; a capital after
 * the break ({@code Anglo-} / {@code French}) or a figure before it keeps the hyphen.
 */
final class BrokenWords {
  private BrokenWords() {}

  /** English words ({@code english-words.txt}), lower case. */
  private static final Set<String> WORDS = WordLists.lowerCaseSet("english-words.txt");

  /**
   * Whether the hyphen between {@code left} (the word before the break, without its hyphen) and
   * {@code right} (the word after it) stays (see the class comment).
   *
   * @param text the whole text, whose other occurrences of the word decide first
   */
  static boolean keepsHyphen(String left, String right, String text) {
    if (left.isEmpty() || right.isEmpty()) return true;
    if (!Character.isLetter(left.codePointBefore(left.length()))) return true;
    if (!Character.isLowerCase(right.codePointAt(0))) return true;
    String before = left.substring(left.lastIndexOf('-') + 1);
    String after = right.indexOf('-') < 0 ? right : right.substring(0, right.indexOf('-'));
    if (before.isEmpty() || after.isEmpty()) return true;
    if (occurs(before + "-" + after, text)) return true;
    if (occurs(before + after, text)) return false;
    if (WORDS.contains((before + after).toLowerCase(Locale.ROOT))) return false;
    if (!after.equals(right)) return true;
    boolean word = WORDS.contains(after.toLowerCase(Locale.ROOT));
    return word
        && (WORDS.contains(before.toLowerCase(Locale.ROOT))
            || Character.isUpperCase(before.codePointAt(0)));
  }

  /** Whether the text has {@code word} as a whole word, in any case. */
  private static boolean occurs(String word, String text) {
    return Pattern.compile(
            "(?<![\\p{L}\\p{N}-])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
        .matcher(text)
        .find();
  }

  /** The word that ends {@code paragraph} before its final hyphen (letters, figures, hyphens). */
  static String wordBefore(CharSequence paragraph) {
    int end = paragraph.length() - 1;
    int start = end;
    while (start > 0 && wordChar(paragraph.charAt(start - 1))) start--;
    return paragraph.subSequence(start, end).toString();
  }

  /** The word that starts {@code line}, without the punctuation after it. */
  static String wordAfter(String line) {
    int end = 0;
    while (end < line.length() && wordChar(line.charAt(end))) end++;
    String w = line.substring(0, end);
    while (w.endsWith("-")) w = w.substring(0, w.length() - 1);
    return w;
  }

  private static boolean wordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '\'' || c == '’';
  }
}
