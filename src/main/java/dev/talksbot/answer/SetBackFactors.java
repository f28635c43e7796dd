package dev.talksbot.answer;

/**
 * The shares of its probability a sentence keeps when a reading rule of {@link SetBacks} sets it
 * back, each named with its reason. Not learned: the training data have too few such questions;
 * most carry the share of {@link #OTHER_SIDE_FACTOR} to another kind of "about something else".
 */
final class SetBackFactors {
  private SetBackFactors() {}

  /**
   * Share of its probability a sentence keeps when its best clause speaks of another party's thing
   * than the question asks about.
   */
  static final double OTHER_SIDE_FACTOR = 0.25;

  /**
   * Share kept by a sentence off the question's stated topic or speaker: the same reading rule as
   * {@link #OTHER_SIDE_FACTOR} and the same share, for the same reason (14 of SQuAD 2.0 dev's
   * 11,873 questions name a topic with "about" after a verb of saying; nothing to learn it from).
   */
  static final double TOPIC_ABSENT_FACTOR = OTHER_SIDE_FACTOR;

  /**
   * Share kept by a sentence, for a question that asks what is not so ("Which city was not …?"),
   * when its article states no negation at all: the same reading rule and share as {@link
   * #OTHER_SIDE_FACTOR} (SQuAD 2.0 writes many unanswerable questions by negating an answerable
   * one; of its tune half's negated questions whose paragraph negates nothing, 229 of 238 are
   * unanswerable).
   */
  static final double UNNEGATED_FACTOR = OTHER_SIDE_FACTOR;

  /**
   * Share kept by every sentence when the question names what no retrieved passage mentions ({@link
   * AbsentNames}): the reading rule and share of {@link #TOPIC_ABSENT_FACTOR} for an unnamed
   * speaker, carried to any name.
   */
  static final double NAME_ABSENT_FACTOR = TOPIC_ABSENT_FACTOR;

  /**
   * Share kept by a sentence that gives no number of what a "how many" question counts while
   * another retrieved sentence does: the reading rule of {@link #OTHER_SIDE_FACTOR} for a count of
   * something else ("61 of the children" is a part of them, "many" no number).
   */
  static final double UNCOUNTED_FACTOR = OTHER_SIDE_FACTOR;

  /**
   * Share kept by a sentence that speaks of the question's word only as "the round" when the last
   * round named before it is another ordinal's ({@link Antecedents}): the reading rule of {@link
   * #OTHER_SIDE_FACTOR} for "the fourth round", carried to the mention that refers back to it.
   */
  static final double ANTECEDENT_FACTOR = OTHER_SIDE_FACTOR;

  /**
   * Share kept by a sentence whose article names other years but never one the question names, nor
   * is dated in it ("What happened in 1850?" over an article about 1805): the same reading rule and
   * share as {@link #OTHER_SIDE_FACTOR} (of SQuAD 2.0 tune's questions naming a year their
   * paragraph lacks while naming others, 50 of 52 are unanswerable).
   */
  static final double YEAR_ABSENT_FACTOR = OTHER_SIDE_FACTOR;

  /**
   * Share kept by a sentence whose report never names the month or weekday the question names, nor
   * is dated in it, when another retrieved report does ("How many civilians came home in the
   * February swap?" over the report of a swap in August): the reading rule and share of {@link
   * #YEAR_ABSENT_FACTOR} for a month. Set back, not refused as a report lacking a name is ({@link
   * AbsentNames.Unnamed}): the report of the month asked about still answers. SQuAD 2.0 tune
   * unchanged (its paragraphs are undated); fresh news questions two more answered, none lost.
   */
  static final double MONTH_ABSENT_FACTOR = YEAR_ABSENT_FACTOR;

  /**
   * Share kept by a sentence of another outlet's report when the question is asked of one outlet:
   * the reading rule of {@link #OTHER_SIDE_FACTOR} for an account that is not the one asked for.
   */
  static final double OTHER_OUTLET_FACTOR = OTHER_SIDE_FACTOR;

  /**
   * Share kept by a sentence that does not say what a yes-or-no question asks, while another
   * retrieved sentence does: the reading rule of {@link #OTHER_SIDE_FACTOR} for a sentence about
   * something else ("Wendricht invited Marsh" for "Will Marsh attend?").
   */
  static final double ACTION_ABSENT_FACTOR = OTHER_SIDE_FACTOR;

  /**
   * Share kept by a sentence written before the event a question asks about ({@link
   * BeforeTheEvent}): the reading rule of {@link #OTHER_SIDE_FACTOR} for a sentence about another
   * event, one still ahead when it was written (on SQuAD 2.0 tune, whose paragraphs are undated, it
   * moves no question; news dev u03 and v08 are refused).
   */
  static final double BEFORE_EVENT_FACTOR = OTHER_SIDE_FACTOR;

  /**
   * Share kept by a sentence that reports no speech (no verb of saying, quotation or "according
   * to") for a question that asks what someone said, while another retrieved sentence reports some,
   * or that reports someone else's words while another reports the speaker's ({@link SpokenBy}):
   * the reading rule of {@link #OTHER_SIDE_FACTOR} for an answer that is not the speaker's words.
   */
  static final double SPEECH_ABSENT_FACTOR = OTHER_SIDE_FACTOR;

  /**
   * Share kept by a sentence that names no year, nor for a "when" question any date, nor for a
   * "what percentage" question any percentage, nor for "what century" any century or year, nor for
   * "how much" any number, beyond the question's, while another retrieved sentence does: the
   * reading rule of {@link #OTHER_SIDE_FACTOR} for an answer without the kind of value asked (on
   * SQuAD 2.0 tune: for "what year" questions 21 right more and none fewer; for "when" questions 41
   * more and 25 fewer; for percentages 4 more, for centuries 5 more, none fewer; for "how much", a
   * number, 5 more and 2 fewer).
   */
  static final double VALUE_ABSENT_FACTOR = OTHER_SIDE_FACTOR;

  /**
   * Share kept by every sentence when the question negates a word by a prefix that the sentences
   * use only without it ({@link NegatedWord}; the question is then refused): the reading rule of
   * {@link #OTHER_SIDE_FACTOR} for sentences about the thing, not about what is not it.
   */
  static final double NEGATED_WORD_ABSENT_FACTOR = OTHER_SIDE_FACTOR;
}
