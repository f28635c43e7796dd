package dev.talksbot.answer;

import dev.talksbot.nlp.WordRelations;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question that asks about the only one of something ("What was the only region … conquered?") is
 * not answered by a sentence that does not say it was the only one: neither "only" nor a word that
 * shares a WordNet sense with it ("sole", "solely", "alone"). SQuAD 2.0 writes unanswerable
 * questions by putting "only" into an answerable one.
 */
final class OnlyOne {
  private OnlyOne() {}

  static final String ONLY = "only";

  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  /** Whether the question says "only". */
  static boolean asked(String question) {
    return says(question, false);
  }

  /** Whether the sentence says "only" or a word of one of its senses. */
  static boolean said(String sentence) {
    return says(sentence, true);
  }

  private static boolean says(String text, boolean senses) {
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT);
      if (w.equals(ONLY) || senses && WordRelations.sameSense(w, ONLY)) return true;
    }
    return false;
  }
}
