package dev.talksbot.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A dateline at the start of an article's lead paragraph, and the text after it. The shapes:
 *
 * <ul>
 *   <li>{@code (Some Wire) — text}: the outlet alone;
 *   <li>{@code GENEVA (Some Wire) - text}, {@code Geneva, Switzerland (AFP) -- text}: a place and
 *       the outlet;
 *   <li>{@code GENEVA, Aug. 4 (Some Wire) — text}, {@code Geneva, 4 August 2025 – text}: a place, a
 *       date (month names from {@code months.txt}) and optionally the outlet;
 *   <li>{@code GENEVA — text}: a place alone, in capitals.
 * </ul>
 *
 * The dash is an em dash, an en dash, or one or two hyphens followed by a space. The outlet, the
 * date and the place are kept. The place is the city as written, without its region ({@code
 * Ferrowick} of {@code Ferrowick, Lutavia}); one written in capitals is given its usual case, word
 * by word and each part of a hyphenated word ({@code QUELLMOOR} → {@code Quellmoor}, {@code NEW
 * YORK} → {@code New York}, {@code ST. PETERSBURG} → {@code St. Petersburg}), with initials kept
 * ({@code U.S.}), a letter after a one-letter prefix's apostrophe capitalised ({@code N'DJAMENA} →
 * {@code N'Djamena}) and a small connector after the first word in small letters ({@code RIO DE
 * JANEIRO} → {@code Rio de Janeiro}). A dateline of the outlet alone has no place. A dateline's
 * date usually has no year ({@code Aug. 4}), which is never guessed: it is then a month and day
 * only. A date that no calendar has ({@code Feb. 30}, or {@code Feb. 29} of a year that is not a
 * leap year) is not kept. A parenthesis that is not followed by a dash ({@code (Updated) The talks
 * ...}) is not a dateline.
 *
 * @param place the dateline's place (its city, in its usual case), or {@code null} when it names
 *     none
 * @param outlet the outlet named in parentheses, or {@code null}
 * @param day the month and day of the dateline's date, or {@code null} when it gives none
 * @param year the year of the dateline's date, or {@code null} when it gives none (never without
 *     {@code day})
 * @param rest the paragraph after the dateline (possibly empty when the dateline stands alone)
 */
record Dateline(String place, String outlet, MonthDay day, Year year, String rest) {
  /** The groups of the shapes: the outlet, the date's month and day in either order, its year. */
  private static final String OUTLET_GROUP = "outlet";

  private static final String PLACE_GROUP = "place";

  private static final String MONTH_FIRST = "monthFirst";
  private static final String DAY_AFTER = "dayAfter";
  private static final String DAY_FIRST = "dayFirst";
  private static final String MONTH_AFTER = "monthAfter";
  private static final String YEAR = "year";

  /** An outlet in parentheses: capitalised words (small connectors such as "of" allowed). */
  private static final String OUTLET =
      "\\((?<"
          + OUTLET_GROUP
          + ">[\\p{Lu}\\p{N}][\\p{L}\\p{N}.&/'’-]*"
          + "(?:\\s+(?:[\\p{Lu}\\p{N}][\\p{L}\\p{N}.&/'’-]*|\\p{Ll}{1,3})){0,5})\\)";

  /** A place in capitals: "GENEVA", "ST. PETERSBURG", "NEW YORK". */
  private static final String CAPS_PLACE =
      "\\p{Lu}[\\p{Lu}\\p{M}.'’-]+(?:\\s\\p{Lu}[\\p{Lu}\\p{M}.'’-]*){0,3}";

  /** A place in capitalised words: "Geneva", "New York" (not "Rio de Janeiro"). */
  private static final String PLACE =
      "\\p{Lu}[\\p{L}\\p{M}.'’-]+(?:\\s\\p{Lu}[\\p{L}\\p{M}.'’-]*){0,3}";

  /** An optional region after the place: ", Switzerland", ", N.Y.". */
  private static final String REGION =
      "(?:,\\s\\p{Lu}[\\p{L}.'’-]*(?:\\s\\p{Lu}[\\p{L}.'’-]*){0,2})?";

  /** An em dash or en dash (spaces optional), or one or two hyphens followed by a space. */
  private static final String DASH = "(?:\\s*[—–]\\s*|\\s*--?(?:\\s+|$))";

  /** The shapes, in the order tried (see the class comment). */
  private static final List<Pattern> SHAPES = compile();

  Dateline {
    if (place != null && place.isBlank()) place = null;
    if (place != null) place = place.strip();
    if (outlet != null && outlet.isBlank()) outlet = null;
    if (outlet != null) outlet = outlet.strip();
    rest = rest == null ? "" : rest.strip();
    if (year != null && day == null)
      throw new IllegalArgumentException("a dateline's year without its month and day: " + year);
    if (year != null && !day.isValidYear(year.getValue()))
      throw new IllegalArgumentException("no such date: " + day + " of " + year);
  }

  /** The dateline at the start of {@code paragraph}, if it has one. */
  static Optional<Dateline> find(String paragraph) {
    String p = paragraph.strip();
    for (Pattern shape : SHAPES) {
      Matcher m = shape.matcher(p);
      if (m.lookingAt()) {
        MonthDay day = dayOf(m);
        Year year = day == null ? null : yearOf(m, day);
        if (year == null && group(m, YEAR) != null) day = null; // no such date that year
        String place = group(m, PLACE_GROUP);
        return Optional.of(
            new Dateline(
                place == null ? null : usualCase(place),
                group(m, OUTLET_GROUP),
                day,
                year,
                p.substring(m.end())));
      }
    }
    return Optional.empty();
  }

  /** Small words of a place's name that stay in small letters after its first word. */
  private static final java.util.Set<String> CONNECTORS =
      java.util.Set.of(
          "am", "an", "da", "de", "del", "della", "der", "di", "do", "du", "en", "la", "le", "of",
          "on", "sur", "upon");

  /** Whether {@code word} is a small connector of a place's name ("de" of "Rio de Janeiro"). */
  static boolean isConnector(String word) {
    return CONNECTORS.contains(word);
  }

  /** A word of a place, or a part of a hyphenated word. */
  private static final Pattern PART = Pattern.compile("[^\\s-]+");

  /** Initials: "U.S.", "D.C.". */
  private static final Pattern INITIALS = Pattern.compile("(?:\\p{L}\\.)+");

  /**
   * A place as written, in its usual case when it is written in capitals (no small letter): each
   * word and each part of a hyphenated word capitalised ("NEW YORK" → "New York"), initials kept, a
   * small connector after the first word in small letters ("RIO DE JANEIRO" → "Rio de Janeiro").
   */
  static String usualCase(String place) {
    String p = place.strip();
    if (p.codePoints().anyMatch(Character::isLowerCase)) return p;
    StringBuilder out = new StringBuilder();
    Matcher part = PART.matcher(p);
    int last = 0;
    while (part.find()) {
      out.append(p, last, part.start());
      out.append(partCase(part.group(), part.start() == 0));
      last = part.end();
    }
    return out.append(p.substring(last)).toString();
  }

  private static String partCase(String word, boolean first) {
    if (INITIALS.matcher(word).matches()) return word;
    String lower = word.toLowerCase(java.util.Locale.ROOT);
    if (!first && CONNECTORS.contains(lower)) return lower;
    StringBuilder b = new StringBuilder(lower);
    b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
    // a one-letter prefix and its apostrophe: N'DJAMENA → N'Djamena, O'HARE → O'Hare
    if (b.length() > 2 && (b.charAt(1) == '\'' || b.charAt(1) == '’'))
      b.setCharAt(2, Character.toUpperCase(b.charAt(2)));
    return b.toString();
  }

  /** The dateline's full date, when it gives its year; else {@code null}. */
  LocalDate date() {
    return year == null ? null : year.atMonthDay(day);
  }

  /** The month and day the match names (either order), or null (none, or no such day). */
  private static MonthDay dayOf(Matcher m) {
    String month = group(m, MONTH_FIRST) != null ? group(m, MONTH_FIRST) : group(m, MONTH_AFTER);
    String day = group(m, DAY_FIRST) != null ? group(m, DAY_FIRST) : group(m, DAY_AFTER);
    if (month == null || day == null) return null;
    try {
      return MonthDay.of(Dates.month(month), Integer.parseInt(day));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The year the match names, when it has that day, or null. */
  private static Year yearOf(Matcher m, MonthDay day) {
    String y = group(m, YEAR);
    if (y == null) return null;
    Year year = Year.of(Integer.parseInt(y));
    return day.isValidYear(year.getValue()) ? year : null;
  }

  /** A named group's text, or null when the group is absent from the shape or did not match. */
  private static String group(Matcher m, String name) {
    return m.namedGroups().containsKey(name) ? m.group(name) : null;
  }

  /** A place pattern as the named group of the dateline's place. */
  private static String placed(String place) {
    return "(?<" + PLACE_GROUP + ">" + place + ")";
  }

  private static List<Pattern> compile() {
    List<String> months =
        WordLists.load("months.txt").stream()
            .flatMap(line -> Arrays.stream(line.split("\\s+")))
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(Pattern::quote)
            .toList();
    String month = "(?:" + String.join("|", months) + ")";
    String date =
        "(?:(?<%s>%s)\\.?\\s(?<%s>\\d{1,2})|(?<%s>\\d{1,2})\\s(?<%s>%s)\\.?)(?:,?\\s(?<%s>\\d{4}))?"
            .formatted(MONTH_FIRST, month, DAY_AFTER, DAY_FIRST, MONTH_AFTER, month, YEAR);
    return Stream.of(
            OUTLET + DASH,
            placed(PLACE) + REGION + ",\\s" + date + "(?:\\s+" + OUTLET + ")?" + DASH,
            placed(PLACE) + REGION + "\\s+" + OUTLET + DASH,
            placed(CAPS_PLACE) + REGION + DASH)
        .map(Pattern::compile)
        .toList();
  }
}
