package dev.talksbot.answer;

import dev.talksbot.ingest.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The years a text names, and whether an article is about other years than a question's. */
final class Years {
  private Years() {}

  private static final Pattern YEAR =
      Pattern.compile("(?<![\\d.,])(1\\d{3}|20\\d{2})(?![\\d.,]\\d|\\d)");

  /** The years (1000 to 2099) a text names, as written. */
  static List<String> named(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = YEAR.matcher(text);
    while (m.find()) out.add(m.group(1));
    return out;
  }

  /**
   * Whether an article is about other years than the question's: its text names years, not all of
   * the question's, and it is not dated in the one it lacks (a report of 2025 need not write
   * "2025").
   */
  static boolean ofOthers(Article a, List<String> asked) {
    List<String> named = named(a.text());
    if (named.isEmpty()) return false;
    for (String y : asked)
      if (!named.contains(y) && (a.date() == null || a.date().getYear() != Integer.parseInt(y)))
        return true;
    return false;
  }
}
