package dev.talksbot.ingest;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line that names where the story comes from, {@code Source: Tarn Evening Monitor}, standing on
 * its own (usually under the story). It names the page's outlet when the name has an outlet's shape
 * ({@link OutletNames#looksLikeOutlet}) or when the page's first line is the same name (its
 * masthead, in any case: {@code TARN MONITOR} above, {@code Source: Tarn Monitor} below); a source
 * of figures or of a claim ({@code Source: Castrovian defence ministry}) names none. The line is
 * then metadata, not text, and the masthead line above the story too.
 */
final class SourceLine {
  private SourceLine() {}

  /** Most words a source's name has. */
  static final int MAX_NAME_WORDS = 6;

  private static final Pattern SOURCE =
      Pattern.compile("^Source:\\s+(\\p{Lu}[\\p{L}\\p{N} .&'’-]*[\\p{L}\\p{N}])$");

  /**
   * The outlet the page's source line names (see the class comment), or null.
   *
   * @param lines the page's lines, in order
   */
  static String outlet(List<String> lines) {
    String masthead = null;
    for (String line : lines) {
      if (line.isBlank()) continue;
      if (masthead == null) masthead = line.strip();
      Matcher m = SOURCE.matcher(line.strip());
      if (!m.matches() || ChromeRules.words(m.group(1)) > MAX_NAME_WORDS) continue;
      String name = m.group(1);
      if (OutletNames.looksLikeOutlet(name) || name.equalsIgnoreCase(masthead)) return name;
    }
    return null;
  }

  /** Whether {@code line} is the source line that names {@code outlet}. */
  static boolean names(String line, String outlet) {
    Matcher m = SOURCE.matcher(line.strip());
    return outlet != null && m.matches() && m.group(1).equals(outlet);
  }
}
