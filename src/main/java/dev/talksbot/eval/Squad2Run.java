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

  /**
   * One question and what the answerer made of it; {@code paragraphRemoved}: asked of the coverage
   * without the question's own paragraph (the passages retrieved from it left out), as a news
   * question is asked of coverage that does not report what it asks.
   */
  public record Outcome(
      BenchData.Squad2Question question,
      ExtractiveAnswerer.Explained explained,
      boolean paragraphRemoved) {}

  /** Passages retrieved for a question asked without its paragraph, before that is left out. */
  static final int REMOVED_PARAGRAPH_DEPTH = 3;

  /**
   * Asks every question of {@code data} (an even sample of {@code limit}) and hands each outcome to
   * {@code sink}; returns the number of passages indexed.
   */
  public static long run(
      BenchData.Squad2 data,
      int limit,
      int corpusSample,
      TalksbotConfig config,
      RetrievalSettings s,
      java.nio.file.Path cacheDir,
      SelectorModel model,
      PrintWriter log,
      Consumer<Outcome> sink)
      throws IOException {
    return run(data, limit, corpusSample, config, s, cacheDir, model, false, log, sink);
  }

  /**
   * The same; with {@code alsoWithoutParagraph}, every answerable question is asked a second time
   * of the coverage without its own paragraph ({@link Outcome#paragraphRemoved()}).
   */
  public static long run(
      BenchData.Squad2 data,
      int limit,
      int corpusSample,
      TalksbotConfig config,
      RetrievalSettings s,
      java.nio.file.Path cacheDir,
      SelectorModel model,
      boolean alsoWithoutParagraph,
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
        sink.accept(new Outcome(q, answerer.explain(req), false));
        if (alsoWithoutParagraph && !q.impossible()) {
          List<dev.talksbot.retrieval.ScoredPassage> others =
              retriever
                  .retrieve(new RetrievalQuery(text, passages * REMOVED_PARAGRAPH_DEPTH))
                  .stream()
                  .filter(p -> !p.article().id().equals(q.paragraphId()))
                  .limit(passages)
                  .toList();
          sink.accept(
              new Outcome(q, answerer.explain(new AnswerRequest(text, others, corpus)), true));
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
}
