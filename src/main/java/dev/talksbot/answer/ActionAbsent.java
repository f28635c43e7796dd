package dev.talksbot.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The candidates that do not say what the question asks someone did, the one rule of {@link
 * SetBacks} ("does not say the action") for three kinds of question: a yes-or-no question's action
 * ({@link YesNoAction}), a who-question's when another sentence names the doer by a passive ({@link
 * PassiveAgent}), and a question that asks how someone reacted ({@link ReactionQuestion}).
 */
final class ActionAbsent {
  private ActionAbsent() {}

  static Set<String> of(String question, QuestionShape shape, List<Candidate> cands) {
    Set<String> out = new HashSet<>(YesNoAction.actionless(question, shape, cands));
    out.addAll(PassiveAgent.actionless(question, shape, cands));
    out.addAll(ReactionQuestion.actionless(question, cands));
    return out;
  }
}
