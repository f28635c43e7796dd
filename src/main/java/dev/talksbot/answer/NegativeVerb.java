package dev.talksbot.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a question asks about an action not done or undone ("Who refused to sign the accord?",
 * "When did Tarn stop the strike?") that a sentence does not speak of: the sentence says none of
 * the verbs of refusing, failing, losing or stopping ({@code answer/negative-verbs.txt}) and
 * negates nothing ("Tarn signed the accord in 1921" does not say who refused to). SQuAD 2.0 writes
 * many unanswerable questions by putting such a verb into a sentence of the paragraph that says the
 * action was done. Another verb of the list, or a negation, may say the same thing in other words
 * ("declined to sign", "did not sign"), so either keeps the sentence.
 */
final class NegativeVerb {
  private NegativeVerb() {}

  /** The analysed terms of the verbs and their forms. */
  static final Set<String> TERMS = WordList.analysed("/answer/negative-verbs.txt");

  /**
   * A question for the reason of an action not done ("why", "what reason"): the reason answers it
   * whether or not it says the action in other words ("Why does Tarn reject Brenn?" by "Tarn
   * regards Brenn as unsuitable because …").
   */
  private static final Pattern REASON = Pattern.compile("(?i)\\bwhy\\b|\\breasons?\\b");

  /** Whether a question asks about an action not done or undone, other than for its reason. */
  static boolean asked(String question) {
    return said(question) && !REASON.matcher(question).find();
  }

  /**
   * The terms of the words a question says were not done by one of the verbs and "to" ("Who refused
   * to <i>recognise</i> the claims?", "failed to <i>join</i>"): a sentence that denies them ("will
   * never recognise the claims") answers it.
   */
  static Set<String> complements(String question) {
    Set<String> out = new HashSet<>();
    Matcher m = WordTerms.WORD.matcher(question);
    boolean verb = false;
    boolean to = false;
    while (m.find()) {
      String w = m.group();
      List<String> terms = WordTerms.of(w);
      if (to && !terms.isEmpty()) {
        out.addAll(terms);
        to = false;
      }
      if (verb && w.equalsIgnoreCase(TO)) to = true;
      verb = terms.stream().anyMatch(TERMS::contains);
    }
    return out;
  }

  /** The word between a verb of not doing and the action it says was not done. */
  private static final String TO = "to";

  /** Whether the text has one of the verbs (or their forms). */
  static boolean said(String text) {
    Matcher m = WordTerms.WORD.matcher(text);
    while (m.find()) for (String t : WordTerms.of(m.group())) if (TERMS.contains(t)) return true;
    return false;
  }

  /**
   * Whether {@code sentence} leaves unsaid the action a question that says one of the verbs asks
   * about: it says none of them and negates nothing.
   */
  static boolean unsaid(String sentence) {
    return !said(sentence) && !SelectorFeatures.NEGATION.matcher(sentence).find();
  }
}
