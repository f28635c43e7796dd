package dev.talksbot.answer;

import dev.talksbot.index.TextAnalysis;
import dev.talksbot.nlp.Clauses;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * How well a sentence covers the question, read by its best clause: the IDF-weighted share of the
 * question's terms it holds (a term found only in a neighbouring sentence counts {@link
 * #CONTEXT_WEIGHT}), the names of the clause that answers ("X leads one side, while Y leads the
 * asked one": Y), and whether that clause speaks of the other party's thing ("the Russian
 * delegation" when the question asks about the Ukrainian one), which keeps {@link
 * #OTHER_SIDE_FACTOR} of its coverage.
 *
 * @param coverage the best clause's coverage, context terms included
 * @param ownCoverage the whole sentence's coverage without context
 * @param names the names of the clause that answers (the sentence's when no clause does better)
 * @param otherSide the answering clause speaks of the other party's thing
 */
record ClauseFocus(
    double coverage, double ownCoverage, Map<String, Entities.Name> names, boolean otherSide) {

  /** Share of coverage kept by a clause that speaks of the other side's thing. */
  static final double OTHER_SIDE_FACTOR = 0.4;

  /** Weight of a question term found only in a neighbouring sentence of the same passage. */
  static final double CONTEXT_WEIGHT = 0.5;

  /** Coverage differences below this are ties. */
  private static final double TIE = 1e-9;

  ClauseFocus {
    if (!(coverage >= 0) || !(ownCoverage >= 0) || names == null) {
      throw new IllegalArgumentException("coverage >= 0 and names are required");
    }
  }

  /**
   * The focus of a sentence ({@code seq} its analysed terms, {@code names} its names) for the
   * question's terms, with the terms of its neighbouring sentences as {@code context} and each
   * term's IDF weight.
   */
  static ClauseFocus of(
      String text,
      List<String> seq,
      Map<String, Entities.Name> names,
      Set<String> qTerms,
      QuestionShape shape,
      Set<String> context,
      ToDoubleFunction<String> weight) {
    if (qTerms.isEmpty()) return new ClauseFocus(0, 0, names, false);
    boolean otherSide = speaksOfOtherSide(shape, text, seq);
    double cov = coverage(seq, otherSide, qTerms, context, weight);
    double own = coverage(seq, otherSide, qTerms, Set.of(), weight);
    Map<String, Entities.Name> focus = names;
    String[] clauses = Clauses.of(text);
    if (clauses.length > 1) {
      double whole = cov;
      for (String clause : clauses) {
        List<String> cs = TextAnalysis.terms(clause);
        boolean clauseOtherSide = speaksOfOtherSide(shape, clause, cs);
        double c = coverage(cs, clauseOtherSide, qTerms, context, weight);
        if (c > cov + TIE) {
          cov = c;
          focus = Entities.names(clause);
          // a clause that shares only party words with the question ("... four Ukrainian
          // regions") does not clear a sentence whose asked-about word is the other party's
          // ("Russia says its demands ..." for "What does Ukraine demand?")
          if (beyondParties(cs, qTerms)) otherSide = clauseOtherSide;
        } else if (focus == names && c >= whole - TIE && c > 0) {
          // the first clause that says all the sentence says of the question, and names someone,
          // holds the sentence's answer ("X leads one side, while Y leads the asked one": Y)
          Map<String, Entities.Name> named = Entities.names(clause);
          if (!named.isEmpty()) focus = named;
        }
      }
    }
    return new ClauseFocus(cov, own, focus, otherSide);
  }

  private static boolean speaksOfOtherSide(QuestionShape shape, String text, List<String> seq) {
    return shape != null && shape.otherSide(text, seq);
  }

  /** The coverage of a clause, {@code otherSide} when it speaks of the other party's thing. */
  private static double coverage(
      List<String> seq,
      boolean otherSide,
      Set<String> qTerms,
      Set<String> context,
      ToDoubleFunction<String> weight) {
    Set<String> own = QuestionShape.withParties(seq);
    double all = 0;
    double hit = 0;
    for (String t : qTerms) {
      double w = weight.applyAsDouble(t);
      all += w;
      if (own.contains(t)) hit += w;
      else if (context.contains(t)) hit += CONTEXT_WEIGHT * w;
    }
    double c = all == 0 ? 0 : hit / all;
    return otherSide ? c * OTHER_SIDE_FACTOR : c;
  }

  /** Whether a clause holds a question term that is not a party word. */
  private static boolean beyondParties(List<String> clause, Set<String> qTerms) {
    for (String t : clause) if (qTerms.contains(t) && QuestionShape.partyOf(t) == null) return true;
    return false;
  }
}
