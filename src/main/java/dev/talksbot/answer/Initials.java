package dev.talksbot.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The acronyms a text's names spell: the initials of every run of two to {@link #MAX_WORDS}
 * capitalised words ("United States" spells US, "European Union" EU, "Lutavian Border Service"
 * LBS), small joining words inside a run skipped ("Bank of Castrovia" spells BC). A question that
 * writes a name's acronym asks about the name a sentence spells out. The initials are analysed like
 * any word, so that they meet the question's acronym as the same term.
 */
final class Initials {
  private Initials() {}

  /** The most words a name spells an acronym from. */
  static final int MAX_WORDS = 6;

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}][\\p{L}\\p{M}'’.-]*");

  /** Lower-case words that may stand inside a name without ending it ("of", "and"). */
  private static final Set<String> JOINING = Set.of("of", "and", "for", "the");

  /**
   * The acronyms of {@link #terms} that the question's terms hold ("u." of "What did the US
   * impose?" for a sentence that says "the United States"): only these are added to a sentence's
   * terms, so that a question without an acronym reads every sentence as before.
   */
  static List<String> asked(String text, java.util.Collection<String> questionTerms) {
    if (questionTerms.isEmpty()) return List.of();
    List<String> out = new ArrayList<>(terms(text));
    out.retainAll(questionTerms);
    return out;
  }

  /** The analysed terms of the acronyms {@code text}'s runs of capitalised words spell. */
  static List<String> terms(String text) {
    Set<String> out = new LinkedHashSet<>();
    for (List<Character> run : runs(text))
      for (int from = 0; from < run.size(); from++)
        for (int to = from + 2; to <= Math.min(run.size(), from + MAX_WORDS); to++) {
          StringBuilder b = new StringBuilder(to - from);
          for (Character c : run.subList(from, to)) b.append(c);
          out.addAll(WordTerms.of(b.toString()));
        }
    return List.copyOf(out);
  }

  /** The initials of each run of capitalised words, in order (joining words left out). */
  private static List<List<Character>> runs(String text) {
    List<List<Character>> out = new ArrayList<>();
    List<Character> run = new ArrayList<>();
    boolean joined = false; // a joining word follows the run's last capitalised word
    Matcher m = TOKEN.matcher(text);
    int end = 0;
    while (m.find()) {
      String w = m.group();
      boolean adjacent = text.substring(end, m.start()).isBlank();
      end = m.end();
      if (!adjacent) run = close(out, run);
      if (Character.isUpperCase(w.codePointAt(0)) && !isAllCaps(w)) {
        run.add(Character.toUpperCase(w.charAt(0)));
        joined = false;
        if (w.endsWith(".")) run = close(out, run); // the sentence or an abbreviation ends here
      } else if (!run.isEmpty() && !joined && JOINING.contains(w.toLowerCase(Locale.ROOT))) {
        joined = true;
      } else {
        run = close(out, run);
        joined = false;
      }
    }
    close(out, run);
    return out;
  }

  private static List<Character> close(List<List<Character>> out, List<Character> run) {
    if (run.size() >= 2) out.add(run);
    return new ArrayList<>();
  }

  /** A word in capitals ("NATO", "US") is an acronym already, not a word of a name. */
  private static boolean isAllCaps(String w) {
    return w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT));
  }
}
