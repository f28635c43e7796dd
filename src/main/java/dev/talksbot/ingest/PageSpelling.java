package dev.talksbot.ingest;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name a page writes in capitals (a masthead {@code BRENNICK HERALD}, a transcript's speaker
 * label {@code MARSH:}) as the page itself spells it elsewhere in normal case ({@code © 2025
 * Brennick Herald}, {@code the minister, Lena Marsh,}). Never title-cased: that would invent a
 * spelling ("BBC NEWS" is not "Bbc News").
 */
final class PageSpelling {
  private PageSpelling() {}

  /**
   * The page's first spelling of {@code name} with capitals and small letters, starting with a
   * capital, when {@code name} is written in capitals and the page has one (as whole words, any
   * spaces between them); otherwise {@code name} as given.
   */
  static String ofCapitals(String name, String page) {
    String n = name.strip();
    if (!n.equals(n.toUpperCase(Locale.ROOT)) || n.chars().noneMatch(Character::isLetter))
      return name;
    String words = String.join("\\s+", Arrays.stream(n.split("\\s+")).map(Pattern::quote).toList());
    Matcher m =
        Pattern.compile(
                "(?<![\\p{L}\\p{N}])" + words + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
            .matcher(page);
    while (m.find()) {
      String found = m.group();
      boolean mixed = !found.equals(found.toUpperCase(Locale.ROOT));
      if (mixed && Character.isUpperCase(found.codePointAt(0)))
        return found.replaceAll("\\s+", " ");
    }
    return name;
  }
}
