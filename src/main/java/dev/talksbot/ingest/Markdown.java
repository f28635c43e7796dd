package dev.talksbot.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Markdown file ({@code .md}) as the plain text the {@link ArticleParser} reads: one paragraph a
 * line, without Markdown's markers. The rules, by block:
 *
 * <ul>
 *   <li>a paragraph's lines are joined (Markdown's soft line breaks); a line ending in two spaces
 *       or a backslash breaks it;
 *   <li>a heading ({@code # Talks resume}, {@code ## What comes next}) is its text on a line of its
 *       own; the first level-one heading is the page's {@link Page#title}; section headings stay as
 *       lines, as the headings of a saved web page do, so they still separate passages ({@link
 *       ParagraphChunker#isHeading});
 *   <li>a line of images only ({@code ![alt](url)}), a thematic break ({@code ---}), a code fence
 *       and a link reference definition ({@code [1]: https://…}) are dropped;
 *   <li>a line wholly in strong emphasis ({@code **Words by Anna Berg · Photos by Tom Reed**}) is a
 *       line of its own, as a page's header lines are, not part of the paragraph around it;
 *   <li>a breadcrumb on the first line whose first item links to the site's home page names the
 *       outlet ({@link #siteName}) when the text names none;
 *   <li>a line or a list item that is nothing but links ({@code [Read more: …](url)}, {@code -
 *       [Other story](url)}) is navigation, not text, and is dropped; any other list item is its
 *       text; a block quote is its text;
 * </ul>
 *
 * and, inside a line: {@code [text](url)} is its text, an inline image is dropped, {@code
 * **bold**}, {@code *italic*}, {@code _italic_}, {@code ~~struck~~} and {@code `code`} lose their
 * markers (so an interview's {@code **Tom Reed:** We agreed.} reads {@code Tom Reed: We agreed.}),
 * an HTML tag is dropped and a backslash-escaped character is itself.
 */
final class Markdown {
  private Markdown() {}

  /**
   * The plain text of a Markdown file.
   *
   * @param title the text of the first level-one heading, or {@code null}
   * @param text the paragraphs, one a line, blank lines between them
   * @param site the site's name its breadcrumb's home link gives ({@link #siteName}), or {@code
   *     null}
   */
  record Page(String title, String text, String site) {
    Page {
      java.util.Objects.requireNonNull(text, "text");
    }
  }

  private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)(?:\\s+#+)?$");
  private static final Pattern SETEXT_UNDERLINE = Pattern.compile("^(=+|-+)$");
  private static final Pattern BREAK = Pattern.compile("^([-*_])(\\s*\\1){2,}$");
  private static final Pattern FENCE = Pattern.compile("^(```|~~~).*");
  private static final Pattern LINK_DEFINITION = Pattern.compile("^\\[[^\\]]+\\]:\\s+\\S+.*$");
  private static final Pattern QUOTE = Pattern.compile("^(?:>\\s?)+");
  private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-*+]|\\d{1,3}[.)])\\s+(.*)$");
  private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)");
  private static final Pattern LINKED_IMAGE =
      Pattern.compile("\\[\\s*!\\[[^\\]]*\\]\\([^)]*\\)\\s*\\]\\([^)]*\\)");
  private static final Pattern LINK =
      Pattern.compile("\\[([^\\]]*)\\](?:\\([^)]*\\)|\\[[^\\]]*\\])");
  private static final Pattern AUTOLINK = Pattern.compile("<(?:https?://|mailto:)[^>\\s]*>");
  private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9]*(?:\\s[^>]*)?/?>");
  private static final Pattern BOLD = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1");
  private static final Pattern STAR_ITALIC =
      Pattern.compile("(?<![*\\p{L}\\p{N}])\\*(?=[^\\s*])(.+?)(?<=[^\\s*])\\*(?![*\\p{L}\\p{N}])");
  private static final Pattern UNDERSCORE_ITALIC =
      Pattern.compile("(?<![\\p{L}\\p{N}_])_(?=[^\\s_])(.+?)(?<=[^\\s_])_(?![\\p{L}\\p{N}_])");
  private static final Pattern STRUCK = Pattern.compile("~~(?=\\S)(.+?)(?<=\\S)~~");
  private static final Pattern CODE = Pattern.compile("`([^`]+)`");
  private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!>~|])");

  /** What is left of a line of links once the links are gone: separators and spaces only. */
  private static final Pattern ONLY_SEPARATORS = Pattern.compile("[\\s|·•,;/*_-]*");

  /** The plain text of {@code markdown}. */
  static Page read(String markdown) {
    List<String> out = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    String title = null;
    String site = null;
    boolean inFence = false;
    for (String raw : markdown.split("\r\n|\r|\n", -1)) {
      String s = raw.strip();
      if (out.isEmpty() && paragraph.isEmpty() && site == null) site = siteName(s);
      if (FENCE.matcher(s).matches()) {
        flush(paragraph, out);
        inFence = !inFence;
        continue;
      }
      if (inFence) {
        out.add(s);
        continue;
      }
      boolean hardBreak = raw.endsWith("  ") || s.endsWith("\\");
      if (s.endsWith("\\")) s = s.substring(0, s.length() - 1).strip();
      Matcher h = HEADING.matcher(s);
      if (s.isEmpty()
          || BREAK.matcher(s).matches()
          || (SETEXT_UNDERLINE.matcher(s).matches() && !paragraph.isEmpty())
          || LINK_DEFINITION.matcher(s).matches()
          || h.matches()) {
        flush(paragraph, out);
        if (h.matches()) {
          String heading = inline(h.group(2));
          if (heading.isEmpty()) continue;
          if (title == null && h.group(1).length() == 1) title = heading;
          out.add(heading);
        }
        continue;
      }
      s = QUOTE.matcher(s).replaceFirst("");
      Matcher item = LIST_ITEM.matcher(s);
      boolean listItem = item.matches();
      if (listItem) {
        flush(paragraph, out);
        s = item.group(1);
      }
      if (onlyLinksOrImages(s)) {
        flush(paragraph, out);
        continue;
      }
      String text = inline(s);
      if (text.isEmpty()) continue;
      boolean strong = WHOLLY_STRONG.matcher(s).matches(); // a header line, set in bold
      if (strong) flush(paragraph, out);
      if (!paragraph.isEmpty()) paragraph.append(' ');
      paragraph.append(text);
      if (listItem || hardBreak || strong) flush(paragraph, out);
    }
    flush(paragraph, out);
    return new Page(title, String.join("\n\n", out), site);
  }

  /**
   * A line that is wholly in strong emphasis: {@code **Words by Anna Berg · Photos by Tom Reed**}.
   */
  private static final Pattern WHOLLY_STRONG =
      Pattern.compile("^(\\*\\*|__)(?=\\S)[^*_]+(?<=\\S)\\1$");

  /** A breadcrumb's separator: an angle quote or arrow between items. */
  private static final Pattern CRUMB_SEPARATOR = Pattern.compile("\\s+[>›»]\\s+");

  /** A link to a site's home page: its address is the scheme and host alone. */
  private static final Pattern HOME_LINK =
      Pattern.compile("^\\[([^\\]]+)\\]\\(https?://[^/\\s)]+/?\\)$");

  /**
   * The site's name a page's breadcrumb gives ({@code [The Tarn Monitor](https://tarn.example/) ›
   * [World](…) › [Galleries](…)}): its first item, when it links to the site's home page and its
   * text is an outlet's name ({@link OutletNames#looksLikeOutlet}) or has a masthead's shape
   * ({@link PageLines#mastheadName}); null otherwise ("Home" names no outlet).
   */
  static String siteName(String line) {
    String[] items = CRUMB_SEPARATOR.split(line.strip());
    if (items.length < 2) return null;
    Matcher home = HOME_LINK.matcher(items[0].strip());
    if (!home.matches()) return null;
    String name = inline(home.group(1));
    boolean named = OutletNames.looksLikeOutlet(name) || PageLines.mastheadName(name);
    return named && !ChromeRules.isChrome(name) ? name : null;
  }

  /**
   * The article of a Markdown file: its plain text read by {@code parser}. When the parser finds no
   * headline in it (one it does not take for a headline: too long, or ending in a colon), the first
   * level-one heading is the title, and not a paragraph of the text.
   */
  static Article parse(ArticleParser parser, String id, String source, String markdown) {
    Page page = read(markdown);
    Article a = parser.parse(id, source, page.text());
    if (a.outlet() == null && page.site() != null) a = withOutlet(a, page.site());
    if (a.title() != null || page.title() == null) return a;
    String title = PageText.normalize(page.title()).strip();
    List<String> paragraphs = new ArrayList<>(List.of(a.text().split("\n\n")));
    if (paragraphs.size() > 1) paragraphs.remove(title);
    return new Article(
        a.id(),
        a.source(),
        title,
        a.outlet(),
        a.authors(),
        a.date(),
        a.url(),
        String.join("\n\n", paragraphs),
        a.datelineDay(),
        a.datelinePlace());
  }

  private static Article withOutlet(Article a, String outlet) {
    return new Article(
        a.id(),
        a.source(),
        a.title(),
        outlet,
        a.authors(),
        a.date(),
        a.url(),
        a.text(),
        a.datelineDay(),
        a.datelinePlace());
  }

  /** Whether a line is images and links only (with separators between them): navigation. */
  private static boolean onlyLinksOrImages(String line) {
    String bare = line.replaceAll("\\*\\*|__", "");
    String rest =
        LINK.matcher(IMAGE.matcher(LINKED_IMAGE.matcher(bare).replaceAll(" ")).replaceAll(" "))
            .replaceAll(" ");
    rest = AUTOLINK.matcher(rest).replaceAll(" ");
    return !rest.equals(bare) && ONLY_SEPARATORS.matcher(rest).matches();
  }

  /** A line's text without inline markers (see the class comment). */
  static String inline(String line) {
    // escaped characters are set aside (private-use stand-ins) so no rule reads them as markers
    StringBuilder escaped = new StringBuilder();
    Matcher e = ESCAPE.matcher(line);
    StringBuilder b = new StringBuilder();
    while (e.find()) {
      e.appendReplacement(b, Character.toString(0xE000 + escaped.length()));
      escaped.append(e.group(1));
    }
    e.appendTail(b);
    String s = b.toString();
    s = LINKED_IMAGE.matcher(s).replaceAll("");
    s = IMAGE.matcher(s).replaceAll("");
    s = LINK.matcher(s).replaceAll("$1");
    s = AUTOLINK.matcher(s).replaceAll("");
    s = CODE.matcher(s).replaceAll("$1");
    s = TAG.matcher(s).replaceAll("");
    s = BOLD.matcher(s).replaceAll("$2");
    s = STAR_ITALIC.matcher(s).replaceAll("$1");
    s = UNDERSCORE_ITALIC.matcher(s).replaceAll("$1");
    s = STRUCK.matcher(s).replaceAll("$1");
    StringBuilder restored = new StringBuilder(s.length());
    s.codePoints()
        .forEach(
            c -> {
              int i = c - 0xE000;
              if (i >= 0 && i < escaped.length()) restored.append(escaped.charAt(i));
              else restored.appendCodePoint(c);
            });
    return restored.toString().replaceAll("\\s{2,}", " ").strip();
  }

  private static void flush(StringBuilder paragraph, List<String> out) {
    if (paragraph.isEmpty()) return;
    out.add(paragraph.toString());
    paragraph.setLength(0);
  }
}
