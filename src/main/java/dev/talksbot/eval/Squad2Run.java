package dev.talksbot.eval;

import dev.talksbot.answer.AnswerRequest;
import dev.talksbot.answer.CorpusInfo;
import dev.talksbot.answer.ExtractiveAnswerer;
import dev.talksbot.answer.SelectorModel;
import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.core.Questions;
import dev.talksbot.index.OnnxEmbedder;
import dev.talksbot.ingest.Article;
import dev.talksbot.retrieval.HybridRetriever;
import dev.talksbot.retrieval.RetrievalQuery;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One split of SQuAD 2.0 dev asked through the product's path: its paragraphs indexed as articles
 * with the product's chunker, index and embedder, every question retrieved by the hybrid retriever
 * and answered by the extractive answerer with the given selector model, as {@code ask} does.
 * Shared by {@code eval squad2} (which scores the answers) and {@code train answerer} (which learns
 * from the scored sentences).
 */
public final class Squad2Run {
  private Squad2Run() {}

  /** What a question's coverage lacks when it is asked: nothing, or what would answer it. */
  public enum Removed {
    /** Asked as {@code eval squad2} asks it. */
    NOTHING,
    /**
     * Asked of the coverage without its own paragraph (the passages retrieved from it left out): on
     * the subject, but not what answers it. Answerable questions only.
     */
    PARAGRAPH,
    /**
     * Asked of the coverage without any paragraph of its own article: coverage of other subjects,
     * as a question off the bot's subject meets. Every {@link #ARTICLE_SAMPLE}th question.
     */
    ARTICLE
  }

  /** One question, what its coverage lacked, and what the answerer made of it. */
  public record Outcome(
      BenchData.Squad2Question question, ExtractiveAnswerer.Explained explained, Removed removed) {}

  /** Passages retrieved for a question asked without part of its coverage, before that goes. */
  static final int REMOVED_DEPTH = 6;

  /** One question in this many is also asked without its article ({@link Removed#ARTICLE}). */
  public static final int ARTICLE_SAMPLE = 4;

  /**
   * Asks every question of {@code data} (an even sample of {@code limit}) and hands each outcome to
   * {@code sink}, also asking questions without part of their coverage as {@code also} says (each
   * such outcome after the question's own; {@code eval squad2} asks none); returns the number of
   * passages indexed.
   */
  public static long run(
      BenchData.Squad2 data,
      int limit,
      int corpusSample,
      TalksbotConfig config,
      RetrievalSettings s,
      java.nio.file.Path cacheDir,
      SelectorModel model,
      Set<Removed> also,
      PrintWriter log,
      Consumer<Outcome> sink)
      throws IOException {
    List<BenchData.Squad2Question> questions = SquadSuite.sample(data.questions(), limit);
    Set<String> needed = new java.util.HashSet<>();
    questions.forEach(q -> needed.add(q.paragraphId()));
    List<Article> articles = SquadSuite.paragraphs(data.paragraphs(), needed, corpusSample);
    CachingEmbedder embedder = new CachingEmbedder(OnnxEmbedder.load(s.model()), cacheDir);
    log.printf(
        Locale.ROOT,
        "squad2 %s: %d paragraphs, %d questions; indexing%n",
        data.split(),
        articles.size(),
        questions.size());
    log.flush();
    try (EvalIndex idx = EvalIndex.build(articles, embedder, s, log)) {
      embedder.save();
      CorpusInfo corpus =
          idx.undatedCorpus(
              "SQuAD v2.0 dev paragraphs (Wikipedia), " + data.split() + " split", articles.size());
      HybridRetriever retriever = idx.hybridRetriever();
      ExtractiveAnswerer answerer =
          new ExtractiveAnswerer(embedder, idx.index()::idf, config.answer(), model);
      int passages = config.retrieval().passages();
      java.util.Map<String, String> titles = new java.util.HashMap<>();
      for (Article a : articles) titles.put(a.id(), a.title());
      int i = 0;
      for (BenchData.Squad2Question q : questions) {
        String text = q.question();
        try {
          text = Questions.validate(q.question());
        } catch (dev.talksbot.core.InvalidQuestionException e) {
          // asked as it is: the answerer refuses a question without content words
        }
        var req =
            new AnswerRequest(text, retriever.retrieve(new RetrievalQuery(text, passages)), corpus);
        sink.accept(new Outcome(q, answerer.explain(req), Removed.NOTHING));
        if (also.contains(Removed.PARAGRAPH) && !q.impossible())
          sink.accept(
              askWithout(
                  q,
                  text,
                  p -> p.article().id().equals(q.paragraphId()),
                  retriever,
                  answerer,
                  corpus,
                  passages,
                  Removed.PARAGRAPH));
        if (also.contains(Removed.ARTICLE) && i % ARTICLE_SAMPLE == 0) {
          String title = titles.get(q.paragraphId());
          sink.accept(
              askWithout(
                  q,
                  text,
                  p -> p.article().title().equals(title),
                  retriever,
                  answerer,
                  corpus,
                  passages,
                  Removed.ARTICLE));
        }
        if (++i % 1000 == 0) {
          log.printf(
              Locale.ROOT, "squad2 %s: %d/%d questions%n", data.split(), i, questions.size());
          log.flush();
        }
      }
      embedder.save();
      return idx.passages();
    }
  }

  /** A question asked of the passages retrieved for it less those {@code gone} selects. */
  private static Outcome askWithout(
      BenchData.Squad2Question q,
      String text,
      java.util.function.Predicate<dev.talksbot.retrieval.ScoredPassage> gone,
      HybridRetriever retriever,
      ExtractiveAnswerer answerer,
      CorpusInfo corpus,
      int passages,
      Removed removed) {
    List<dev.talksbot.retrieval.ScoredPassage> left =
        retriever.retrieve(new RetrievalQuery(text, passages * REMOVED_DEPTH)).stream()
            .filter(gone.negate())
            .limit(passages)
            .toList();
    return new Outcome(q, answerer.explain(new AnswerRequest(text, left, corpus)), removed);
  }
}
