package dev.talksbot.ingest;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The default parser for news text as it reaches us: saved pages, pasted articles, wire copy. One
 * paragraph per line (blank lines are optional). It reads, in this order:
 *
 * <ol>
 *   <li>a leading metadata line, {@code date 2025-07-23 By A, B, CNN}: date, authors, outlet (the
 *       last byline entry when it looks like an organisation, not a person);
 *   <li>a glued "outlet + date" line as saved pages print it, {@code Russia Today23-07-2025};
 *   <li>a first line that is a headline (short, no closing full stop, followed by body text), and a
 *       repeat of it right after;
 *   <li>the body, without page chrome ({@link ChromeRules}) and without a trailing block of other
 *       stories ("Related Articles", "Comments", "DOWNLOAD THE APP" ...).
 * </ol>
 *
 * <p>Outlet from the text's own attribution: when no byline or page line names the outlet, the
 * parser records one only from two unambiguous forms: a dateline ({@code (CNN) —} or {@code KYIV
 * (Reuters) -}) at the start of the body, or a source "told" an acronym-style outlet ({@code told
 * RFE/RL}), and only when exactly one such outlet is named. A news agency the article merely cites
 * ("according to TASS") is not its outlet. Nothing else is guessed; unknown stays empty.
 */
public final class NewsArticleParser implements ArticleParser {
  private static final Pattern META_LINE =
      Pattern.compile("^date\\s+(\\d{4}-\\d{2}-\\d{2})\\b\\s*(.*)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern BYLINE = Pattern.compile("^By\\s+(.+)$");
  private static final Pattern GLUED_OUTLET_DATE =
      Pattern.compile(
          "^(\\p{Lu}[\\p{L}0-9 .&'’/-]{1,48}?)\\s*(\\d{1,2})[-./](\\d{1,2})[-./](\\d{4})$");
  private static final Pattern DATELINE =
      Pattern.compile(
          "^(?:[\\p{Lu}][\\p{Lu} ,.'-]{1,40}\\s*)?\\((\\p{Lu}[\\p{L}0-9 .&/-]{1,30})\\)\\s*[—–-]{1,2}\\s*");
  private static final Pattern TOLD_OUTLET =
      Pattern.compile("\\btold (\\p{Lu}{2,}(?:/\\p{Lu}{2,})?)\\b");
  private static final Pattern ORG_WORDS =
      Pattern.compile(
          "(?i).*\\b(news|times|post|press|agency|wire|today|journal|radio|tv|television|"
              + "network|media|reuters|guardian|telegraph|herald|tribune|gazette|daily|weekly|"
              + "broadcasting|service|magazine|online|monitor)\\b.*");
  private static final Set<String> NOT_OUTLETS = Set.of("US", "UK", "EU", "UN", "NATO", "ISS");

  @Override
  public Article parse(String id, String source, String raw) {
    List<String> lines = lines(normalize(raw));
    LocalDate date = null;
    String outlet = null;
    List<String> authors = List.of();
    String title = null;

    // 1. leading metadata line
    int first = firstNonEmpty(lines, 0);
    if (first >= 0) {
      Matcher m = META_LINE.matcher(lines.get(first).strip());
      if (m.matches()) {
        date = parseIsoDate(m.group(1));
        String rest = m.group(2).strip();
        Matcher by = BYLINE.matcher(rest);
        if (by.matches()) {
          List<String> names = splitNames(by.group(1));
          if (!names.isEmpty() && looksLikeOrganisation(names.getLast())) {
            outlet = names.getLast();
            names = names.subList(0, names.size() - 1);
          }
          authors = names;
          lines.set(first, "");
        } else {
          lines.set(first, rest); // the body starts on the metadata line
        }
      }
    }

    // 2. chrome, glued outlet/date lines and the title, before the body starts
    List<String> body = new ArrayList<>();
    boolean bodyStarted = false;
    String previous = null;
    for (String line : lines) {
      String s = line.strip();
      if (s.isEmpty()) continue;
      if (bodyStarted && ChromeRules.isTrailerHeading(s)) break;
      if (ChromeRules.isChrome(s)) continue;
      if (s.equals(previous)) continue; // duplicated headline or line
      previous = s;
      if (!bodyStarted) {
        Matcher g = GLUED_OUTLET_DATE.matcher(s);
        if (g.matches()) {
          LocalDate d = dayMonthYear(g.group(2), g.group(3), g.group(4));
          if (d != null) {
            if (outlet == null) outlet = g.group(1).strip();
            if (date == null) date = d;
            continue;
          }
        }
        if (title == null && body.isEmpty() && looksLikeHeadline(s)) {
          title = s;
          continue;
        }
      }
      if (s.equals(title)) continue;
      body.add(s);
      if (isProse(s)) bodyStarted = true;
    }
    if (body.stream().noneMatch(NewsArticleParser::isProse)) {
      throw new UnparseableArticleException("no article text left after cleaning");
    }

    // 3. dateline and attribution
    String lead = body.getFirst();
    Matcher dl = DATELINE.matcher(lead);
    if (dl.find()) {
      if (outlet == null) outlet = dl.group(1).strip();
      body.set(0, lead.substring(dl.end()));
    }
    if (outlet == null) outlet = toldOutlet(body);

    String text = String.join("\n\n", body);
    return new Article(id, source, title, outlet, authors, date, null, text);
  }

  /** NFC, Unix newlines, no BOM, no zero-width or control characters, single spaces. */
  static String normalize(String raw) {
    String s = Normalizer.normalize(raw, Normalizer.Form.NFC);
    s = s.replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\uFEFF' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060')
        continue;
      if (c == '\u00A0' || c == '\u2009' || c == '\u202F' || c == '\t') c = ' ';
      if (Character.isISOControl(c) && c != '\n') continue;
      b.append(c);
    }
    return b.toString().replaceAll(" {2,}", " ");
  }

  private static List<String> lines(String s) {
    return new ArrayList<>(List.of(s.split("\n", -1)));
  }

  private static int firstNonEmpty(List<String> lines, int from) {
    for (int i = from; i < lines.size(); i++) if (!lines.get(i).isBlank()) return i;
    return -1;
  }

  /** Prose: a line that reads as a sentence (ends like one, or is long). */
  static boolean isProse(String s) {
    String t = s.strip();
    if (t.isEmpty()) return false;
    char last = t.charAt(t.length() - 1);
    boolean closes = ".!?…\"”’'".indexOf(last) >= 0;
    return (closes && ChromeRules.words(t) >= 4) || ChromeRules.words(t) >= 25;
  }

  static boolean looksLikeHeadline(String s) {
    int words = ChromeRules.words(s);
    if (words < 3 || words > 25 || s.length() > 200) return false;
    char last = s.charAt(s.length() - 1);
    if (".,;:".indexOf(last) >= 0) return false;
    return Character.isUpperCase(s.codePointAt(0)) || Character.isDigit(s.codePointAt(0));
  }

  private static List<String> splitNames(String s) {
    List<String> out = new ArrayList<>();
    for (String part : s.split(",|\\band\\b|&")) {
      String p = part.strip();
      if (!p.isEmpty()) out.add(p);
    }
    return out;
  }

  /** A byline entry that names an organisation rather than a person. */
  static boolean looksLikeOrganisation(String s) {
    String t = s.strip();
    if (t.matches("\\p{Lu}{2,}(/\\p{Lu}{2,})?")) return true; // CNN, AFP, RFE/RL
    return ORG_WORDS.matcher(t).matches();
  }

  private static String toldOutlet(List<String> body) {
    Set<String> found = new LinkedHashSet<>();
    for (String p : body) {
      Matcher m = TOLD_OUTLET.matcher(p);
      while (m.find()) {
        if (!NOT_OUTLETS.contains(m.group(1))) found.add(m.group(1));
      }
    }
    return found.size() == 1 ? found.iterator().next() : null;
  }

  private static LocalDate parseIsoDate(String s) {
    try {
      return LocalDate.parse(s);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static LocalDate dayMonthYear(String d, String m, String y) {
    try {
      return LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  @Override
  public String toString() {
    return "NewsArticleParser";
  }
}
