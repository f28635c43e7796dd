package dev.talksbot.answer;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Sentences from different articles that report one fact; {@code members} are best first. */
record FactGroup(List<Candidate> members) {
  /** Bonus per further outlet when ranking groups: corroborated facts come first. */
  static final double OUTLET_BONUS = 0.05;

  Candidate rep() {
    return members.getFirst();
  }

  Set<String> articles() {
    Set<String> s = new LinkedHashSet<>();
    for (Candidate c : members) s.add(c.article().id());
    return s;
  }

  /**
   * Whether one report alone gives this version where it differs from {@code other}'s: a person it
   * names and {@code other} does not is named by one of its articles only. Its other articles may
   * corroborate another fact of a sentence that reports two ("X leads one delegation, while Y leads
   * the other"). Without such a person: whether it has one article.
   */
  boolean loneAgainst(FactGroup other) {
    Set<String> rival = new HashSet<>(rep().people());
    for (Candidate c : other.members()) rival.removeAll(c.names().keySet());
    if (rival.isEmpty()) return articles().size() == 1;
    return rival.stream().anyMatch(person -> articlesNaming(person).size() == 1);
  }

  /** The articles of this group whose sentence names the person with this key. */
  Set<String> articlesNaming(String person) {
    Set<String> s = new LinkedHashSet<>();
    for (Candidate c : members) if (c.names().containsKey(person)) s.add(c.article().id());
    return s;
  }

  /**
   * The group's rank among the others: its sentence's probability, plus {@link #OUTLET_BONUS} for
   * each further outlet unless the sentence was set back ({@code setBack}: reports that agree on
   * something other than what was asked, "X invited Y" for how Y reacted, do not lift it over the
   * sentence that answers).
   */
  double score(Set<String> setBack) {
    double bonus = setBack.contains(rep().key()) ? 0 : OUTLET_BONUS * (articles().size() - 1);
    return rep().relevance() + bonus;
  }
}
