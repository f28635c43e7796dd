package dev.talksbot.ingest;

import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines a saved page puts around its story: above it, read before the body starts, the outlet's
 * masthead ({@code Tarn Evening Monitor} on a line of its own), a kicker ({@code EXPLAINER}), a
 * byline on a line of its own without a date ({@code By Jane Roe and John Doe}) and a publication
 * line ({@code Published October 18, 2025 · Updated October 18, 2025, 14:20}) or a date line
 * ({@code Live updates · Friday, October 17, 2025 · Last updated 19:20}); anywhere, a stamp of the
 * outlet and the date between bars or middle dots ({@code Tarn Evening Monitor | 18.10.2025 |
 * Lutavia, Energy}). Each is metadata, not text; nothing is guessed.
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

  /** The separators between a header line's items: a bar, a middle dot or a bullet. */
  private static final Pattern ITEM_SEPARATOR = Pattern.compile("\\s*[|·•]\\s*");

  /**
   * The stamp a line of items between bars or middle dots gives ({@code Outlet | 28.09.2025 |
   * tags}, {@code Outlet · World · Interviews · 8 November 2025}): its first item an outlet's name
   * ({@link OutletNames#looksLikeOutlet}, not a byline), another a full date ({@link Dates#ofItem}:
   * in words, or in figures day first); null when the line is not one.
   */
  static Stamp stamp(String line) {
    return stamp(line, null);
  }

  /**
   * The stamp a line gives ({@link #stamp(String)}), its first item also taken for the outlet's
   * name when the page has named that outlet already ({@code known}, any case, as its masthead;
   * null for none), whatever its shape ({@code Tarn Record | Quellmoor | March 3, 2026}).
   */
  static Stamp stamp(String line, String known) {
    String[] items = ITEM_SEPARATOR.split(line.strip());
    if (items.length < 2) return null;
    String outlet = items[0].strip();
    boolean named = OutletNames.looksLikeOutlet(outlet) || outlet.equalsIgnoreCase(known);
    if (!named || LONE_BYLINE.matcher(outlet).matches()) return null;
    LocalDate date = firstDate(items, 1);
    return date == null ? null : new Stamp(outlet, date);
  }

  /**
   * The separators of a date line whose items stand between spaced slashes ({@code Politics / World
   * / 3 March 2026, 09:40 (Tarn time) / 4,127 views}).
   */
  private static final Pattern SLASHES = Pattern.compile("\\s+/\\s+");

  /** Most words an item of a header's date line has. */
  static final int DATE_LINE_ITEM_MAX_WORDS = 10;

  /**
   * The date of a header line that dates the story without naming its outlet, or null: a full date
   * on its own ({@code Nov. 21, 2025, 10:05 a.m. GMT+3}), or one of short items between bars or
   * middle dots ({@code Live updates · Friday, November 14, 2025 · Last updated 19:20}, {@code Nov.
   * 21, 2025, 10:05 a.m. | Updated Nov. 22, 2025, 9:40 a.m.}), also between spaced slashes ({@code
   * Politics / 3 March 2026, 09:40 (Tarn time) / 4,127 views}): the first item that is a full date
   * ({@link Dates#ofItem}); an update's date ("Updated …") is not one. Read above the story only.
   */
  static LocalDate dateLine(String line) {
    String[] items = ITEM_SEPARATOR.split(line.strip());
    if (items.length == 1) items = SLASHES.split(line.strip());
    for (String item : items) if (ChromeRules.words(item) > DATE_LINE_ITEM_MAX_WORDS) return null;
    return firstDate(items, 0);
  }

  private static LocalDate firstDate(String[] items, int from) {
    for (int i = from; i < items.length; i++) {
      LocalDate d = Dates.ofItem(items[i]);
      if (d != null) return d;
    }
    return null;
  }

  /** Most words a masthead has. */
  static final int MASTHEAD_MAX_WORDS = 5;

  /** Most words a person's name in a byline has. */
  static final int NAME_MAX_WORDS = 4;

  /** Small words a masthead may hold in lower case ("Voice of the Coast"). */
  private static final Set<String> SMALL_WORDS = Set.of("of", "the", "and", "on", "for");

  private static final Pattern LONE_BYLINE = Pattern.compile("^By\\s+(.+)$");

  /**
   * A team's byline that names its people in parentheses: "By the Quellmoor Post live team (Tom
   * Reed, Anna Berg)": the people are its authors (the team is not a person).
   */
  private static final Pattern TEAM_BYLINE = Pattern.compile("^By\\s+the\\s+[^()]+\\(([^()]+)\\)$");

  /**
   * A publication line: a publication label ({@code publication-labels.txt}: "Published", "First
   * published", "Air date"), then the date, possibly after a weekday ("Air date: Thursday, March 5,
   * 2026 | Running time: 52:07").
   */
  private static final Pattern PUBLISHED =
      Pattern.compile(
          "^(?:"
              + String.join(
                  "|",
                  WordLists.load("publication-labels.txt").stream()
                      .sorted(java.util.Comparator.comparingInt(String::length).reversed())
                      .map(l -> Pattern.quote(l).replace(" ", "\\E\\s+\\Q"))
                      .toList())
              + ")(?:\\s+on)?:?\\s+(?<date>.+?\\d{4})\\b.*$",
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
    return mastheadName(line) && OutletNames.isOutletWord(words[words.length - 1]);
  }

  /**
   * Whether {@code line} has a masthead's shape, whatever its words: 2 to {@link
   * #MASTHEAD_MAX_WORDS} capitalised words (small joining words allowed), no digits and no closing
   * punctuation. Such a line is the outlet's masthead when it is typical of outlet names ({@link
   * #masthead}) or when it opens the page above its navigation bar ({@link
   * ChromeRules#isNavigationBar}).
   */
  static boolean mastheadName(String line) {
    String[] words = line.strip().split("\\s+");
    if (words.length < 2 || words.length > MASTHEAD_MAX_WORDS) return false;
    for (String w : words) {
      if (!w.chars().allMatch(Character::isLetter)) return false;
      if (!Character.isUpperCase(w.codePointAt(0)) && !SMALL_WORDS.contains(w)) return false;
    }
    return true;
  }

  /**
   * The people of a byline that stands on its own line without a date ("By Jane Roe and John Doe",
   * or a team's: {@link #TEAM_BYLINE}), or null when the line is not one: a sentence that starts
   * with "By" ("By Friday, 500 prisoners …") has words that are not names, or ends like a sentence.
   */
  static Byline loneByline(String line) {
    String s = line.strip();
    Matcher team = TEAM_BYLINE.matcher(s);
    if (team.matches()) {
      Byline people = Byline.parse(team.group(1));
      if (!people.authors().isEmpty() && people.authors().stream().allMatch(PageLines::personName))
        return new Byline(people.authors(), null);
    }
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
    return m.matches() ? Dates.ofItem(m.group("date")) : null;
  }

  /** Whether the line says only when the page was updated ("Updated October 18, 2025, 14:20"). */
  static boolean updatedOnly(String line) {
    return UPDATED.matcher(line.strip()).matches();
  }

  /** Most items a kicker line has: the label and a section or topic ("Opinion · Lutavia talks"). */
  static final int KICKER_MAX_ITEMS = 3;

  /** Most words an item after the label of a kicker line has. */
  static final int KICKER_ITEM_MAX_WORDS = 5;

  /**
   * Whether the line is a kicker above the story, a label, not a sentence of the text: one word in
   * capitals ({@code EXPLAINER}, {@code WORLD}), or the label of the page's kind ({@link
   * #kickerLabel}: {@code MORNING BRIEFING}, {@code Opinion · Lutavia talks}).
   */
  static boolean kicker(String line) {
    String s = line.strip();
    boolean capitalWord =
        s.length() >= 2
            && s.chars().allMatch(Character::isLetter)
            && s.equals(s.toUpperCase(java.util.Locale.ROOT));
    return capitalWord || kickerLabel(s) != null;
  }

  /**
   * The label of the page's kind that a kicker line gives ({@link Headlines#kickerLabel}: {@code
   * MORNING BRIEFING}, {@code Opinion · Lutavia talks}) as the line prints it, or null: its first
   * item is the label, in capitals when it stands alone (a word alone in normal case may be the
   * text's), any others (at most {@link #KICKER_MAX_ITEMS} in all) short (a section, a topic),
   * neither dates (that is a date line, {@link #dateLine}) nor sentences.
   */
  static String kickerLabel(String line) {
    String[] items = ITEM_SEPARATOR.split(line.strip());
    if (items.length > KICKER_MAX_ITEMS || Headlines.kickerLabel(items[0]) == null) return null;
    String first = items[0].strip();
    if (items.length == 1 && !first.equals(first.toUpperCase(java.util.Locale.ROOT))) return null;
    for (int i = 1; i < items.length; i++) {
      String item = items[i].strip();
      if (ChromeRules.words(item) > KICKER_ITEM_MAX_WORDS
          || Dates.ofItem(item) != null
          || NewsArticleParser.isProse(item)) return null;
    }
    return first;
  }

  /**
   * The title a kicker line gives a page that has no headline of its own (a digest whose only
   * heading is {@code MORNING BRIEFING}), or null: a kind's label standing alone on its line, in
   * its usual spelling ({@code kicker-labels.txt}: "Morning briefing"), not in capitals.
   */
  static String kickerTitle(String line) {
    String label = kickerLabel(line);
    return label == null || !label.equals(line.strip()) ? null : Headlines.kickerLabel(label);
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
