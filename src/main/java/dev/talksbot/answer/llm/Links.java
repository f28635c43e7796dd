package dev.talksbot.answer.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Web addresses and domain names in generated text ("https://x.example/a", "www.x.org",
 * "evil.example", "сайт.рф"). A generated sentence may carry one only when the passages it cites
 * contain it: a model must not send the reader anywhere the coverage does not.
 */
final class Links {
  private Links() {}

  /**
   * A URL with a scheme or {@code www.}, or a dotted name whose last label is two or more Latin
   * letters or one of the Cyrillic top-level domains; not inside a longer word or number.
   */
  private static final Pattern LINK =
      Pattern.compile(
          "(?iu)(?<![\\p{L}\\p{N}@.-])(?:"
              + "(?:https?|ftp)://[^\\s<>\"«»]+"
              + "|www\\.[^\\s<>\"«»]+"
              + "|(?:[\\p{L}\\p{N}][\\p{L}\\p{N}_-]*\\.)+(?:[a-z]{2,}|рф|укр|рус)(?![\\p{L}\\p{N}])"
              + "(?:/[^\\s<>\"«»]*)?)");

  /** The links of a text, normalised ({@link #normalise}), in order. */
  static List<String> find(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = LINK.matcher(text);
    while (m.find()) {
      String n = normalise(m.group());
      if (!n.isEmpty()) out.add(n);
    }
    return out;
  }

  /** The first link of {@code text} that {@code source} lacks, or null when there is none. */
  static String firstMissing(String text, String source) {
    List<String> have = find(source);
    String lowerSource = source.toLowerCase(Locale.ROOT);
    for (String link : find(text)) {
      if (!have.contains(link) && !lowerSource.contains(link)) return link;
    }
    return null;
  }

  /** Lower case, without scheme, {@code www.} or trailing punctuation. */
  static String normalise(String link) {
    String s = link.toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "");
    if (s.startsWith("www.")) s = s.substring(4);
    return s.replaceAll("[.,;:!?)\\]}'\"/]+$", "");
  }
}
