package dev.talksbot.core;

import dev.talksbot.answer.Answer;
import dev.talksbot.answer.AnswerRequest;
import dev.talksbot.answer.Candidate;
import dev.talksbot.answer.CorpusInfo;
import dev.talksbot.answer.ExtractiveAnswerer;
import dev.talksbot.answer.ExtractiveSummarizer;
import dev.talksbot.answer.KeyFacts;
import dev.talksbot.answer.Sides;
import dev.talksbot.index.ArticleHeader;
import dev.talksbot.index.SearchIndex;
import dev.talksbot.ingest.Article;
import dev.talksbot.ingest.Passage;
import dev.talksbot.retrieval.RetrievalQuery;
import dev.talksbot.retrieval.Retriever;
import dev.talksbot.retrieval.ScoredPassage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Summaries: of the latest coverage (the articles of the last {@link #WINDOW_DAYS} days before the
 * newest one) or of a topic. The key facts come first — the answers to the key-fact questions
 * ({@link KeyFacts#aspects}) over the same articles — then corroborated, central sentences.
 */
final class SummaryService {
  /** A summary of all coverage reads at most this many articles (the newest). */
  static final int MAX_ARTICLES = 40;

  /** A summary of all coverage is about the days up to the newest article: this many. */
  static final int WINDOW_DAYS = 30;

  /** Undated articles join the window when it holds fewer dated articles than this. */
  static final int MIN_DATED = 3;

  /** The sides of talks: a key-fact question about "each side" is asked of this many parties. */
  static final int SIDES = 2;

  /**
   * A key-fact question about the latest coverage is searched this deep in all of it, and the
   * window's best passages kept: older articles that match its words better must not crowd the
   * window's out of the passages it reads (the outside pressure of the newest weeks was missed when
   * the top 8 were all from the month before).
   */
  static final int WINDOW_SEARCH_DEPTH = 64;

  /** Passages a topic summary reads. */
  static final int TOPIC_PASSAGES = 12;

  private final SearchIndex index;
  private final Retriever retriever;
  private final ExtractiveAnswerer extractive;
  private final ExtractiveSummarizer summarizer;
  private final int passages;
  private final QuestionNormalizer normalizer;

  SummaryService(
      SearchIndex index,
      Retriever retriever,
      ExtractiveAnswerer extractive,
      ExtractiveSummarizer summarizer,
      int passages,
      QuestionNormalizer normalizer) {
    this.index = index;
    this.retriever = retriever;
    this.extractive = extractive;
    this.summarizer = summarizer;
    this.passages = passages;
    this.normalizer = normalizer;
  }

  /**
   * What is said of a (validated) topic read as the coverage spells it (misspelt words corrected,
   * as a question's are), under a line saying what it was read as when that changed it.
   */
  Answer readAs(String topic, java.util.function.Function<String, Answer> about) {
    QuestionNormalizer.Normalized n = normalizer.normalize(topic);
    Answer a = about.apply(n.text());
    return n.readAs() == null ? a : QuestionPipeline.withReadAs(a, n.readAs());
  }

  /** A cited overview of the latest coverage (topic null) or of one (validated) topic. */
  Answer summary(String topic, CorpusInfo corpus) {
    if (topic == null) {
      Set<String> window = window();
      List<ScoredPassage> ps = passagesOf(window);
      return summarizer.summarize(null, ps, corpus, keyFacts(null, corpus, window, ps));
    }
    List<ScoredPassage> ps = retriever.retrieve(new RetrievalQuery(topic, TOPIC_PASSAGES));
    return summarizer.summarize(topic, ps, corpus, keyFacts(topic, corpus, null, ps));
  }

  /**
   * A cited overview of the latest coverage on one (validated) topic: the topic's passages in the
   * articles of the summary window ({@link #window}); null when they hold none.
   */
  Answer latest(String topic, CorpusInfo corpus) {
    Set<String> window = window();
    List<ScoredPassage> ps = inWindow(topic, window, TOPIC_PASSAGES);
    if (ps.isEmpty()) return null;
    return summarizer.summarize(topic, ps, corpus, keyFacts(topic, corpus, window, ps));
  }

  /**
   * The cited summary of the latest coverage on a (validated) topic, under "The latest coverage on
   * …, in brief:"; when the latest coverage has nothing on it, the summary of all the coverage on
   * it, under "The coverage on …, in brief:" (or its refusal).
   */
  Answer latestOrAll(String topic, CorpusInfo corpus) {
    Answer a = latest(topic, corpus);
    if (a != null && !a.refused())
      return QuestionPipeline.underLine(topic, a, QuestionPipeline.latestLine(topic));
    return QuestionPipeline.underLine(
        topic, summary(topic, corpus), QuestionPipeline.topicLine(topic));
  }

  /**
   * The summaries a question is answered with ({@link QuestionPipeline}): of the latest coverage
   * (topic null or blank), of a topic, of the latest coverage on a topic; topics validated as
   * /summary validates them.
   */
  QuestionPipeline.SummarySource source(java.util.function.Supplier<CorpusInfo> corpus) {
    return new QuestionPipeline.SummarySource() {
      @Override
      public Answer summary(String topic) {
        if (topic == null || topic.isBlank())
          return SummaryService.this.summary(null, corpus.get());
        return SummaryService.this.summary(Questions.validate(topic), corpus.get());
      }

      @Override
      public Answer latest(String topic) {
        return SummaryService.this.latest(Questions.validate(topic), corpus.get());
      }
    };
  }

  /**
   * The best {@code limit} passages for a query among the window's articles, searched {@link
   * #WINDOW_SEARCH_DEPTH} deep in all the coverage so older articles cannot crowd them out.
   */
  private List<ScoredPassage> inWindow(String query, Set<String> window, int limit) {
    return retriever.retrieve(new RetrievalQuery(query, WINDOW_SEARCH_DEPTH)).stream()
        .filter(p -> window.contains(p.article().id()))
        .limit(limit)
        .toList();
  }

  /** Sentences in the summary of one article (Telegram's /latest buttons). */
  static final int ARTICLE_SENTENCES = 3;

  /** A cited summary of one article, at most {@link #ARTICLE_SENTENCES} sentences. */
  Answer article(String articleId, CorpusInfo corpus) {
    Set<String> one = Set.of(articleId);
    List<ScoredPassage> ps = passagesOf(one);
    return summarizer.summarizeArticle(
        ps, corpus, keyFacts(null, corpus, one, ps), ARTICLE_SENTENCES);
  }

  /** Ids of the articles a summary of all coverage is about. */
  Set<String> window() {
    try {
      List<ArticleHeader> articles = new ArrayList<>(index.articleHeaders().values());
      if (articles.size() > MAX_ARTICLES)
        articles = articles.subList(articles.size() - MAX_ARTICLES, articles.size());
      LocalDate newest = null;
      for (ArticleHeader a : articles)
        if (a.date() != null && (newest == null || a.date().isAfter(newest))) newest = a.date();
      Set<String> dated = new LinkedHashSet<>();
      Set<String> undated = new LinkedHashSet<>();
      for (ArticleHeader a : articles) {
        if (a.date() == null) undated.add(a.id());
        else if (!a.date().isBefore(newest.minusDays(WINDOW_DAYS))) dated.add(a.id());
      }
      if (dated.size() < MIN_DATED) dated.addAll(undated);
      return dated;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<ScoredPassage> passagesOf(Set<String> ids) {
    try {
      List<ScoredPassage> out = new ArrayList<>();
      for (String id : ids) {
        Article a = index.article(id).orElseThrow();
        for (Passage p : index.passagesOf(id)) out.add(new ScoredPassage(p, a, 0, 0, 0, Float.NaN));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The sentences answering the key-fact questions (who negotiates, where and when, what was
   * agreed, each side's position, outside pressure), asked of the window's articles (or of a
   * topic); a question about each side is asked of the two parties the summarised passages name
   * most.
   */
  private List<Candidate> keyFacts(
      String topic, CorpusInfo corpus, Set<String> window, List<ScoredPassage> summarised) {
    List<String> sides =
        Sides.leading(summarised.stream().map(p -> p.passage().text()).toList(), SIDES);
    List<Candidate> out = new ArrayList<>();
    for (String aspect : KeyFacts.aspects(sides)) {
      String q = topic == null ? aspect : aspect + " (" + topic + ")";
      List<ScoredPassage> ps =
          window == null
              ? retriever.retrieve(new RetrievalQuery(q, passages))
              : inWindow(q, window, passages);
      if (ps.isEmpty()) continue;
      out.addAll(KeyFacts.of(aspect, extractive.explain(new AnswerRequest(q, ps, corpus))));
    }
    return out;
  }
}
