package dev.talksbot.ingest;

import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines a saved page puts around its story: above it, read before the body starts, the outlet's
 * masthead ({@code Tarn Evening Monitor} on a line of its own), a byline on a line of its own
 * without a date ({@code By Jane Roe and John Doe}) and a publication line ({@code Published
 * October 18, 2025 · Updated October 18, 2025, 14:20}); anywhere, a stamp of the outlet and the
 * date between bars ({@code Tarn Evening Monitor | 18.10.2025 | Lutavia, Energy}). Each is
 * metadata, not text; nothing is guessed.
 */
final class PageLines {
  private PageLines() {}

  /**
   * An outlet's stamp on its story.
   *
   * @param outlet the outlet
   * @param date the date
   */
  record Stamp(String outlet, LocalDate date) {
    Stamp {
      java.util.Objects.requireNonNull(outlet, "outlet");
      java.util.Objects.requireNonNull(date, "date");
    }
  }

  /**
   * The stamp a line of parts between bars gives ({@code Outlet | 28.09.2025 | tags}): its first
   * part an outlet's name ({@link OutletNames#looksLikeOutlet}), its second a full date (day first
   * when in figures); null when the line is not one.
   */
  static Stamp stamp(String line) {
    String[] parts = line.strip().split("\\s*\\|\\s*");
    if (parts.length < 2 || !OutletNames.looksLikeOutlet(parts[0])) return null;
    LocalDate date = Dates.parse(parts[1]);
    if (date == null) date = Dates.dayFirstFigures(parts[1]);
    return date == null ? null : new Stamp(parts[0].strip(), date);
  }

  /** Most words a masthead has. */
  static final int MASTHEAD_MAX_WORDS = 5;

  /** Most words a person's name in a byline has. */
  static final int NAME_MAX_WORDS = 4;

  /** Small words a masthead may hold in lower case ("Voice of the Coast"). */
  private static final Set<String> SMALL_WORDS = Set.of("of", "the", "and", "on", "for");

  private static final Pattern LONE_BYLINE = Pattern.compile("^By\\s+(.+)$");

  /** A publication line: "Published", "First published" or "Posted", then the date. */
  private static final Pattern PUBLISHED =
      Pattern.compile(
          "^(?:First\\s+published|Published|Posted)(?:\\s+on)?:?\\s+(?<date>.+?\\d{4})\\b.*$",
          Pattern.CASE_INSENSITIVE);

  /** A line that says only when the page was updated, which is not when it was published. */
  private static final Pattern UPDATED =
      Pattern.compile(
          "^(?:Last\\s+)?updated(?:\\s+on)?:?\\s+.*\\d{4}\\b.{0,20}$", Pattern.CASE_INSENSITIVE);

  /**
   * Whether {@code line} is an outlet's masthead: at most {@link #MASTHEAD_MAX_WORDS} capitalised
   * words (small joining words allowed), no digits and no closing punctuation, the last of them a
   * word typical of outlet names ({@code outlet-words.txt}: "Monitor", "Herald", "Post").
   */
  static boolean masthead(String line) {
    String[] words = line.strip().split("\\s+");
    if (words.length < 2 || words.length > MASTHEAD_MAX_WORDS) return false;
    for (String w : words) {
      if (!w.chars().allMatch(Character::isLetter)) return false;
      if (!Character.isUpperCase(w.codePointAt(0)) && !SMALL_WORDS.contains(w)) return false;
    }
    return OutletNames.isOutletWord(words[words.length - 1]);
  }

  /**
   * The people of a byline that stands on its own line without a date ("By Jane Roe and John Doe"),
   * or null when the line is not one: a sentence that starts with "By" ("By Friday, 500 prisoners
   * …") has words that are not names, or ends like a sentence.
   */
  static Byline loneByline(String line) {
    String s = line.strip();
    Matcher m = LONE_BYLINE.matcher(s);
    if (!m.matches() || NewsArticleParser.isProse(s) || s.endsWith(".")) return null;
    Byline by = Byline.parse(m.group(1));
    if (by.authors().isEmpty()) return null;
    for (String name : by.authors()) if (!personName(name)) return null;
    return by;
  }

  /** The date a publication line gives ({@link #PUBLISHED}), or null when it is not one. */
  static LocalDate published(String line) {
    Matcher m = PUBLISHED.matcher(line.strip());
    return m.matches() ? Dates.parse(m.group("date")) : null;
  }

  /** Whether the line says only when the page was updated ("Updated October 18, 2025, 14:20"). */
  static boolean updatedOnly(String line) {
    return UPDATED.matcher(line.strip()).matches();
  }

  /** Lower-case particles of personal names ({@code name-particles.txt}: "de", "van", "von"). */
  private static final Set<String> NAME_PARTICLES = WordLists.lowerCaseSet("name-particles.txt");

  /**
   * One to {@link #NAME_MAX_WORDS} words, each starting with a capital letter, and between them any
   * lower-case particles of names ("Marieke de Graaf"), which are not counted.
   */
  static boolean personName(String name) {
    String[] words = name.strip().split("\\s+");
    int counted = 0;
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      boolean inner = i > 0 && i < words.length - 1;
      if (inner && NAME_PARTICLES.contains(w)) continue;
      if (!Character.isUpperCase(w.codePointAt(0))) return false;
      counted++;
    }
    return counted <= NAME_MAX_WORDS;
  }
}
