package dev.talksbot.alerts;

import dev.talksbot.answer.TermWeights;
import dev.talksbot.index.Embedder;
import dev.talksbot.index.PassageFields;
import dev.talksbot.index.TextAnalysis;
import dev.talksbot.ingest.Article;
import dev.talksbot.ingest.Passage;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How relevant a new article is to a subscription topic, by the same two signals the answerer's
 * hybrid retrieval uses: the dense one (the topic embedded as a retrieval query against the
 * article's passages embedded exactly as the index embeds them: title + passage, same model) and
 * the lexical one (the IDF-weighted share of the topic's analysed terms, as BM25 sees them, that
 * the article contains). Score = best passage cosine, minus {@link #NO_WORDS_PENALTY} when the
 * article holds less than {@link #MIN_COVERAGE} of the topic's words; it matches at {@code
 * alerts.matchThreshold} (calibrated in docs/alerts.md: the cosine alone does not separate topics,
 * since bge-small gives any news passage 0.5–0.6 against almost any query). Unlike a rank in the
 * whole index, the score does not drift as the corpus grows, which an alert threshold needs.
 */
public final class TopicMatcher {
  public static final double NO_WORDS_PENALTY = 0.15;
  public static final double MIN_COVERAGE = 0.5;

  private final Embedder embedder;
  private final TermWeights idf;
  private final Map<String, float[]> topicVectors =
      java.util.Collections.synchronizedMap(
          new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, float[]> e) {
              return size() > 5000;
            }
          });

  public TopicMatcher(Embedder embedder, TermWeights idf) {
    this.embedder = embedder;
    this.idf = idf;
  }

  /** One article prepared for matching against many topics. */
  public record Prepared(
      Article article, List<Passage> passages, List<float[]> vectors, Set<String> terms) {}

  /** The relevance of an article to a topic: the cosine part, the lexical part and their sum. */
  public record Relevance(double cosine, double coverage, double score) {}

  public Prepared prepare(Article a, List<Passage> passages) {
    List<String> texts = passages.stream().map(p -> PassageFields.embeddedText(a, p)).toList();
    List<float[]> vectors = texts.isEmpty() ? List.of() : embedder.embedPassages(texts);
    Set<String> terms =
        new HashSet<>(TextAnalysis.terms((a.title() == null ? "" : a.title() + "\n") + a.text()));
    return new Prepared(a, passages, vectors, terms);
  }

  public Relevance relevance(String topic, Prepared p) {
    float[] q = topicVectors.computeIfAbsent(topic, embedder::embedQuery);
    double best = 0;
    for (float[] v : p.vectors()) best = Math.max(best, Embedder.dot(q, v));
    Set<String> topicTerms = new HashSet<>(TextAnalysis.terms(topic));
    double total = 0;
    double found = 0;
    for (String t : topicTerms) {
      double w = Math.max(idf.idf(t), 0.1);
      total += w;
      if (p.terms().contains(t)) found += w;
    }
    double coverage = total == 0 ? 0 : found / total;
    return new Relevance(best, coverage, coverage >= MIN_COVERAGE ? best : best - NO_WORDS_PENALTY);
  }
}
