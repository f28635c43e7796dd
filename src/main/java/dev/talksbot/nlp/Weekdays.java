package dev.talksbot.nlp;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The names of days of the week a text gives ("Wednesday", "on Thursdays"), capitalised as English
 * writes them, from the date words of {@code nlp/date-words.tsv} (kind WEEKDAY).
 */
public final class Weekdays {
  private Weekdays() {}

  /** The weekdays the text names, lower-cased and singular ("wednesday"), in order. */
  public static Set<String> in(String text) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : text.split("[^\\p{L}]+")) {
      if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) continue;
      String lower = w.toLowerCase(Locale.ROOT);
      if ("WEEKDAY".equals(Lexicon.dateKind(lower))) out.add(lower);
      else if (lower.endsWith("s")
          && "WEEKDAY".equals(Lexicon.dateKind(lower.substring(0, lower.length() - 1))))
        out.add(lower.substring(0, lower.length() - 1));
    }
    return out;
  }
}
