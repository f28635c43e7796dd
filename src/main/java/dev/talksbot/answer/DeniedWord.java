package dev.talksbot.answer;

import dev.talksbot.index.TextAnalysis;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a sentence denies what a question asks about: a negator ("not", "never", "cannot", "no",
 * "-n't") stands right before a word of the question, which negates nothing itself ("What algorithm
 * is always practical?" against "an algorithm is not always practical"; "What fits the framework?"
 * against "some classes do not fit into this framework"). SQuAD 2.0 writes many of its unanswerable
 * questions by taking a negation out of a sentence. A question answered yes or no ({@link
 * YesNoAction#asked}) is answered by the denial too, and a negation with a contrast after it denies
 * nothing: "the talks were not held in Brenn but in Tarn" says where they were held, "the rounds
 * did not achieve a breakthrough, despite agreeing to free prisoners" what they achieved.
 */
final class DeniedWord {
  private DeniedWord() {}

  /** A negator. */
  private static final Pattern NEGATOR =
      Pattern.compile("(?i)\\b(?:not|never|cannot|no)\\b|n't\\b");

  /** A question's opening phrase set off by a comma ("In 1972, did …?"). */
  private static final Pattern OPENING = Pattern.compile("^[^,]{1,40},\\s*");

  /**
   * A contrast after a negation in the same sentence ("not X but Y", "did not achieve X, despite
   * …"): the sentence says what did happen beside what did not.
   */
  private static final Pattern CONTRAST =
      Pattern.compile(
          "(?i)(?:\\bnot\\b|n't\\b|\\bnever\\b)[^.;:]*?\\b(?:but|despite|although|though|yet|while)\\b");

  /** The words after a negator read for the one it negates (stop words are skipped). */
  static final int REACH = 3;

  /**
   * Whether the question asks about something a negator could deny: it negates nothing, is not
   * answered yes or no (also after an opening phrase: "In 1972, did …?"), and does not ask what
   * someone said ({@code asksSpeech}: "What did X say about Y?" is answered by X's denial too).
   */
  static boolean applies(String question, boolean asksSpeech) {
    return !asksSpeech
        && !SelectorFeatures.NEGATION.matcher(question).find()
        && !NEGATOR.matcher(question).find()
        && !yesOrNo(question);
  }

  /**
   * Whether the question is answered yes or no, also after an opening phrase ("In 1972, did …?").
   */
  private static boolean yesOrNo(String question) {
    return YesNoAction.asked(question)
        || YesNoAction.asked(OPENING.matcher(question).replaceFirst(""));
  }

  /**
   * Whether the sentence negates a word of the question ({@code questionTerms}, analysed): the
   * first word after one of its negators, within {@link #REACH} words, that is not a stop word,
   * when the sentence does not also use that word without a negator ("While X may not be
   * democratic, it needs democratic elections" answers what X needs) and says no contrast after the
   * negation ({@link #CONTRAST}).
   */
  static boolean denies(Set<String> questionTerms, String sentence) {
    if (questionTerms.isEmpty() || CONTRAST.matcher(sentence).find()) return false;
    Map<String, Integer> negated = negated(sentence, questionTerms);
    if (negated.isEmpty()) return false;
    List<String> all = TextAnalysis.terms(sentence);
    for (var e : negated.entrySet())
      if (java.util.Collections.frequency(all, e.getKey()) <= e.getValue()) return true;
    return false;
  }

  /**
   * The terms a question negates ("What cannot be solved …?": solved), read as {@link #denies}
   * reads a sentence's; none for a question answered yes or no or asking what someone said, whose
   * answer may affirm it.
   */
  static Set<String> negatedBy(String question, boolean asksSpeech) {
    if (asksSpeech || yesOrNo(question)) return Set.of();
    return Set.copyOf(negated(question, null).keySet());
  }

  /**
   * Whether the sentence uses a word the question negates ({@code negated}, {@link #negatedBy}) and
   * never negates it ("What cannot be solved by X?" against "the problem may be solved by X"): it
   * says the opposite of what the question asks about. A negation elsewhere in the sentence does
   * not matter ("exempt from national taxes (but not EU taxes)" for "Who was not exempt …?").
   */
  static boolean affirms(Set<String> negated, String sentence) {
    if (negated.isEmpty()) return false;
    Map<String, Integer> denied = negated(sentence, negated);
    for (String t : TextAnalysis.terms(sentence))
      if (negated.contains(t) && !denied.containsKey(t)) return true;
    return false;
  }

  /**
   * How often each term stands negated in the text: the first word after a negator, within {@link
   * #REACH} words, that is not a stop word; only the terms of {@code of} (null: every term).
   */
  private static Map<String, Integer> negated(String text, Set<String> of) {
    Map<String, Integer> negated = new HashMap<>();
    Matcher n = NEGATOR.matcher(text);
    while (n.find()) {
      Matcher w = WordTerms.WORD.matcher(text);
      w.region(n.end(), text.length());
      for (int i = 0; i < REACH && w.find(); i++) {
        List<String> terms = WordTerms.of(w.group());
        if (terms.isEmpty()) continue;
        if (of == null || of.contains(terms.getFirst()))
          negated.merge(terms.getFirst(), 1, Integer::sum);
        break;
      }
    }
    return negated;
  }
}
