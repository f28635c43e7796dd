package dev.talksbot.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The items of a numbered list of stories or points (a digest's "1. TARN: TALKS RESUME", "2. Prices
 * rise"): headings ({@link ParagraphChunker#isHeading}) numbered 1, 2, 3 … in order, at least
 * {@link #MIN_ITEMS} of them. Such a heading names its item's subject, so it opens its item's
 * passage and is read with it (without its number), unlike other headings; an item's passage never
 * holds another item's text, as the items are unrelated.
 */
final class NumberedItems {
  private NumberedItems() {}

  /** Fewest numbered headings that make a list of items. */
  static final int MIN_ITEMS = 2;

  /** A number, a full stop or a closing bracket, then the heading's words. */
  private static final Pattern NUMBERED =
      Pattern.compile("^(?<n>\\d{1,2})[.)]\\s+(?<words>\\S.*)$");

  /**
   * Whether paragraphs hold a list of numbered items: their numbered headings count 1, 2, 3 … in
   * order, and there are at least {@link #MIN_ITEMS}.
   */
  static boolean isList(List<String> paragraphs) {
    int expected = 1;
    for (String p : paragraphs) {
      Matcher m = numbered(p);
      if (m == null) continue;
      if (Integer.parseInt(m.group("n")) != expected) return false;
      expected++;
    }
    return expected - 1 >= MIN_ITEMS;
  }

  /**
   * Where the words of a numbered heading start in it (after its number), or -1 when the paragraph
   * is no numbered heading.
   */
  static int wordsStart(String paragraph) {
    Matcher m = numbered(paragraph);
    return m == null ? -1 : m.start("words");
  }

  private static Matcher numbered(String paragraph) {
    if (!ParagraphChunker.isHeading(paragraph)) return null;
    Matcher m = NUMBERED.matcher(paragraph);
    return m.matches() ? m : null;
  }
}
