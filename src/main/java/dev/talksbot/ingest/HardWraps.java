package dev.talksbot.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A text wrapped at a fixed width, as a terminal, a wire service's feed or an e-mail program prints
 * it: single line breaks inside its paragraphs, blank lines between them. Its lines are joined back
 * into paragraphs before it is read, one paragraph a line, as a page of one paragraph a line is.
 *
 * <p>A text is hard-wrapped when at least {@link #MIN_CONTINUED_LINES} of its lines go on in the
 * next line, one that starts in small letters (the rest of a sentence), and none of those is wider
 * than {@link #MAX_WRAP_WIDTH}: the widest of them is the text's wrap width. Then a line is joined
 * to the next line of its block when the next line's first word would not have fitted on it within
 * the wrap width (so the line was broken there by the wrapping, not by its writer), unless the next
 * line is a list item ({@code * First point}) or either line is a separator ({@code -----}); a line
 * that fills {@link #FULL_LINE_SHARE} of the width is broken by the wrapping whatever the next word
 * (a wrapper may break a few characters early). A short line followed by another (a heading, a
 * list's line, a byline) keeps its break. A word hyphenated across the break is rejoined as {@link
 * BrokenWords} decides ({@code harb-} / {@code our} reads {@code harbour}; {@code Stratford-} /
 * {@code upon-Avon} keeps its hyphen); a line ending in a figure and a hyphen ({@code 40-} / {@code
 * for-40}) is joined without a space. A text with longer lines (a page of one paragraph a line) is
 * left as it is.
 */
final class HardWraps {
  private HardWraps() {}

  /**
   * Widest wrap width: terminals and mail programs wrap at 65 to 80 characters; a line that goes on
   * in the next and is wider than this is a paragraph of a page that breaks lines by other rules.
   */
  static final int MAX_WRAP_WIDTH = 100;

  /**
   * Fewest lines that go on in a next line starting in small letters for a text to be hard-wrapped:
   * a page of one paragraph a line has few if any (a quotation broken by its writer), a wrapped
   * text one in most of its paragraphs' lines.
   */
  static final int MIN_CONTINUED_LINES = 5;

  /**
   * Share of the wrap width a line fills when the wrapping broke it whatever the next word: a
   * wrapper that breaks by hand, or at a word boundary it prefers, leaves a line a few characters
   * short of the width; a writer's short line (a heading, a byline) is far shorter.
   */
  static final double FULL_LINE_SHARE = 0.85;

  /** A separator line: three or more dashes, equals signs, underscores, stars or tildes. */
  private static final Pattern SEPARATOR = Pattern.compile("^([-=_*~·•]\\s*){3,}$");

  /** A list item's marker at the start of a line: "* ", "- ", "• ", "– ". */
  private static final Pattern LIST_ITEM = Pattern.compile("^[-–•*]\\s+\\S.*");

  /** The text with its hard-wrapped lines joined into paragraphs (see the class comment). */
  static String unwrap(String text) {
    String[] lines = text.split("\n", -1);
    int width = wrapWidth(lines);
    if (width < 0) return text;
    List<String> out = new ArrayList<>();
    StringBuilder paragraph = null;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (paragraph != null && wrapped(lines[i - 1], line, width)) {
        join(paragraph, line.strip(), text);
        continue;
      }
      if (paragraph != null) out.add(paragraph.toString());
      paragraph = line.isBlank() ? null : new StringBuilder(line.stripTrailing());
      if (paragraph == null) out.add(line);
    }
    if (paragraph != null) out.add(paragraph.toString());
    return String.join("\n", out);
  }

  /**
   * The wrap width of a hard-wrapped text: the widest line that goes on in a next line starting in
   * small letters; -1 when the text is not hard-wrapped (see the class comment).
   */
  static int wrapWidth(String[] lines) {
    int width = 0;
    int continued = 0;
    for (int i = 0; i + 1 < lines.length; i++) {
      String next = lines[i + 1].strip();
      if (lines[i].isBlank() || next.isEmpty() || !Character.isLowerCase(next.codePointAt(0)))
        continue;
      continued++;
      width = Math.max(width, lines[i].stripTrailing().length());
    }
    return continued >= MIN_CONTINUED_LINES && width <= MAX_WRAP_WIDTH ? width : -1;
  }

  /** Whether {@code line} was broken by the wrapping before {@code next} (class comment). */
  private static boolean wrapped(String line, String next, int width) {
    String s = line.stripTrailing();
    String n = next.strip();
    if (s.isBlank() || n.isEmpty() || SEPARATOR.matcher(s.strip()).matches()) return false;
    if (LIST_ITEM.matcher(n).matches() || SEPARATOR.matcher(n).matches()) return false;
    int firstWord = n.indexOf(' ') < 0 ? n.length() : n.indexOf(' ');
    return s.length() >= FULL_LINE_SHARE * width || s.length() + 1 + firstWord > width;
  }

  /** Appends the next line to the paragraph: with a space, or rejoining a hyphenated word. */
  private static void join(StringBuilder paragraph, String next, String text) {
    int n = paragraph.length();
    boolean hyphen = n >= 2 && paragraph.charAt(n - 1) == '-';
    char before = hyphen ? paragraph.charAt(n - 2) : ' ';
    if (hyphen && Character.isLetterOrDigit(before)) {
      // a figure or a capital after the break keeps the hyphen: "1,200-" / "for-1,200"
      String left = BrokenWords.wordBefore(paragraph);
      if (!BrokenWords.keepsHyphen(left, BrokenWords.wordAfter(next), text))
        paragraph.setLength(n - 1);
      paragraph.append(next);
    } else {
      paragraph.append(' ').append(next);
    }
  }
}
