package dev.talksbot.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a page prints in its body that is not the article's text, as general rules:
 *
 * <ul>
 *   <li>a list item's marker ({@code - }, {@code • }, {@code * } before an item of a bulleted
 *       list): the item is its text ({@link #withoutListMarker});
 *   <li>footnote markers ({@code [1]}, {@code [2, 3]}): they point to a list of notes (dropped as a
 *       trailer, {@code trailer-headings.txt}), and the bot's own citations are written the same
 *       way, so they are removed from the text; a note itself ({@code [1] Ministry statement of …})
 *       is dropped;
 *   <li>a pull quote: a paragraph that is nothing but a quotation of words the body says elsewhere
 *       (a repeat set in large type), dropped;
 *   <li>the author's biography at the end ({@code Anna Berg is a maritime historian in …}): a
 *       closing paragraph that opens with a byline author's name and "is", "was", "writes" or
 *       "covers", dropped;
 *   <li>the page's note on its own history at the end ({@code closing-notes.txt}: "This guide is
 *       revised as news comes in. First published 3 March 2026."), dropped.
 * </ul>
 */
final class BodyApparatus {
  private BodyApparatus() {}

  /**
   * A bulleted list item's marker: a hyphen, an en dash, a bullet or a star, then a space, before
   * the item's first letter, figure, quotation mark or bracket (not a separator line's: "* * *").
   */
  private static final Pattern LIST_MARKER =
      Pattern.compile("^[-–•*]\\s+(?=[\\p{L}\\p{N}\"“‘'«(\\[])");

  /** A footnote marker in the text: one to three digits in square brackets, or a list of them. */
  private static final Pattern FOOTNOTE_MARKER =
      Pattern.compile("\\s?\\[\\d{1,3}(?:\\s*[,–-]\\s*\\d{1,3})*\\]");

  /** A note of a list of footnotes: its marker, then its text. */
  private static final Pattern NOTE = Pattern.compile("^\\[\\d{1,3}\\]\\s+\\S.*");

  /** Opening and closing quotation marks that enclose a pull quote. */
  private static final Pattern QUOTED = Pattern.compile("^[\"“‘'«„](?<quote>[^\"“”«»]+?)[\"”’'»]$");

  /** Fewest words a pull quote has (a short repeated quote may be a phrase of a sentence). */
  static final int PULL_QUOTE_MIN_WORDS = 8;

  /** The verbs that open an author's biography after the author's name. */
  private static final Pattern BIO_VERB = Pattern.compile("^\\s+(?:is|was|writes|covers)\\s");

  /**
   * The line without a bulleted list item's marker ({@code - Talks resume} reads {@code Talks
   * resume}).
   */
  static String withoutListMarker(String line) {
    return LIST_MARKER.matcher(line).replaceFirst("");
  }

  /**
   * The body's paragraphs without its apparatus (see the class comment).
   *
   * @param body the paragraphs, in order
   * @param authors the byline's authors, whose biography closes the page
   */
  static List<String> withoutApparatus(List<String> body, List<String> authors) {
    List<String> out = new ArrayList<>();
    for (String p : body) {
      if (NOTE.matcher(p).matches()) continue;
      String t = FOOTNOTE_MARKER.matcher(p).replaceAll("").strip();
      if (!t.isEmpty()) out.add(t);
    }
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < out.size(); i++) {
      if (!isPullQuote(out.get(i), out, i)) kept.add(out.get(i));
    }
    while (kept.size() > 1
        && (isBiography(kept.getLast(), authors) || isClosingNote(kept.getLast())))
      kept.removeLast();
    return kept;
  }

  /** Whether paragraph {@code i} only quotes words that another paragraph of the body says. */
  private static boolean isPullQuote(String paragraph, List<String> body, int i) {
    Matcher m = QUOTED.matcher(paragraph.strip());
    if (!m.matches()) return false;
    String quote = m.group("quote").strip().replaceAll("[.!?…,;:]+$", "");
    if (ChromeRules.words(quote) < PULL_QUOTE_MIN_WORDS) return false;
    String wanted = quote.toLowerCase(Locale.ROOT);
    for (int j = 0; j < body.size(); j++) {
      if (j != i && body.get(j).toLowerCase(Locale.ROOT).contains(wanted)) return true;
    }
    return false;
  }

  /** A page's notes on its own history ({@code closing-notes.txt}). */
  private static final List<Pattern> CLOSING_NOTES = WordLists.patterns("closing-notes.txt");

  private static boolean isClosingNote(String paragraph) {
    String s = paragraph.strip();
    return CLOSING_NOTES.stream().anyMatch(p -> p.matcher(s).matches());
  }

  /** Whether a paragraph is an author's biography: an author's name, then "is", "was" … */
  private static boolean isBiography(String paragraph, List<String> authors) {
    for (String author : authors) {
      if (paragraph.startsWith(author)
          && BIO_VERB.matcher(paragraph.substring(author.length())).lookingAt()) return true;
    }
    return false;
  }
}
