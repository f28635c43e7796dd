package dev.talksbot.answer;

import dev.talksbot.index.TextAnalysis;
import dev.talksbot.ingest.Span;
import java.util.List;
import java.util.Set;

/**
 * A definite mention refers back: "the round", after "a fourth round" earlier in the same article,
 * is the fourth round. For a question that qualifies a word by an ordinal ("the fifth round"), a
 * sentence that speaks of that word only as "the round" is about the ordinal of the word's last
 * mention before it, and about another of the series when that ordinal is another. A sentence that
 * leans on the one before it ("He said …") speaks of what that sentence speaks of.
 */
final class Antecedents {
  private Antecedents() {}

  /** How far back in the article (characters) a definite mention's antecedent is looked for. */
  static final int LOOK_BACK_CHARS = 1500;

  /**
   * Determiners that make a noun phrase definite ({@code language/en-definite-determiners.txt}).
   */
  private static final Set<String> DEFINITE =
      WordList.load("/language/en-definite-determiners.txt");

  /**
   * Whether the sentence speaks of a word the question qualifies by an ordinal only as a definite,
   * unqualified mention ("when the round takes place") and the word's last mention before the
   * sentence in its article (within {@link #LOOK_BACK_CHARS}) is qualified by another ordinal.
   */
  static boolean otherOrdinal(QuestionShape shape, Candidate c) {
    if (shape.ordinals.isEmpty()) return false;
    String text = c.text();
    List<String> seq = TextAnalysis.terms(text);
    if (shape.ordinals.stream().noneMatch(p -> seq.contains(p[1]))) return false;
    OtherQualifiers.Words words = OtherQualifiers.Words.of(text, seq);
    if (words == null) return false;
    List<String[]> bare = new java.util.ArrayList<>();
    for (String[] pair : shape.ordinals)
      if (seq.contains(pair[1]) && definiteOnly(seq, words, pair[1])) bare.add(pair);
    if (bare.isEmpty()) return false;
    int start = c.span().start();
    List<String> prior =
        TextAnalysis.terms(
            c.article().text().substring(Math.max(0, start - LOOK_BACK_CHARS), start));
    for (String[] pair : bare) {
      String earlier = lastOrdinalOf(prior, pair[1]);
      if (earlier != null && !earlier.equals(pair[0])) return true;
    }
    return false;
  }

  /**
   * Whether the candidate leans on the sentence before it ("He said …") and that sentence speaks of
   * another party's thing than the question asks about ("X, Brenn's special envoy, met the
   * ambassadors. He said …" for what Vosk's envoy said): the pronoun is that party's.
   */
  static boolean otherSideBefore(QuestionShape shape, Candidate c) {
    Span before = c.previousSpan();
    String text = c.article().text();
    if (c.otherSide() || before == null || before.end() > text.length()) return false;
    if (!Pronouns.leansOnPrevious(c.text())) return false;
    String previous = text.substring(before.start(), before.end());
    return shape.otherSide(previous, TextAnalysis.terms(previous));
  }

  /**
   * Whether every mention of {@code word} in the text ({@code seq} its terms, read among its {@code
   * words}) has no ordinal before it and at least one has a definite determiner right before it.
   */
  private static boolean definiteOnly(List<String> seq, OtherQualifiers.Words words, String word) {
    boolean definite = false;
    for (int i = 0; i < seq.size(); i++) {
      if (!seq.get(i).equals(word)) continue;
      if (ordinalBefore(seq, i) != null) return false;
      String before = words.wordBefore(i);
      if (before != null && DEFINITE.contains(before)) definite = true;
    }
    return definite;
  }

  /** The ordinal of the last mention of {@code word} in {@code terms}, or null if it has none. */
  private static String lastOrdinalOf(List<String> terms, String word) {
    for (int k = terms.size() - 1; k >= 0; k--)
      if (terms.get(k).equals(word)) return ordinalBefore(terms, k);
    return null;
  }

  /** The ordinal within {@link OtherQualifiers#QUALIFIER_REACH} terms before term i, or null. */
  private static String ordinalBefore(List<String> terms, int i) {
    for (int k = i - 1; k >= Math.max(0, i - OtherQualifiers.QUALIFIER_REACH); k--) {
      String o = QuestionShape.ordinal(terms.get(k));
      if (o != null) return o;
    }
    return null;
  }
}
