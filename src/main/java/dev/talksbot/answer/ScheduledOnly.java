package dev.talksbot.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A reading rule for a question about what came of an event ("What did the envoy and the president
 * agree in the capital?") or whether it happened ("Did they meet in September?"): a sentence that
 * gives the event only as scheduled ("the envoy was due in the capital on Wednesday for talks", by
 * {@link Tense#givenAsScheduled}) and does not say the question's action ({@link
 * DissentNotes#saysTheAction}) was written before it took place, so it cannot say what came of it.
 * Left alone: a question about who or which (a schedule names those as well as a report does), one
 * that asks about the future or a schedule itself ("What is she expected to present?"), and a
 * sentence that says the action.
 */
final class ScheduledOnly {
  private ScheduledOnly() {}

  private static final Pattern WHAT = Pattern.compile("^(?i)what\\b");

  /** The keys of the candidates that give the question's event only as scheduled. */
  static Set<String> of(String question, QuestionShape shape, List<Candidate> cands) {
    if (!asksWhatCameOf(question, shape)) return Set.of();
    Set<String> out = new HashSet<>();
    for (Candidate c : cands)
      if (Tense.givenAsScheduled(c.text()) && !DissentNotes.saysTheAction(c, shape))
        out.add(c.key());
    return out;
  }

  /**
   * The question asks, in the past, what came of an event ("What did they agree?": a "what"
   * question wanting no particular kind of value) or whether it happened (yes or no), with a verb
   * for the event, and speaks of no schedule itself.
   */
  static boolean asksWhatCameOf(String question, QuestionShape shape) {
    if (!shape.asksDone || shape.verbs.isEmpty() || Tense.givenAsScheduled(question)) return false;
    String q = question.strip();
    return YesNoAction.asked(q)
        || WHAT.matcher(q).find() && shape.expect == QuestionShape.Expect.ANY;
  }
}
