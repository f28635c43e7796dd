package dev.talksbot.answer;

import dev.talksbot.nlp.WordRelations;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question restricted by a word ({@code answer/restricting-words.txt}: "What was the <i>only</i>
 * region … conquered?", "Who was the first president <i>outside</i> of Egypt?") is not answered by
 * a sentence that says neither the word nor one that shares a WordNet sense with it ("sole",
 * "solely"; "external"): it tells of the thing without the restriction. SQuAD 2.0 writes
 * unanswerable questions by putting such a word into an answerable one.
 */
final class RestrictingWord {
  private RestrictingWord() {}

  /**
   * The restricting words, lower case, sorted: {@link WordList#load} gives a set whose order
   * changes from one JVM run to the next, and {@link #asked} lists them in this order.
   */
  static final List<String> WORDS =
      WordList.load("/answer/restricting-words.txt").stream().sorted().toList();

  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  /** The restricting words the question says. */
  static List<String> asked(String question) {
    List<String> out = new ArrayList<>();
    for (String r : WORDS) if (says(question, r, false)) out.add(r);
    return out;
  }

  /** Whether the sentence says each of the words, or a word of one of its senses. */
  static boolean said(String sentence, List<String> words) {
    for (String r : words) if (!says(sentence, r, true)) return false;
    return true;
  }

  private static boolean says(String text, String word, boolean senses) {
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT);
      if (w.equals(word) || senses && WordRelations.sameSense(w, word)) return true;
    }
    return false;
  }
}
