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
    return terms(runs(text, false));
  }

  /**
   * The same, and the acronyms that keep the joining words' initials ("Office for Returned Sailors"
   * spells ORS and OFRS, "Prisoners of War" PW and POW): how a question may write a name it does
   * not expect the reports to spell.
   */
  static List<String> withJoiningWords(String text) {
    Set<String> out = new LinkedHashSet<>(terms(text));
    out.addAll(terms(runs(text, true)));
    return List.copyOf(out);
  }

  private static List<String> terms(List<String> runs) {
    Set<String> out = new LinkedHashSet<>();
    for (String run : runs)
      for (int from = 0; from < run.length(); from++)
        for (int to = from + 2; to <= Math.min(run.length(), from + MAX_WORDS); to++)
          out.addAll(WordTerms.of(run.substring(from, to)));
    return List.copyOf(out);
  }

  /**
   * The initials of each run of capitalised words, in order: the joining words' initials kept when
   * {@code joining} is set (one inside a run, not at its end), else left out.
   */
  private static List<String> runs(String text, boolean joining) {
    List<String> out = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    boolean joined = false; // a joining word follows the run's last capitalised word
    Matcher m = TOKEN.matcher(text);
    int end = 0;
    while (m.find()) {
      String w = m.group();
      boolean adjacent = blank(text, end, m.start());
      end = m.end();
      if (!adjacent) {
        close(out, run, joined && joining);
        joined = false;
      }
      if (Character.isUpperCase(w.codePointAt(0)) && !isAllCaps(w)) {
        run.append(Character.toUpperCase(w.charAt(0)));
        joined = false;
        if (w.endsWith(".")) close(out, run, false); // the sentence or an abbreviation ends here
      } else if (!run.isEmpty() && !joined && JOINING.contains(w.toLowerCase(Locale.ROOT))) {
        joined = true;
        if (joining) run.append(Character.toUpperCase(w.charAt(0)));
      } else {
        close(out, run, joined && joining);
        joined = false;
      }
    }
    close(out, run, joined && joining);
    return out;
  }

  /**
   * Keeps the run when it has two initials or more (without a joining word's initial that ends it,
   * {@code joinedLast}), and starts a new one.
   */
  private static void close(List<String> out, StringBuilder run, boolean joinedLast) {
    if (joinedLast && !run.isEmpty()) run.setLength(run.length() - 1);
    if (run.length() >= 2) out.add(run.toString());
    run.setLength(0);
  }

  /** Whether {@code text} holds only white space from {@code from} to {@code to}. */
  private static boolean blank(String text, int from, int to) {
    for (int i = from; i < to; i++) if (!Character.isWhitespace(text.charAt(i))) return false;
    return true;
  }

  /** A word in capitals ("NATO", "US") is an acronym already, not a word of a name. */
  private static boolean isAllCaps(String w) {
    return w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT));
  }
}
