package dev.talksbot.core;

import dev.talksbot.answer.Answer;
import dev.talksbot.answer.AnswerRequest;
import dev.talksbot.answer.Answerer;
import dev.talksbot.answer.CorpusInfo;
import dev.talksbot.answer.ExtractiveAnswerer;
import dev.talksbot.answer.ExtractiveSummarizer;
import dev.talksbot.answer.llm.LlmAnswerers;
import dev.talksbot.answer.llm.LlmEnvironment;
import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.index.Embedder;
import dev.talksbot.index.IndexProgress;
import dev.talksbot.index.OnnxEmbedder;
import dev.talksbot.index.SearchIndex;
import dev.talksbot.ingest.Article;
import dev.talksbot.ingest.FileLoader;
import dev.talksbot.ingest.NewsArticleParser;
import dev.talksbot.ingest.store.ArticleStore;
import dev.talksbot.ingest.store.StoredArticle;
import dev.talksbot.retrieval.HybridRetriever;
import dev.talksbot.retrieval.RetrievalQuery;
import dev.talksbot.retrieval.Retriever;
import dev.talksbot.retrieval.ScoredPassage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The core every interface (CLI, console, Telegram) talks to: ask, summarise, list sources, add
 * articles. It knows nothing of Telegram. Thread-safe: questions may be asked concurrently.
 */
public final class TalksBot implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(TalksBot.class);

  private final TalksbotConfig config;
  private final SearchIndex index;
  private final Retriever retriever;
  private final ExtractiveAnswerer extractive;
  private final Answerer answerer;
  private final QuestionPipeline questions;
  private final SummaryService summaries;
  private final StoredCorpus stored;
  private final Coverage coverage;
  private final QuestionNormalizer normalizer;
  private final dev.talksbot.answer.llm.Conversations conversations;

  private TalksBot(
      TalksbotConfig config,
      SearchIndex index,
      ArticleStore store,
      LlmEnvironment llmEnv,
      dev.talksbot.answer.SelectorModel selector) {
    this.config = config;
    this.index = index;
    this.stored =
        new StoredCorpus(
            store,
            index,
            new FileLoader(new NewsArticleParser()),
            java.time.Clock.systemUTC(),
            config.corpusDir());
    this.coverage = new Coverage(config.topic());
    var r = config.retrieval();
    this.retriever =
        new HybridRetriever(
            index,
            HybridRetriever.Mode.HYBRID,
            r.candidates(),
            r.rrfK(),
            r.bm25Weight(),
            r.denseWeight());
    this.extractive =
        new ExtractiveAnswerer(index.embedder(), index::idf, config.answer(), selector);
    LlmAnswerers.Setup setup = LlmAnswerers.create(config, extractive, llmEnv);
    this.answerer = setup.answerer();
    this.conversations = JdbcConversations.forConfig(config);
    this.normalizer = new SpellingNormalizer(new dev.talksbot.retrieval.QuestionSpeller(index));
    this.summaries =
        new SummaryService(
            index,
            retriever,
            extractive,
            new ExtractiveSummarizer(index.embedder(), index::idf, config.answer()),
            config.retrieval().passages(),
            normalizer);
    this.questions =
        new QuestionPipeline(
            this::retrieve,
            this::corpusInfo,
            answerer,
            setup.rewriter(),
            normalizer,
            conversations,
            summaries.source(this::corpusInfo));
  }

  /**
   * Opens the article store and the index in the data dir, rebuilding the index from the store and
   * the corpus dir when it is missing or was built with another embedding model.
   */
  public static TalksBot open(TalksbotConfig config, IndexProgress progress) throws IOException {
    Embedder embedder = OnnxEmbedder.load(config.embedding().model());
    return open(config, embedder, progress);
  }

  public static TalksBot open(TalksbotConfig config, Embedder embedder, IndexProgress progress)
      throws IOException {
    return open(config, embedder, progress, LlmEnvironment.forProcess());
  }

  /**
   * As {@link #open(TalksbotConfig, Embedder, IndexProgress)} with the environment and prompt
   * folder of the LLM answerer given (tests).
   */
  public static TalksBot open(
      TalksbotConfig config, Embedder embedder, IndexProgress progress, LlmEnvironment llmEnv)
      throws IOException {
    return open(config, embedder, progress, llmEnv, dev.talksbot.answer.SelectorModel.bundled());
  }

  /**
   * As {@link #open(TalksbotConfig, Embedder, IndexProgress, LlmEnvironment)} with the answer
   * selector given: {@code train answerer} computes features with an untrained one, so that it runs
   * when the features changed and the bundled model no longer fits them.
   */
  public static TalksBot open(
      TalksbotConfig config,
      Embedder embedder,
      IndexProgress progress,
      LlmEnvironment llmEnv,
      dev.talksbot.answer.SelectorModel selector)
      throws IOException {
    SearchIndex index = SearchIndexes.open(config, embedder, System.getenv());
    ArticleStore store;
    try {
      store = dev.talksbot.db.StateStores.articles(config);
    } catch (RuntimeException e) {
      index.close();
      throw e;
    }
    TalksBot bot;
    try {
      bot = new TalksBot(config, index, store, llmEnv, selector);
    } catch (RuntimeException e) { // e.g. a missing API key or prompt file
      index.close();
      store.close();
      throw e;
    }
    try {
      bot.stored.seedFromIndex();
      if (!index.exists()) {
        log.info(
            "no usable index in {}; building it from the article store and {}",
            config.indexDir(),
            config.corpusDir());
        bot.rebuild(progress);
      }
    } catch (IOException | RuntimeException e) {
      bot.close();
      throw e;
    }
    return bot;
  }

  public TalksbotConfig config() {
    return config;
  }

  public SearchIndex index() {
    return index;
  }

  /** The extractive answerer (also the LLM answerer's fallback). */
  public ExtractiveAnswerer extractive() {
    return extractive;
  }

  public Answerer answerer() {
    return answerer;
  }

  /**
   * Rebuilds the whole index from the article store, after storing the corpus folder's articles
   * (new or changed files included).
   */
  public IngestReport rebuild(IndexProgress progress) throws IOException {
    return stored.rebuild(config.corpusDir(), progress);
  }

  /** Stores the articles in a file or folder, then adds them to the index without rebuilding. */
  public IngestReport add(Path path) throws IOException {
    return stored.add(path, IndexProgress.NONE);
  }

  /** Stores one article (e.g. a fetched web page), then adds it to the index. */
  public SearchIndex.AddOutcome add(StoredArticle article) throws IOException {
    return stored.add(article);
  }

  /** Where the ingestion stage writes: the article store, then the index. */
  public dev.talksbot.ingest.intake.CorpusWriter corpusWriter() {
    return stored;
  }

  /** The durable copy of every article; the index is derived from it. */
  public ArticleStore articleStore() {
    return stored.store();
  }

  /** Answers a one-off question (validated first; no chat memory). */
  public Answer ask(String question) {
    return ask(question, null);
  }

  /**
   * Answers a question in a chat (validated first). Follow-ups ("and the Ukrainian one?") are
   * rewritten into standalone questions from the chat's recent turns; a question in Russian or
   * Ukrainian is answered in that language by an LLM answerer, or in English with a note in the
   * user's language by the extractive one. The answer's {@code question} is the standalone one.
   *
   * @param conversationId the chat (e.g. a Telegram chat id or "console"); null for a one-off
   */
  public Answer ask(String question, String conversationId) {
    String q = Questions.validate(question);
    return questions.ask(q, conversationId);
  }

  /** Where question outcomes and timings are reported (ops hook, issue 12). */
  public void metrics(dev.talksbot.ops.Metrics m) {
    questions.metrics(m);
  }

  /** Forgets a chat's recent turns (e.g. on /start). */
  public void forgetConversation(String conversationId) {
    questions.forget(conversationId);
  }

  /** Answers extractively with the scored sentence candidates, for diagnosis. */
  public ExtractiveAnswerer.Explained explain(String question) {
    String q = Questions.validate(question);
    String read = normalizer.normalize(q).text();
    return extractive.explain(new AnswerRequest(read, retrieve(read), corpusInfo()));
  }

  public List<ScoredPassage> retrieve(String question) {
    return retriever.retrieve(new RetrievalQuery(question, config.retrieval().passages()));
  }

  /**
   * The latest coverage on a topic (Telegram's {@code /latest <topic>}: {@link SummaryService}).
   */
  public Answer latest(String topic) {
    return summaries.readAs(Questions.validate(topic), t -> summaries.latestOrAll(t, corpusInfo()));
  }

  /** A cited overview of the latest coverage (topic null or blank) or of one topic. */
  public Answer summary(String topic) {
    if (topic == null || topic.isBlank()) return summaries.source(this::corpusInfo).summary(null);
    return summaries.readAs(Questions.validate(topic), summaries.source(this::corpusInfo)::summary);
  }

  /**
   * A cited three-sentence summary of one indexed article.
   *
   * @throws IllegalArgumentException when no indexed article has that id
   */
  public Answer articleSummary(String articleId) {
    try {
      if (index.article(articleId).isEmpty())
        throw new IllegalArgumentException("no indexed article '" + articleId + "'");
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return summaries.article(articleId, corpusInfo());
  }

  /** The stored articles (every article that entered the system), oldest arrival first. */
  public List<Article> sources() {
    return stored.store().all().stream().map(StoredArticle::article).toList();
  }

  /** What the coverage is: counts, date range, outlets. */
  public CorpusInfo corpusInfo() {
    try {
      return coverage.of(index.articleHeaders(), index.passageCount());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      index.close();
    } finally {
      try {
        stored.store().close();
      } finally {
        if (conversations instanceof JdbcConversations j) j.close();
      }
    }
  }
}
