package dev.talksbot.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The acronyms a text spells out: the initials of each run of capitalised words it writes, with the
 * short lower-case words inside the run ("of", "for", "the") taken or left ("Prisoners of War"
 * gives "POW" and "PW"; "Treatment of Prisoners" gives "TOP" and "TP"), for every stretch of the
 * run from {@link #MIN_LETTERS} to {@link #MAX_LETTERS} words. A question that writes "POWs" or
 * "the ICRC" names what the report writes out in full.
 */
final class Acronyms {
  private Acronyms() {}

  /** Fewest initials read as an acronym. */
  static final int MIN_LETTERS = 2;

  /** Most initials read as an acronym. */
  static final int MAX_LETTERS = 6;

  /** Longest lower-case word inside a capitalised phrase ("of", "for", "and", "the"). */
  static final int MAX_JOINING_WORD = 3;

  /** Put in front of an acronym's term where it sits among words' terms. */
  static final String MARK = "\u0001";

  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{M}'’-]*|[^\\s]");

  /** The acronyms (upper case) spelt by the text's capitalised phrases. */
  static Set<String> spelt(String text) {
    Set<String> out = new LinkedHashSet<>();
    List<String> run = new ArrayList<>(); // the phrase's words, joining words included
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group();
      boolean capital = Character.isUpperCase(w.codePointAt(0)) && w.length() > 1;
      boolean joining =
          !run.isEmpty()
              && Character.isLowerCase(w.codePointAt(0))
              && w.length() <= MAX_JOINING_WORD;
      if (capital || joining) {
        run.add(w);
        continue;
      }
      addRun(run, out);
      run.clear();
    }
    addRun(run, out);
    return out;
  }

  private static void addRun(List<String> run, Set<String> out) {
    while (!run.isEmpty() && !Character.isUpperCase(run.getLast().codePointAt(0)))
      run.removeLast(); // a run ends on a capitalised word
    for (int from = 0; from < run.size(); from++) {
      if (!Character.isUpperCase(run.get(from).codePointAt(0))) continue;
      StringBuilder all = new StringBuilder();
      StringBuilder capitals = new StringBuilder();
      for (int i = from; i < run.size() && all.length() < MAX_LETTERS; i++) {
        String w = run.get(i);
        all.appendCodePoint(Character.toUpperCase(w.codePointAt(0)));
        boolean capital = Character.isUpperCase(w.codePointAt(0));
        if (capital) capitals.appendCodePoint(w.codePointAt(0));
        if (!capital) continue;
        if (all.length() >= MIN_LETTERS) out.add(all.toString());
        if (capitals.length() >= MIN_LETTERS) out.add(capitals.toString());
      }
    }
  }
}
