package dev.talksbot.eval;

import dev.talksbot.answer.Answer;
import dev.talksbot.answer.AnswerRequest;
import dev.talksbot.answer.CorpusInfo;
import dev.talksbot.answer.ExtractiveAnswerer;
import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.core.Questions;
import dev.talksbot.index.OnnxEmbedder;
import dev.talksbot.ingest.Article;
import dev.talksbot.retrieval.HybridRetriever;
import dev.talksbot.retrieval.RetrievalQuery;
import dev.talksbot.retrieval.ScoredPassage;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * SQuAD v1.1 dev: the 2,067 paragraphs indexed as articles (title = the Wikipedia article title);
 * every question retrieved by BM25, dense, the fused ranking and the peer (paragraph top-1/top-5),
 * and answered by the default (extractive) answerer over the product's fused passages, wired as
 * {@code TalksBot.ask} wires it.
 */
final class SquadSuite {
  private SquadSuite() {}

  /** An even spread of {@code limit} items over the whole list (all when limit is 0). */
  static <T> List<T> sample(List<T> all, int limit) {
    if (limit <= 0 || limit >= all.size()) return all;
    List<T> out = new ArrayList<>(limit);
    for (int i = 0; i < limit; i++) out.add(all.get((int) ((long) i * all.size() / limit)));
    return out;
  }

  /**
   * All paragraphs, or those the chosen questions need ({@code needed} paragraph ids) plus an even
   * sample of the others.
   */
  static List<Article> paragraphs(
      List<BenchData.SquadParagraph> paragraphs, Set<String> needed, int sample) {
    if (sample <= 0) return paragraphs.stream().map(BenchData::article).toList();
    int step = Math.max(1, paragraphs.size() / sample);
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < paragraphs.size(); i++) {
      BenchData.SquadParagraph p = paragraphs.get(i);
      if (needed.contains(p.id()) || i % step == 0) out.add(BenchData.article(p));
    }
    return out;
  }

  static SuiteResult run(EvalOptions o, TalksbotConfig config) throws IOException {
    PrintWriter log = o.log();
    BenchData.Squad data = BenchData.squad(o.dataDir());
    List<BenchData.SquadQuestion> questions = sample(data.questions(), o.limit());
    Set<String> needed = new java.util.HashSet<>();
    questions.forEach(q -> needed.add(q.paragraphId()));
    List<Article> articles = paragraphs(data.paragraphs(), needed, o.corpusSample());
    RetrievalSettings s = o.settings();
    SuiteResult result = new SuiteResult("squad");
    result.settings().put("paragraphs", articles.size());
    result.settings().put("questions", questions.size());
    result.settings().put("questions_total", data.questions().size());
    result.settings().putAll(s.asMap());
    result.settings().remove("depth");
    result.settings().put("passages_to_answerer", config.retrieval().passages());

    CachingEmbedder embedder = new CachingEmbedder(OnnxEmbedder.load(s.model()), o.cacheDir());
    log.printf(
        Locale.ROOT,
        "squad: %d paragraphs, %d questions; indexing (%d vectors cached)%n",
        articles.size(),
        questions.size(),
        embedder.cached());
    log.flush();
    try (EvalIndex idx = EvalIndex.build(articles, embedder, s, log)) {
      embedder.save();
      result.settings().put("passages", idx.passages());
      CorpusInfo corpus =
          idx.undatedCorpus("SQuAD v1.1 dev paragraphs (Wikipedia)", articles.size());
      HybridRetriever retriever = idx.hybridRetriever();
      ExtractiveAnswerer answerer =
          new ExtractiveAnswerer(embedder, idx.index()::idf, config.answer());
      int passages = config.retrieval().passages();
      // warm-up (untimed): questions not in the sample
      for (int i = 0; i < 10; i++) {
        String q =
            data.questions().get(data.questions().size() - 1 - 7 * i).question() + " (warm-up)";
        answerer.answer(
            new AnswerRequest(q, retriever.retrieve(new RetrievalQuery(q, passages)), corpus));
      }
      double[] top1 = new double[3], top5 = new double[3];
      long embedNs = 0, bm25Ns = 0, denseNs = 0, fuseNs = 0, answerNs = 0;
      int contains = 0, containsAnswered = 0, refused = 0, answered = 0, i = 0;
      long words = 0;
      for (BenchData.SquadQuestion q : questions) {
        String text = Questions.validate(q.question());
        Set<String> gold = Set.of(q.paragraphId());
        EvalIndex.Hits h = idx.search(idx.index(), text, s.candidates());
        long t0 = System.nanoTime();
        List<String> fused =
            EvalIndex.ids(
                EvalIndex.fusedDocs(h, s.candidates(), s.rrfK(), s.bm25Weight(), s.denseWeight()));
        fuseNs += System.nanoTime() - t0;
        embedNs += h.embedNanos();
        bm25Ns += h.bm25Nanos();
        denseNs += h.denseNanos();
        List<List<String>> runs =
            List.of(
                EvalIndex.ids(EvalIndex.docs(h.bm25())),
                EvalIndex.ids(EvalIndex.docs(h.dense())),
                fused);
        for (int k = 0; k < 3; k++) {
          top1[k] += Metrics.hitAt(runs.get(k), gold, 1);
          top5[k] += Metrics.hitAt(runs.get(k), gold, 5);
        }
        // the answer, as TalksBot.ask builds it (the retriever repeats the searches; its query
        // vector comes from the embedder's cache, so this is timed as retrieval + answering)
        long a0 = System.nanoTime();
        List<ScoredPassage> ps = retriever.retrieve(new RetrievalQuery(text, passages));
        Answer a = answerer.answer(new AnswerRequest(text, ps, corpus));
        answerNs += System.nanoTime() - a0;
        if (a.refused()) {
          refused++;
        } else {
          answered++;
          String plain = Answer.MARKER.matcher(a.text()).replaceAll(" ");
          words += Metrics.words(plain);
          if (Metrics.containsGold(plain, q.answers())) {
            contains++;
            containsAnswered++;
          }
        }
        if (++i % 1000 == 0) {
          log.printf(Locale.ROOT, "squad: %d/%d questions%n", i, questions.size());
          log.flush();
        }
      }
      embedder.save();
      int n = Math.max(1, questions.size());
      String[] names = {"bm25", "dense", "hybrid"};
      double[] ms = {
        bm25Ns / 1e6 / n, (embedNs + denseNs) / 1e6 / n, (embedNs + answerNs) / 1e6 / n
      };
      for (int k = 0; k < 3; k++) {
        var m = result.system(names[k]);
        m.put("top1", SuiteResult.round(top1[k] / n, 4));
        m.put("top5", SuiteResult.round(top5[k] / n, 4));
        if (k == 2) {
          m.put("answer_contains_gold", SuiteResult.round((double) contains / n, 4));
          m.put(
              "answer_contains_gold_when_answered",
              SuiteResult.round((double) containsAnswered / Math.max(1, answered), 4));
          m.put("refused", SuiteResult.round((double) refused / n, 4));
          m.put("avg_words", SuiteResult.round((double) words / Math.max(1, answered), 2));
        }
        m.put("ms_per_query", SuiteResult.round(ms[k], 2));
      }
      result
          .notes()
          .add(
              "hybrid ms_per_query = query embedding + retrieval + extractive answer (what ask costs)");
      result
          .notes()
          .add(
              String.format(
                  Locale.ROOT, "index: %d passages in %.1f s", idx.passages(), idx.indexSeconds()));
    }
    if (o.peer()) {
      log.printf(Locale.ROOT, "squad: peer ingesting %d paragraphs...%n", articles.size());
      log.flush();
      EasyRagPeer peer = new EasyRagPeer().ingest(articles);
      for (int k = 0; k < 5; k++) peer.docs("warm up " + k);
      double p1 = 0, p5 = 0;
      long t0 = System.nanoTime();
      for (BenchData.SquadQuestion q : questions) {
        List<String> docs = peer.docs(q.question());
        p1 += Metrics.hitAt(docs, Set.of(q.paragraphId()), 1);
        p5 += Metrics.hitAt(docs, Set.of(q.paragraphId()), 5);
      }
      int n = Math.max(1, questions.size());
      var m = result.system("peer");
      m.put("top1", SuiteResult.round(p1 / n, 4));
      m.put("top5", SuiteResult.round(p5 / n, 4));
      m.put("ms_per_query", SuiteResult.round((System.nanoTime() - t0) / 1e6 / n, 2));
      result
          .notes()
          .add(
              String.format(
                  Locale.ROOT,
                  "peer: %d paragraphs ingested in %.1f s; it returns 3 segments, so its top5 is top-3 segments",
                  articles.size(),
                  peer.ingestSeconds()));
    }
    return result;
  }
}
