package dev.talksbot.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The candidates that do not say what the question asks someone did, the one rule of {@link
 * SetBacks} ("does not say the action") for three kinds of question: a yes-or-no question's action
 * ({@link YesNoAction}), a who-question's when another sentence names the doer by a passive ({@link
 * PassiveAgent}), and a question that asks how someone reacted ({@link ReactionQuestion}); and, for
 * a who-question whose action no candidate says, every candidate ({@link #unsaid}).
 */
final class ActionAbsent {
  private ActionAbsent() {}

  static Set<String> of(String question, QuestionShape shape, List<Candidate> cands) {
    Set<String> out = new HashSet<>(YesNoAction.actionless(question, shape, cands));
    out.addAll(PassiveAgent.actionless(question, shape, cands));
    out.addAll(ReactionQuestion.actionless(question, cands));
    return out;
  }

  /**
   * Whether the question asks who did something ("Who replaced X?") and no candidate says it: the
   * sentences that match the rest of the question (X's other doings) answer another question, and
   * the question is refused. On SQuAD 2.0's tune half, 29 of the 48 such questions are
   * unanswerable, and of the 23 the answerer answered before this rule 14 were (5 of the other 9
   * right): refusing them gains 9 questions.
   */
  static boolean unsaid(String question, QuestionShape shape, List<Candidate> cands) {
    return PassiveAgent.asksWhoDid(question, shape)
        && !cands.isEmpty()
        && cands.stream().noneMatch(c -> DissentNotes.saysTheAction(c, shape));
  }
}
