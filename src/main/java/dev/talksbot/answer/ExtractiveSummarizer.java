package dev.talksbot.answer;

import dev.talksbot.config.AnswerSettings;
import dev.talksbot.index.Embedder;
import dev.talksbot.ingest.Span;
import dev.talksbot.retrieval.ScoredPassage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A cited overview made of quoted sentences. Sentences are ranked by how many other outlets report
 * the same thing (corroboration), how central they are to the coverage, whether they lead their
 * article and, for a topic, how well they match it; they are then picked greedily so that no two
 * say the same thing (maximal marginal relevance). Each sentence cites its own article and every
 * other article that reports the same fact. A topic summary is then told in time order ({@link
 * StoryOrder}).
 */
public final class ExtractiveSummarizer implements Summarizer {
  public static final String NAME = "extractive";

  /**
   * Least topic coverage for a sentence of a topic summary; above the 0.5 a sentence gets when the
   * topic word is only in its neighbour, so every sentence is itself about the topic.
   */
  static final double TOPIC_MIN_COVERAGE = 0.6;

  /** Two sentences this close (cosine) say the same thing. */
  static final double REDUNDANT_COS = 0.82;

  /** A sentence that leans on the one before it ({@code answer/dangling-openers.txt}). */
  private static final Pattern DANGLING_START =
      Pattern.compile(
          "^(" + String.join("|", WordList.lines("/answer/dangling-openers.txt")) + ")\\b");

  /** Whether a sentence leans on the one before it, so cannot stand alone in a summary. */
  static boolean dangles(String text) {
    return DANGLING_START.matcher(text).find();
  }

  /** A topic sentence may match the topic this much (cosine) below a strong match. */
  static final double TOPIC_COS_SLACK = 0.05;

  /** Cosine above which two sentences' similarity adds to the centrality of each. */
  static final double CENTRALITY_FROM_COS = 0.5;

  /** Another outlet's sentence this close (cosine) reports the same fact (corroborates). */
  static final double CORROBORATING_COS = 0.86;

  /** ... or shares this much of its weighted terms. */
  static final double CORROBORATING_OVERLAP = 0.6;

  /** Two picked sentences sharing this much of their weighted terms say the same thing. */
  static final double REDUNDANT_OVERLAP = 0.5;

  /** Rank score per other outlet reporting the same fact. */
  static final double PER_CORROBORATION = 0.6;

  /** Rank score per unit of centrality. */
  static final double PER_CENTRALITY = 0.15;

  /** Rank score of a sentence among the first {@link #LEAD_SENTENCES} of its article. */
  static final double LEAD_BONUS = 0.4;

  /** An article's lead: its first sentences, which news writing fills with the key facts. */
  static final int LEAD_SENTENCES = 3;

  /** Rank score per unit of topic relevance, in a topic summary. */
  static final double PER_TOPIC_RELEVANCE = 2.0;

  /** Rank score taken from a sentence that leans on the one before it. */
  static final double DANGLING_PENALTY = 1.0;

  /** Sentences longer than this (words) read poorly in a summary... */
  static final int LONG_SENTENCE_WORDS = 45;

  /** ... and lose this much rank score. */
  static final double LONG_PENALTY = 0.5;

  /** Rank score taken from a sentence that opens with a quotation mark (a quote out of context). */
  static final double QUOTE_OPENING_PENALTY = 0.3;

  private final SentenceFeatures features;
  private final AnswerSettings settings;

  public ExtractiveSummarizer(Embedder embedder, TermWeights weights, AnswerSettings settings) {
    this.features = new SentenceFeatures(embedder, weights);
    this.settings = settings;
  }

  @Override
  public Answer summarize(String topic, List<ScoredPassage> passages, CorpusInfo corpus) {
    return summarize(topic, passages, corpus, List.of());
  }

  /**
   * As {@link #summarize(String, List, CorpusInfo)}, telling first the key facts given (the best
   * sentences answering the key-fact questions, in order) and then the most corroborated, central
   * sentences, with no two saying the same thing.
   */
  public Answer summarize(
      String topic, List<ScoredPassage> passages, CorpusInfo corpus, List<Candidate> keyFacts) {
    return summarize(topic, passages, corpus, keyFacts, settings.summarySentences());
  }

  /** The same with at most {@code sentences} sentences. */
  public Answer summarize(
      String topic,
      List<ScoredPassage> passages,
      CorpusInfo corpus,
      List<Candidate> keyFacts,
      int sentences) {
    return summarize(topic, passages, corpus, keyFacts, sentences, false);
  }

  /**
   * A short summary of one article (its passages): its lead, the sentence that opens it, then the
   * key facts and the best sentences, told in the article's order, as a news report puts its news
   * first and tells it in its own order.
   */
  public Answer summarizeArticle(
      List<ScoredPassage> passages, CorpusInfo corpus, List<Candidate> keyFacts, int sentences) {
    return summarize(null, passages, corpus, keyFacts, sentences, true);
  }

  private Answer summarize(
      String topic,
      List<ScoredPassage> passages,
      CorpusInfo corpus,
      List<Candidate> keyFacts,
      int sentences,
      boolean oneArticle) {
    if (sentences < 1) throw new IllegalArgumentException("sentences must be >= 1: " + sentences);
    if (corpus.articles() == 0) return new Answer.Refused(topic, Refusals.empty(corpus), NAME);
    Set<String> tTerms = topic == null ? Set.of() : SentenceFeatures.questionTerms(topic);
    float[] tv = topic == null ? null : features.embedder().embedQuery(topic);
    // a topic that names one party's thing ("the Ukrainian delegation") is not covered by a
    // sentence about the other party's (ClauseFocus: such a sentence's coverage is set back)
    List<Candidate> cands =
        features.candidates(
            passages, tTerms, tv, topic == null ? null : QuestionShape.of(topic, tTerms));
    if (topic != null) {
      Set<String> nouns = topicNouns(topic, tTerms);
      cands =
          cands.stream()
              .filter(
                  c ->
                      (c.coverage() >= TOPIC_MIN_COVERAGE && holdsOne(c, nouns))
                          || (c.cosine() >= ExtractiveAnswerer.COS_STRONG - TOPIC_COS_SLACK
                              && c.coverage() >= TOPIC_MIN_COVERAGE / 2))
              .toList();
      if (cands.isEmpty())
        return new Answer.Refused(topic, Refusals.topicNotCovered(topic, corpus), NAME);
    }
    Map<Candidate, List<Candidate>> corroborating = new LinkedHashMap<>();
    Map<Candidate, Double> score = new LinkedHashMap<>();
    for (Candidate c : cands) {
      List<Candidate> same = new ArrayList<>();
      Set<String> arts = new HashSet<>();
      double centrality = 0;
      for (Candidate o : cands) {
        if (o == c || o.article().id().equals(c.article().id())) continue;
        double cos = Embedder.dot(c.vector(), o.vector());
        centrality += Math.max(0, cos - CENTRALITY_FROM_COS);
        if ((cos >= CORROBORATING_COS
                || features.overlap(c.terms(), o.terms(), Set.of()) >= CORROBORATING_OVERLAP)
            && !SameFact.differentFigures(c, o)
            && arts.add(o.article().id())) {
          same.add(o);
        }
      }
      same.sort(
          Comparator.comparingDouble((Candidate o) -> -Embedder.dot(c.vector(), o.vector()))
              .thenComparing(o -> o.article().id()));
      corroborating.put(c, same);
      double s =
          PER_CORROBORATION * same.size()
              + PER_CENTRALITY * centrality
              + (c.position() < LEAD_SENTENCES ? LEAD_BONUS : 0)
              + (topic == null ? 0 : PER_TOPIC_RELEVANCE * c.relevance())
              - (dangles(c.text()) ? DANGLING_PENALTY : 0)
              - (c.words() > LONG_SENTENCE_WORDS ? LONG_PENALTY : 0)
              - (KeyFacts.opensWithQuote(c.text()) ? QUOTE_OPENING_PENALTY : 0);
      score.put(c, s);
    }
    List<Candidate> ranked = new ArrayList<>(cands);
    ranked.sort(
        Comparator.comparingDouble((Candidate c) -> -score.get(c))
            .thenComparing(c -> c.article().id())
            .thenComparingInt(c -> c.span().start()));
    List<Candidate> picked = new ArrayList<>();
    Map<String, Candidate> byKey = new LinkedHashMap<>();
    for (Candidate c : cands) byKey.put(c.key(), c);
    List<Candidate> order = new ArrayList<>();
    if (oneArticle)
      cands.stream()
          .filter(c -> !dangles(c.text()))
          .min(Comparator.comparingInt((Candidate c) -> c.span().start()))
          .ifPresent(order::add);
    for (Candidate k : keyFacts) if (byKey.containsKey(k.key())) order.add(byKey.get(k.key()));
    order.addAll(ranked);
    for (Candidate c : order) {
      if (picked.size() >= sentences) break;
      boolean redundant =
          picked.stream()
              .anyMatch(
                  p ->
                      (Embedder.dot(p.vector(), c.vector()) >= REDUNDANT_COS
                              || features.overlap(p.terms(), c.terms(), Set.of())
                                  >= REDUNDANT_OVERLAP
                              || corroborating.get(p).contains(c))
                          && !SameFact.differentFigures(p, c));
      if (!redundant && !picked.contains(c)) picked.add(c);
    }
    if (picked.isEmpty())
      return new Answer.Refused(
          topic, Refusals.topicNotCovered(String.valueOf(topic), corpus), NAME);
    if (topic != null) picked = StoryOrder.of(picked, corroborating);
    else if (oneArticle) picked.sort(Comparator.comparingInt((Candidate c) -> c.span().start()));
    Citations cites = new Citations();
    List<String> out = new ArrayList<>();
    Set<Span> pickedSpans = new HashSet<>();
    for (Candidate c : picked) pickedSpans.add(c.span());
    for (Candidate c : picked) {
      // "He said …" quotes the sentence naming him too, unless that one is in the summary itself
      boolean alone = c.previousSpan() == null || pickedSpans.contains(c.previousSpan());
      Candidate quoted = alone ? c : c.withContext();
      List<Candidate> group = new ArrayList<>();
      group.add(quoted);
      group.addAll(corroborating.get(c).stream().limit(3).toList());
      out.add(AnswerComposer.display(quoted) + " " + cites.markers(group));
    }
    return new Answer.Answered(topic, String.join(" ", out), NAME, cites.list());
  }

  /**
   * The terms of the topic's nouns ("groups" and, read as a noun, "prisoner" in "the prisoner
   * exchange"); empty when the tagger finds none. A sentence that matches only a topic's modifier
   * ("work" of "the working groups", "Ukrainian" of "the Ukrainian delegation") is not about it.
   */
  private static Set<String> topicNouns(String topic, Set<String> tTerms) {
    Set<String> nouns = new HashSet<>();
    List<dev.talksbot.nlp.Tagged.Token> tokens = dev.talksbot.nlp.Pos.shared().tag(topic).tokens();
    int head = tokens.size() - 1; // a topic is a noun phrase: its last word is its head,
    while (head > 0 && tokens.get(head).mainTag().equals("PUNCT")) head--; // however tagged
    for (int i = 0; i < tokens.size(); i++) {
      dev.talksbot.nlp.Tagged.Token t = tokens.get(i);
      if (t.isNoun() || t.isProperNoun() || i == head)
        for (String term : dev.talksbot.index.TextAnalysis.terms(t.text()))
          if (tTerms.contains(term)) nouns.add(term);
    }
    return nouns;
  }

  /** Whether the sentence itself holds one of the nouns (or there are none to hold). */
  private static boolean holdsOne(Candidate c, Set<String> nouns) {
    if (nouns.isEmpty()) return true;
    for (String n : nouns) if (c.terms().contains(n)) return true;
    return false;
  }
}
