package dev.talksbot.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What page chrome looks like, as general rules (not a list of one page's lines). Two kinds:
 *
 * <ul>
 *   <li>chrome lines: short lines that are navigation, widgets, app promotion, comment counters,
 *       wire tags or copyright footers; they are dropped wherever they appear;
 *   <li>trailer headings: a short heading such as "Related Articles", "Comments", "Most read" or
 *       "DOWNLOAD THE APP" after the body starts a trailing block of other stories or widgets;
 *       everything from there to the end of the page is not the article.
 * </ul>
 */
final class ChromeRules {
  private ChromeRules() {}

  /** Lines longer than this (in words) are prose, never chrome, whatever they contain. */
  static final int MAX_CHROME_WORDS = 14;

  private static final List<Pattern> CHROME =
      compile(
          "logo",
          "(advertisement|advert|sponsored( content)?|ad|skip to (main )?content|menu|search|home)",
          "[a-z]+( [a-z]+)? background", // image alt text: "Orange background"
          "try our ai features",
          "explore what .{1,40} can do for you:?",
          "comments?( \\(\\d+\\))?",
          "no comments yet.*",
          "(leave|post|add|write) a comment.*",
          "(download|get) (the|our) app.*",
          "get started now.*",
          ".*\\b(app[- ]?store|play[- ]?store|google play)\\b.*",
          "the-[a-z0-9]+-wire",
          "(share|tweet|email|print|follow us|subscribe|sign up|newsletter|listen|watch)( (this|on|to|now|article|story).*)?",
          "read more:?.*",
          "(photo|image|video|credit)s?:.*",
          ".*(©|\\(c\\) \\d{4}|all rights reserved).*",
          "copyright .*",
          "(time)?\\s*\\d+ (seconds?|minutes?|hours?|days?|weeks?) ago",
          "•.*", // bullet tags under teasers: "• Russia Today"
          "updated:? .{0,40}",
          "published:? .{0,40}");

  private static final List<Pattern> TRAILER =
      compile(
          "related( articles| stories| news| coverage| content| posts)?:?",
          "more (stories|news|from .{1,40})",
          "recommended( for you| stories)?",
          "you may (also )?like",
          "most (read|popular|viewed)",
          "trending( now)?",
          "comments?( \\(\\d+\\))?",
          "(download|get) the app",
          "read next",
          "latest (news|stories)");

  private static List<Pattern> compile(String... regexes) {
    return java.util.Arrays.stream(regexes)
        .map(r -> Pattern.compile(r, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
        .toList();
  }

  static boolean isChrome(String line) {
    String s = line.strip();
    if (s.isEmpty()) return false;
    if (words(s) > MAX_CHROME_WORDS) {
      // a long line is prose unless it is a copyright footer or app promotion
      return s.contains("©")
          || s.toLowerCase().contains("all rights reserved")
          || s.toLowerCase().matches(".*\\bdownload\\b.*\\bapp\\b.*\\bapp store\\b.*");
    }
    return CHROME.stream().anyMatch(p -> p.matcher(s).matches());
  }

  static boolean isTrailerHeading(String line) {
    String s = line.strip();
    if (s.isEmpty() || words(s) > 6) return false;
    return TRAILER.stream().anyMatch(p -> p.matcher(s).matches());
  }

  static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }
}
