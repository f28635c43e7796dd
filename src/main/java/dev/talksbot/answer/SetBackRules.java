package dev.talksbot.answer;

import java.util.List;

/**
 * The reading rules of {@link SetBacks}, each with its name (as {@code ask --explain} shows it),
 * the share of its probability a sentence it applies to keeps ({@link SetBackFactors}), and whether
 * it applies to a candidate given the rules' reading of the question.
 */
final class SetBackRules {
  private SetBackRules() {}

  /** The share of its probability the candidate keeps (1 when no rule applies). */
  static double share(SetBacks s, Candidate c) {
    double share = 1;
    for (Rule r : RULES) if (r.applies().test(s, c)) share *= r.factor();
    return share;
  }

  /** The names of the rules that set the candidate back, in order ({@code ask --explain}). */
  static List<String> reasons(SetBacks s, Candidate c) {
    return RULES.stream().filter(r -> r.applies().test(s, c)).map(Rule::name).toList();
  }

  /**
   * One reading rule: its name, the share it keeps, and whether it sets a candidate back given the
   * rules' reading of the question.
   */
  private record Rule(
      String name, double factor, java.util.function.BiPredicate<SetBacks, Candidate> applies) {}

  /** The reading rules, in the order {@link #reasons} names them (built once, not per sentence). */
  private static final List<Rule> RULES =
      List.of(
          new Rule("other side", SetBackFactors.OTHER_SIDE_FACTOR, (s, c) -> c.otherSide()),
          new Rule(
              "other side, by the sentence before",
              SetBackFactors.OTHER_SIDE_FACTOR,
              (s, c) -> s.otherSideBefore().contains(c.key())),
          new Rule(
              "off the topic",
              SetBackFactors.TOPIC_ABSENT_FACTOR,
              (s, c) -> StatedTopic.absent(c, s.topic(), s.topicNamed())),
          new Rule(
              "speaker not named",
              SetBackFactors.TOPIC_ABSENT_FACTOR,
              (s, c) -> s.speakerUnnamed()),
          new Rule(
              "name not mentioned",
              SetBackFactors.NAME_ABSENT_FACTOR,
              (s, c) -> !s.absentNames().isEmpty()),
          new Rule(
              "no speech",
              SetBackFactors.SPEECH_ABSENT_FACTOR,
              (s, c) -> s.unspoken().contains(c.key())),
          new Rule(
              "no negation",
              SetBackFactors.UNNEGATED_FACTOR,
              (s, c) -> s.unnegated().contains(c.article().id())),
          new Rule(
              "another month",
              SetBackFactors.MONTH_ABSENT_FACTOR,
              (s, c) -> s.untimed().contains(c.article().id())),
          new Rule(
              "other years",
              SetBackFactors.YEAR_ABSENT_FACTOR,
              (s, c) -> s.otherYears().contains(c.article().id())),
          new Rule(
              "another outlet",
              SetBackFactors.OTHER_OUTLET_FACTOR,
              (s, c) -> s.otherOutlets().contains(c.article().id())),
          new Rule(
              "another round",
              SetBackFactors.ANTECEDENT_FACTOR,
              (s, c) -> s.otherOrdinal().contains(c.key())),
          new Rule(
              "no count",
              SetBackFactors.UNCOUNTED_FACTOR,
              (s, c) -> s.countUngiven() || s.uncounted().contains(c.key())),
          new Rule(
              "no value of the kind asked",
              SetBackFactors.VALUE_ABSENT_FACTOR,
              (s, c) -> s.valueless().contains(c.key())),
          new Rule(
              "does not say the action",
              SetBackFactors.ACTION_ABSENT_FACTOR,
              (s, c) -> s.actionUnsaid() || s.actionless().contains(c.key())),
          new Rule(
              "only the word without its negation",
              SetBackFactors.NEGATED_WORD_ABSENT_FACTOR,
              (s, c) -> s.negatedUnsaid()),
          new Rule(
              "before the event",
              SetBackFactors.BEFORE_EVENT_FACTOR,
              (s, c) -> s.beforeTheEvent().contains(c.key())));
}
