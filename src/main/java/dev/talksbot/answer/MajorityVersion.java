package dev.talksbot.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * For a question that asks for a person: the version of the answer that more reports give, when the
 * most probable sentence gives another one. The sentence model ranks one sentence at a time, so a
 * lone report worded like the question ("the Ukrainian side is led by X") can outrank three that
 * say it otherwise ("Y is leading Kyiv's delegation", "Y would head its delegation", "the team
 * headed by Y"); a reader should get the version most outlets give, and hear of the other (the lone
 * report is then noted by {@link DissentNotes#outlier}).
 *
 * <p>A rival version counts when one of its sentences says the question's action ({@link
 * DissentNotes#saysTheAction}, in the question's words or a verb WordNet gives the same sense) and
 * is at least {@link #RIVAL_MIN} as probable as the answer's; further articles corroborate it when
 * a sentence of theirs about the question (that probable, or covering {@link
 * AnswerComposer#CORROBORATOR_MIN} of the best coverage) names the same person. A sentence about
 * the other party's thing ({@link Candidate#otherSide}) counts for no version.
 */
final class MajorityVersion {
  /** A rival version's best sentence is at least this share as probable as the answer's. */
  static final double RIVAL_MIN = 0.25;

  /**
   * The rival version is given by at least this many more articles than the answer's, counting no
   * article that gives the answer's version: two reports against one are a majority (a third report
   * of the majority is often not among the passages retrieved).
   */
  static final int MORE_ARTICLES = 1;

  private MajorityVersion() {}

  /**
   * The group of the version more articles give, best sentence first and one sentence per article,
   * or null when the answer's version holds (or the question does not ask for a person).
   */
  static FactGroup over(
      FactGroup top, List<Candidate> cands, QuestionShape shape, java.util.Set<String> qTerms) {
    Candidate answer = top.rep();
    if (answer.people().isEmpty() || cands.isEmpty()) return null;
    double coverageMin =
        AnswerComposer.CORROBORATOR_MIN
            * cands.stream().mapToDouble(Candidate::coverage).max().orElse(0);
    // the articles that give each person for the question, best sentence of each first
    Map<String, Map<String, Candidate>> byPerson = new LinkedHashMap<>();
    double relevanceMin = RIVAL_MIN * answer.relevance();
    for (Candidate c : cands) {
      if (c.otherSide() || c.coverage() <= 0) continue;
      if (c.coverage() < coverageMin && c.relevance() < relevanceMin) continue;
      for (String person : c.people()) {
        byPerson
            .computeIfAbsent(person, k -> new LinkedHashMap<>())
            .putIfAbsent(c.article().id(), c);
      }
    }
    // a sentence that gives two people ("X leads one side, while Y leads the other") is as well
    // supported as its least corroborated person: that is the one a rival version replaces
    int answerArticles = Integer.MAX_VALUE;
    java.util.Set<String> answerSide = new java.util.HashSet<>();
    for (String person : answer.people()) {
      Map<String, Candidate> giving = byPerson.getOrDefault(person, Map.of());
      answerArticles = Math.min(answerArticles, Math.max(1, giving.size()));
      answerSide.addAll(giving.keySet());
    }
    answerSide.add(answer.article().id());
    Map<String, Candidate> best = null;
    for (Candidate c : cands) { // best first: the first rival that qualifies leads its version
      if (c.relevance() < relevanceMin) break;
      if (c.otherSide() || !SameFact.rivalVersions(c, answer)) continue;
      if (!keepsTheQualifiedWord(c, answer, shape)) continue;
      if (lacksTheContext(c, answer, qTerms)) continue;
      if (shape.otherPartysVersion(c, answer)) continue;
      if (!DissentNotes.saysTheAction(c, shape)) continue;
      for (String person : c.people()) {
        // an article that gives the answer's version names the rival for something else
        Map<String, Candidate> articles =
            new LinkedHashMap<>(byPerson.getOrDefault(person, Map.of()));
        articles.keySet().removeAll(answerSide);
        if (articles.size() >= answerArticles + MORE_ARTICLES
            && (best == null || articles.size() > best.size())) best = articles;
      }
      if (best != null) break;
    }
    if (best == null) return null;
    List<Candidate> members = new ArrayList<>(best.values()); // one per article
    members.sort(ExtractiveAnswerer.BY_RELEVANCE);
    return new FactGroup(List.copyOf(members));
  }

  /**
   * Whether a rival sentence's passage lacks a word of the question that the answer's passage holds
   * around the answer, neither sentence saying it: the answer's report sets the scene the question
   * asks about before it ("The Tarn panel met on May 2. Lutavia's team was led by X."), and a
   * report that never names that scene ("Y will again head Lutavia's team") speaks of another team,
   * however many reports repeat it.
   */
  static boolean lacksTheContext(Candidate rival, Candidate answer, java.util.Set<String> qTerms) {
    for (String t : qTerms)
      if (answer.passageTerms().contains(t)
          && !answer.terms().contains(t)
          && !rival.terms().contains(t)
          && !rival.passageTerms().contains(t)) return true;
    return false;
  }

  /**
   * Whether a rival sentence names the word the question qualifies by a party ("side" in "Lutavia's
   * side of the panel", "delegation" in "Lutavia's delegation") when the answer's sentence names
   * it: "the team is headed by Y" gives no rival version of "Lutavia's side of the panel will be
   * coordinated by X", though it says the action.
   */
  static boolean keepsTheQualifiedWord(Candidate rival, Candidate answer, QuestionShape shape) {
    for (String[] pair : shape.qualified)
      if (answer.terms().contains(pair[1]) && !rival.terms().contains(pair[1])) return false;
    return true;
  }
}
