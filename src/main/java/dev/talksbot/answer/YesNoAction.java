package dev.talksbot.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A question answered yes or no ("Will Marsh attend the summit?", "Did they meet in September?")
 * and the candidate sentences that do not say what it asks ({@link DissentNotes#saysTheAction}).
 */
final class YesNoAction {
  private YesNoAction() {}

  /** The auxiliaries a question answered yes or no opens with ({@code answer/auxiliaries.txt}). */
  private static final Set<String> AUXILIARIES = WordList.load("/answer/auxiliaries.txt");

  private static final Pattern FIRST_WORD = Pattern.compile("^\\s*(\\p{L}+)\\b");

  /** Whether the question is answered yes or no. */
  static boolean asked(String question) {
    var m = FIRST_WORD.matcher(question);
    return m.find() && AUXILIARIES.contains(m.group(1).toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * For a question answered yes or no, the candidates that do not say what it asks ("attend") and
   * cover no more of the question than a candidate that does ("he would attend 'if it's useful'").
   */
  static Set<String> actionless(String question, QuestionShape shape, List<Candidate> cands) {
    if (shape.verbs.isEmpty() || !asked(question)) return Set.of();
    // the best-covering sentence that says the action: only a sentence that covers no more of the
    // question than it does is set back ("agree a compromise" does not outrank "a ceasefire")
    List<Candidate> silent = new ArrayList<>(); // each sentence tagged once
    double saying = -1;
    Set<String> opposites = opposites(shape);
    for (Candidate c : cands)
      if (DissentNotes.saysTheAction(c, shape) || saysTheOpposite(c.text(), opposites))
        saying = Math.max(saying, c.coverage());
      else silent.add(c);
    Set<String> out = new HashSet<>();
    for (Candidate c : silent) if (c.coverage() <= saying) out.add(c.key());
    return out;
  }

  /**
   * Whether a question answered yes or no has its answer in the best sentence, whatever the
   * answerability model (fitted on questions that ask for a value, it reads a yes-or-no question as
   * one the coverage barely answers): the sentence says every action the question asks about, or
   * its opposite ("he would attend 'if it's useful'" for "Will Marsh attend the summit?"), and
   * names every name the question does.
   */
  static boolean answeredBy(String question, QuestionShape shape, List<Candidate> cands) {
    if (cands.isEmpty() || shape.verbs.isEmpty() || !asked(question)) return false;
    Candidate best = cands.getFirst();
    return QuestionShape.namesEveryName(question, best) && saysEvery(best.text(), shape.verbs);
  }

  /**
   * Whether the sentence says every one of the verbs (or one of the same sense, or its opposite):
   * "Did X develop it when Y helped?" is not answered by a sentence that says only what X
   * developed.
   */
  private static boolean saysEvery(String text, Set<String> verbs) {
    List<dev.talksbot.nlp.Tagged.Token> tokens = dev.talksbot.nlp.Pos.shared().tag(text).tokens();
    for (String v : verbs) {
      List<String> opposite = dev.talksbot.nlp.WordRelations.antonyms().getOrDefault(v, List.of());
      boolean said = false;
      for (dev.talksbot.nlp.Tagged.Token t : tokens) {
        if (!t.mainTag().equals("VERB")) continue;
        String lemma = t.lemma().toLowerCase(java.util.Locale.ROOT);
        if (dev.talksbot.nlp.WordRelations.sameSense(lemma, v) || opposite.contains(lemma)) {
          said = true;
          break;
        }
      }
      if (!said) return false;
    }
    return true;
  }

  /** The verbs WordNet gives as antonyms of the question's verbs ("reject" for "accept"). */
  static Set<String> opposites(QuestionShape shape) {
    Set<String> out = new HashSet<>();
    for (String v : shape.verbs)
      out.addAll(dev.talksbot.nlp.WordRelations.antonyms().getOrDefault(v, List.of()));
    return out;
  }

  /**
   * Whether the sentence says the opposite of the question's action, which answers it no ("Tarn
   * rejects" for "Did Tarn accept …?", "would miss" for "Will X attend?"): a verb among {@link
   * #opposites}.
   */
  static boolean saysTheOpposite(String text, Set<String> opposites) {
    return !opposites.isEmpty() && dev.talksbot.nlp.Pos.shared().tag(text).hasVerb(opposites);
  }
}
