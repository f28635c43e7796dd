package dev.talksbot.answer;

import dev.talksbot.ingest.Article;
import dev.talksbot.ingest.Span;
import java.util.Map;
import java.util.Set;

/**
 * One sentence that could go into an answer, with what it was scored on.
 *
 * @param article the article it is quoted from
 * @param span where it is in the article's cleaned text
 * @param text the sentence, verbatim
 * @param terms its analysed terms (distinct)
 * @param bigrams its adjacent analysed-term pairs
 * @param names names in it, by key
 * @param focusNames names in the clause that best answers the question
 * @param people keys of the person-like focus names the question does not mention
 * @param passageRank rank of its passage in retrieval (0-based)
 * @param position sentence position in the article (0-based, approximate)
 * @param vector its embedding
 * @param coverage IDF-weighted share of the question's terms it contains (0..1)
 * @param cosine embedding similarity to the question
 * @param relevance the score used to rank candidates: the answer selector's probability that the
 *     sentence answers the question once scored, before that the hand-weighted mix of coverage and
 *     similarity
 * @param sentenceIndex index of the sentence in its passage (0-based)
 * @param ownCoverage coverage of the question by the sentence alone (no neighbour context)
 * @param previousTerms analysed terms of the sentence before it in the passage (empty for the
 *     first)
 * @param passageTerms analysed terms of the whole passage it comes from
 * @param previousSpan the sentence before it in the passage (null for the first): an answer quotes
 *     it too when this sentence starts with a pronoun ("He said…")
 * @param otherSide its best clause speaks of another party's thing than the one the question asks
 *     about ("the Russian delegation" for a question about the Ukrainian one)
 */
public record Candidate(
    Article article,
    Span span,
    String text,
    Set<String> terms,
    Set<String> bigrams,
    Map<String, Entities.Name> names,
    Map<String, Entities.Name> focusNames,
    Set<String> people,
    int passageRank,
    int position,
    float[] vector,
    double coverage,
    double cosine,
    double relevance,
    int sentenceIndex,
    double ownCoverage,
    Set<String> previousTerms,
    Set<String> passageTerms,
    Span previousSpan,
    boolean otherSide) {

  /** The same candidate quoting a longer span (a sentence and the list that follows it). */
  Candidate extendedTo(Span longer) {
    return copy(longer, longer.of(article.text()), relevance);
  }

  /** The same candidate ranked by another score. */
  Candidate withRelevance(double score) {
    return copy(span, text, score);
  }

  private Candidate copy(Span s, String t, double score) {
    return new Candidate(
        article,
        s,
        t,
        terms,
        bigrams,
        names,
        focusNames,
        people,
        passageRank,
        position,
        vector,
        coverage,
        cosine,
        score,
        sentenceIndex,
        ownCoverage,
        previousTerms,
        passageTerms,
        previousSpan,
        otherSide);
  }

  /**
   * The candidate as an answer quotes it: with the sentence before it when it leans on that one
   * ({@link Pronouns#leansOnPrevious}), so "He said…" or "The piers, she said, …" comes with who
   * "he" or "she" is.
   */
  Candidate withContext() {
    if (previousSpan == null || !Pronouns.leansOnPrevious(text)) return this;
    return extendedTo(new Span(previousSpan.start(), span.end()));
  }

  /** Whether the sentence, or the sentence before it in the passage, has one of these terms. */
  boolean namesAnyOf(Set<String> someTerms) {
    for (String t : someTerms) if (terms.contains(t) || previousTerms.contains(t)) return true;
    return false;
  }

  /** Whether the sentence, or the sentence before it in the passage, has a term that passes. */
  boolean namesAny(java.util.function.Predicate<String> term) {
    return terms.stream().anyMatch(term) || previousTerms.stream().anyMatch(term);
  }

  public int words() {
    return text.split("\\s+").length;
  }

  public String key() {
    return article.id() + ":" + span.start();
  }
}
