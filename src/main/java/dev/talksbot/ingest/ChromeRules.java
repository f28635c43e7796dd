package dev.talksbot.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What page chrome looks like, as general rules (not a list of one page's lines); the patterns are
 * in {@code src/main/resources/ingest/} ({@code chrome-lines.txt}, {@code chrome-long-lines.txt},
 * {@code trailer-headings.txt}). Two kinds:
 *
 * <ul>
 *   <li>chrome lines: short lines that are navigation, widgets, tags, app promotion, comment
 *       counters, separators or copyright footers, and bars of such items, and photo captions of
 *       any length ({@code Photo: … / Agency}, {@code … on Friday. Photo: Outlet / Name}), and a
 *       bar of controls ending in a share label and its targets ({@code ▶ Start slideshow | Share
 *       gallery: X · Facebook}); they are dropped wherever they appear;
 *   <li>trailer headings: a short heading such as "Related Articles", "Comments", "Most read" or
 *       "DOWNLOAD THE APP" after the body starts a trailing block of other stories or widgets;
 *       everything from there to the end of the page is not the article.
 * </ul>
 */
final class ChromeRules {
  private ChromeRules() {}

  /** Lines longer than this (in words) are prose, never chrome, whatever they contain. */
  static final int MAX_CHROME_WORDS = 14;

  /** A trailer heading is a short line: at most this many words. */
  static final int MAX_TRAILER_HEADING_WORDS = 6;

  /** Short chrome lines (whole-line patterns). */
  private static final List<Pattern> CHROME = WordLists.patterns("chrome-lines.txt");

  /** Chrome that may be long: copyright footers, app promotion, photo captions. */
  private static final List<Pattern> LONG_CHROME = WordLists.patterns("chrome-long-lines.txt");

  /** Headings that open a trailing block of other stories. */
  private static final List<Pattern> TRAILER = WordLists.patterns("trailer-headings.txt");

  /** The separators between a widget bar's items: a bar, a middle dot or a bullet. */
  private static final Pattern ITEM_SEPARATOR = Pattern.compile("\\s*[|·•]\\s*");

  /**
   * Whether a line is chrome: it matches a chrome pattern, or it is a bar of items that are each
   * chrome ({@code Refresh | Share | Follow this live blog}).
   */
  static boolean isChrome(String line) {
    String s = line.strip();
    if (s.isEmpty()) return false;
    String[] items = ITEM_SEPARATOR.split(s);
    if (items.length >= 2 && Arrays.stream(items).allMatch(ChromeRules::isChrome)) return true;
    if (items.length >= 2 && isShareBar(items)) return true;
    if (words(s) > MAX_CHROME_WORDS) {
      // a long line is prose unless it is a copyright footer or app promotion
      return LONG_CHROME.stream().anyMatch(p -> p.matcher(s).matches());
    }
    return CHROME.stream().anyMatch(p -> p.matcher(s).matches())
        || LONG_CHROME.stream().anyMatch(p -> p.matcher(s).matches());
  }

  /** A share label's item: "Share: X", "Share gallery: X", "Share this story: X". */
  private static final Pattern SHARE_LABEL =
      Pattern.compile("^share(\\s+\\p{L}+){0,2}:.*", Pattern.CASE_INSENSITIVE);

  /**
   * Whether a bar's items are chrome up to a share label, and its share targets after it ({@code ▶
   * Start slideshow | ⤢ Full screen | Share gallery: X · Facebook · Email}): the targets are short
   * items of at most {@link #NAVIGATION_ITEM_MAX_WORDS} words, without closing punctuation.
   */
  private static boolean isShareBar(String[] items) {
    int label = 0;
    while (label < items.length && !SHARE_LABEL.matcher(items[label].strip()).matches()) label++;
    if (label == items.length) return false;
    for (int i = 0; i < label; i++) if (!isChrome(items[i])) return false;
    for (int i = label + 1; i < items.length; i++) {
      String item = items[i].strip();
      int n = words(item);
      if (n == 0
          || n > NAVIGATION_ITEM_MAX_WORDS
          || ".!?".indexOf(item.charAt(item.length() - 1)) >= 0) return false;
    }
    return true;
  }

  /** Fewest items a navigation bar has. */
  static final int NAVIGATION_MIN_ITEMS = 3;

  /** Most words an item of a navigation bar has. */
  static final int NAVIGATION_ITEM_MAX_WORDS = 3;

  /**
   * Whether a line is a navigation bar: at least {@link #NAVIGATION_MIN_ITEMS} items of at most
   * {@link #NAVIGATION_ITEM_MAX_WORDS} words between bars, middle dots or bullets, none of them
   * ending like a sentence ({@code Home | World | Business | Sport}).
   */
  static boolean isNavigationBar(String line) {
    String[] items = ITEM_SEPARATOR.split(line.strip());
    if (items.length < NAVIGATION_MIN_ITEMS) return false;
    for (String item : items) {
      int n = words(item);
      if (n == 0
          || n > NAVIGATION_ITEM_MAX_WORDS
          || ".!?:;,".indexOf(item.charAt(item.length() - 1)) >= 0) return false;
    }
    return true;
  }

  /** Lines of any length that open a trailing block (an e-mail's footer: "Unsubscribe: …"). */
  private static final List<Pattern> TRAILER_LINES = WordLists.patterns("trailer-lines.txt");

  /**
   * Whether a line, once the body has started, ends it: a trailer heading ({@link
   * #isTrailerHeading}) or a trailer line of any length ({@code trailer-lines.txt}: "You are
   * receiving this email because …", "Unsubscribe: …").
   */
  static boolean endsBody(String line) {
    String s = line.strip();
    return isTrailerHeading(s) || TRAILER_LINES.stream().anyMatch(p -> p.matcher(s).matches());
  }

  /**
   * The outlet's brand that opens a navigation bar ({@link #isNavigationBar}) as its first item,
   * {@code TARN RADIO | Podcasts | News | Schedule}, or null: the item has a masthead's shape and
   * words ({@link PageLines#masthead}: "Radio", "Post") and the page names it again elsewhere.
   */
  static String brand(String line, String page) {
    if (!isNavigationBar(line)) return null;
    String first = ITEM_SEPARATOR.split(line.strip())[0].strip();
    if (!PageLines.masthead(first)) return null;
    String p = page.toLowerCase(java.util.Locale.ROOT);
    String name = first.toLowerCase(java.util.Locale.ROOT);
    int at = p.indexOf(name);
    return at >= 0 && p.indexOf(name, at + name.length()) >= 0 ? first : null;
  }

  static boolean isTrailerHeading(String line) {
    String s = line.strip();
    if (s.isEmpty() || words(s) > MAX_TRAILER_HEADING_WORDS) return false;
    return TRAILER.stream().anyMatch(p -> p.matcher(s).matches());
  }

  static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }
}
