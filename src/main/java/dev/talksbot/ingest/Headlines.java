package dev.talksbot.ingest;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Headlines and headings:
 *
 * <ul>
 *   <li>what a headline looks like: a short line (3 to 25 words, at most 200 characters) that does
 *       not end like a clause ({@code .}, {@code ,}, {@code ;}, {@code :}) and starts with a
 *       capital letter or a figure, or with an opening quotation mark before one ({@code "The
 *       harbour does not choose sides": the negotiator on the talks}: headlines often lead with a
 *       quote);
 *   <li>a page's label before its headline ({@code LIVE Talks resume in Tarn}, {@code Breaking:
 *       Talks resume}), and the label of its kind in capitals ({@code TRANSCRIPT: Talks resume}),
 *       are not part of it ({@link #withoutLabel}, {@link #kickerLabel}), nor are a wire story's
 *       version labels glued to it by a hyphen ({@code UPDATE 2-Talks resume}, {@link
 *       #withoutWireLabels});
 *   <li>a live blog's entry heading starts with the entry's clock time ({@code 19:20 Tarn time —
 *       Talks end for the day}), which is not part of the heading's text ({@link
 *       #withoutClockTime}).
 * </ul>
 */
final class Headlines {
  private Headlines() {}

  /** Fewest words a headline has. */
  static final int MIN_WORDS = 3;

  /** Most words a headline has. */
  static final int MAX_WORDS = 25;

  /** Most characters a headline has. */
  static final int MAX_CHARS = 200;

  /** Opening quotation marks a headline may start with. */
  private static final String OPENING_QUOTES = "\"“‘'«„";

  static boolean looksLikeHeadline(String s) {
    int words = ChromeRules.words(s);
    if (words < MIN_WORDS || words > MAX_WORDS || s.length() > MAX_CHARS) return false;
    char last = s.charAt(s.length() - 1);
    if (".,;:".indexOf(last) >= 0) return false;
    int first = s.codePointAt(0);
    if (OPENING_QUOTES.indexOf(first) >= 0 && s.length() > 1) first = s.codePointAt(1);
    return Character.isUpperCase(first) || Character.isDigit(first);
  }

  /** Labels before a headline ({@code headline-labels.txt}), the longest first. */
  private static final List<String> LABELS =
      WordLists.load("headline-labels.txt").stream()
          .sorted(Comparator.comparingInt(String::length).reversed())
          .toList();

  /**
   * Labels of a page's kind ({@code kicker-labels.txt}: "Transcript", "Morning briefing"), by their
   * lower-case form, each in its usual spelling.
   */
  private static final Map<String, String> KICKER_LABELS =
      WordLists.load("kicker-labels.txt").stream()
          .collect(
              Collectors.toUnmodifiableMap(l -> l.toLowerCase(Locale.ROOT), Function.identity()));

  /** The lower-case kicker labels, the longest first. */
  private static final List<String> KICKERS_LONGEST_FIRST =
      KICKER_LABELS.keySet().stream()
          .sorted(Comparator.comparingInt(String::length).reversed())
          .toList();

  /**
   * The label of a page's kind that {@code text} is ({@code kicker-labels.txt}, any case: "MORNING
   * BRIEFING", "Opinion"), in its usual spelling; null when it is none.
   */
  static String kickerLabel(String text) {
    return KICKER_LABELS.get(text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT));
  }

  /** What may follow a label: a colon, a dash or a bar (with spaces), or spaces alone. */
  private static final Pattern AFTER_LABEL =
      Pattern.compile("^(\\s*[:|—–]\\s*|\\s+-\\s+|\\s+)(\\S.*)$");

  /**
   * The headline without a page's label before it: a label of {@code headline-labels.txt} ("live",
   * "breaking") written in capitals ({@code LIVE Talks resume}) or followed by a colon, a dash or a
   * bar ({@code Live: Talks resume}); a headline that merely starts with the word ("Live music
   * returns to Tarn") keeps it, and so does one that would be no headline without it.
   */
  static String withoutLabel(String headline) {
    String h = withoutWireLabels(headline.strip());
    for (String label : LABELS) {
      String rest = afterLabel(h, label, false);
      if (rest != null) return rest;
    }
    for (String label : KICKERS_LONGEST_FIRST) {
      String rest = afterLabel(h, label, true);
      if (rest != null) return rest;
    }
    return h;
  }

  /** A wire story's version labels ({@code wire-labels.txt}), in capitals. */
  private static final List<Pattern> WIRE_LABELS =
      WordLists.load("wire-labels.txt").stream()
          .map(l -> Pattern.compile("^(?:" + l + ")-(?=\\S)"))
          .toList();

  /**
   * The headline without a wire story's version labels glued to it by a hyphen ({@code UPDATE
   * 2-Talks resume}, {@code REFILE-UPDATE 1-Talks resume}), when what follows is a headline.
   */
  static String withoutWireLabels(String headline) {
    String h = headline;
    for (boolean found = true; found; ) {
      found = false;
      for (Pattern label : WIRE_LABELS) {
        Matcher m = label.matcher(h);
        if (m.lookingAt() && looksLikeHeadline(h.substring(m.end()))) {
          h = h.substring(m.end());
          found = true;
        }
      }
    }
    return h;
  }

  /**
   * The headline after {@code label} at its start, or null: the label in capitals, or (unless
   * {@code capitalsOnly}) followed by a colon, a dash or a bar; what follows must be a headline.
   */
  private static String afterLabel(String h, String label, boolean capitalsOnly) {
    if (!h.regionMatches(true, 0, label, 0, label.length())) return null;
    Matcher m = AFTER_LABEL.matcher(h.substring(label.length()));
    if (!m.matches()) return null;
    String printed = h.substring(0, label.length());
    boolean capitals = printed.equals(printed.toUpperCase(Locale.ROOT));
    boolean marked = capitals || (!capitalsOnly && !m.group(1).isBlank());
    return marked && looksLikeHeadline(m.group(2)) ? m.group(2) : null;
  }

  /**
   * A clock time that starts a live blog's entry heading, with its zone, and the dash after it:
   * "19:20 Tarn time — ", "2:05 p.m. — ", "09.40 GMT+3 – ".
   */
  private static final Pattern CLOCK_TIME =
      Pattern.compile(
          "^"
              + Dates.CLOCK_TIME
              + "(?:\\s+(?:\\p{Lu}[\\p{L}]*(?:[+-]\\d{1,2})?|time|local)){0,3}"
              + "(?:\\s*[—–]\\s*|\\s+-\\s+)");

  /** The line without the clock time and dash that start a live blog's entry heading. */
  static String withoutClockTime(String line) {
    Matcher m = CLOCK_TIME.matcher(line);
    return m.lookingAt() ? line.substring(m.end()).strip() : line;
  }
}
