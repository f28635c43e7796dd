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
 * @param relevance the combined score used to rank candidates
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
    double relevance) {

  /** The same candidate quoting a longer span (a sentence and the list that follows it). */
  Candidate extendedTo(Span longer) {
    String t = longer.of(article.text());
    return new Candidate(
        article,
        longer,
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
        relevance);
  }

  public int words() {
    return text.split("\\s+").length;
  }

  public String key() {
    return article.id() + ":" + span.start();
  }
}
