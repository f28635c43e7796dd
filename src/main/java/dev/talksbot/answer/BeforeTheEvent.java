package dev.talksbot.answer;

import dev.talksbot.nlp.CalendarDates;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A reading rule for a question about what came of an event ("What did the envoy and the president
 * agree in the capital?", "What happened on August 24?") or whether it happened ("Did they meet in
 * September?"): a sentence written before the event cannot say. It was, when it gives the event
 * only as scheduled ("the envoy was due in the capital on Wednesday for talks", by {@link
 * Tense#givenAsScheduled}) without saying the question's action ({@link
 * DissentNotes#saysTheAction}; a closing "…, his office said" tells who reported the schedule, not
 * what was said at the event), or when its report is dated before the time the question names
 * ({@link CalendarDates#periodStart}: a report of August 27 on a summit "in September", a report of
 * August 6 for "What happened after the August 8 deadline?"). So for a count the event made ({@link
 * #asksCountOf}), by the report's date alone. Left alone: a question about who or which (a schedule
 * names those as well as a report does), and one that asks about the future or a schedule itself
 * ("What is she expected to present?").
 */
final class BeforeTheEvent {
  private BeforeTheEvent() {}

  private static final Pattern WHAT = Pattern.compile("^(?i)what\\b");

  /** The keys of the candidates written before the event the question asks about. */
  static Set<String> of(String question, QuestionShape shape, List<Candidate> cands) {
    Set<String> out = new HashSet<>();
    if (asksCountOf(question, shape)) {
      for (Candidate c : cands) if (reportedBefore(question, c)) out.add(c.key());
      return out;
    }
    if (!asksWhatCameOf(question, shape)) return Set.of();
    for (Candidate c : cands)
      if (reportedBefore(question, c)
          || Tense.givenAsScheduled(c.text())
              && !DissentNotes.saysTheAction(Pronouns.withoutClosingReport(c.text()), shape))
        out.add(c.key());
    return out;
  }

  /**
   * The question asks, in the past, how many of something an event counted ("How many prisoners
   * were released on May 12?"), and speaks of no schedule itself: a report dated before the time it
   * names gives at most the number planned (fresh news questions one unanswerable more refused;
   * SQuAD 2.0, whose paragraphs are undated, unchanged).
   */
  static boolean asksCountOf(String question, QuestionShape shape) {
    return shape.asksDone
        && !shape.verbs.isEmpty()
        && shape.expect == QuestionShape.Expect.NUMBER
        && !Tense.givenAsScheduled(question);
  }

  /** The candidate's report is dated before the time the question names. */
  static boolean reportedBefore(String question, Candidate c) {
    LocalDate reported = c.article().date();
    if (reported == null) return false;
    LocalDate asked = CalendarDates.periodStart(question, reported);
    return asked != null && reported.isBefore(asked);
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
