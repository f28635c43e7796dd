package dev.talksbot.bench;

import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.core.TalksBot;
import dev.talksbot.eval.BenchData;
import dev.talksbot.eval.CachingEmbedder;
import dev.talksbot.index.IndexProgress;
import dev.talksbot.index.OnnxEmbedder;
import dev.talksbot.index.PassageIndex;
import dev.talksbot.ingest.Article;
import dev.talksbot.ingest.ParagraphChunker;
import dev.talksbot.ingest.Passage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The synthetic large corpus: SciFact's passages (as the product chunks them) copied as one-passage
 * articles until there are {@code passages} of them. Copies keep the original title and text, so
 * their vectors come from the cache; the kNN graph then holds exact duplicates.
 */
final class SyntheticPart {
  private SyntheticPart() {}

  static void run(
      Bench b,
      BenchData.SciFact sf,
      List<String> claims,
      int passages,
      int peerMaxPassages,
      Path dir)
      throws Exception {
    if (passages < 1) throw new IllegalArgumentException("--passages must be at least 1");
    var c = b.config.chunking();
    var rs = b.config.retrieval();
    ParagraphChunker chunker = new ParagraphChunker(c.targetChars(), c.maxChars());
    List<Article> articles = articles(sf, chunker, passages);
    Map<String, Object> r = new LinkedHashMap<>();
    TalksbotConfig cfg = b.config.withDataDir(dir.resolve("data"));
    CachingEmbedder cached =
        new CachingEmbedder(OnnxEmbedder.load(b.config.embedding().model()), b.cacheDir);
    b.log.printf(
        Locale.ROOT,
        "bench: synthetic index of %d passages (%d vectors cached)...%n",
        articles.size(),
        cached.cached());
    long p;
    try (PassageIndex idx =
        new PassageIndex(cfg.indexDir(), cached, chunker, rs.bm25K1(), rs.bm25B())) {
      long t0 = System.nanoTime();
      p = idx.rebuild(articles, b.progress());
      r.put(
          "index",
          Bench.indexing(
              articles.size(),
              p,
              (System.nanoTime() - t0) / 1e9,
              cfg.indexDir(),
              "chunk + write (HNSW graph, postings, stored fields, answer vectors); vectors of"
                  + " repeated texts from the cache"));
    }
    cached.save();
    r.put("passages", p);
    b.log.println("bench: synthetic latency");
    List<String> pool = new ArrayList<>(claims);
    Collections.reverse(pool); // other claims than the scifact part asked first
    try (TalksBot bot = TalksBot.open(cfg, IndexProgress.NONE)) {
      Latency.Summary floor = Comparisons.floor(b, bot, pool);
      Map<String, Object> latency = b.latencies(bot, pool);
      r.put("latency", latency);
      Map<String, Object> peer = null;
      if (b.peer && articles.size() <= peerMaxPassages) peer = Comparisons.peer(b, articles, pool);
      else if (b.peer)
        r.put("peer_skipped", "more than --peer-max-passages " + peerMaxPassages + " passages");
      r.put("compared", Comparisons.ratios(latency, floor, peer));
    }
    b.log.println("bench: synthetic peak RSS (child process)");
    r.put(
        "serving_memory",
        ServingMemory.measure(dir.resolve("data"), pool.subList(0, Math.min(100, pool.size()))));
    Bench.deleteTree(dir);
    b.results.put("synthetic", r);
  }

  static List<Article> articles(BenchData.SciFact sf, ParagraphChunker chunker, int passages) {
    List<Article> base = new ArrayList<>();
    for (Article a : sf.corpus()) {
      for (Passage p : chunker.chunk(a)) {
        base.add(
            new Article(
                a.id() + "-" + p.ordinal(),
                "synthetic",
                a.title(),
                null,
                List.of(),
                null,
                null,
                p.text()));
      }
    }
    List<Article> articles = new ArrayList<>(passages);
    for (int i = 0; articles.size() < passages; i++) {
      Article b = base.get(i % base.size());
      int copy = i / base.size();
      articles.add(
          new Article(
              "syn" + copy + "-" + b.id(),
              "synthetic",
              b.title(),
              null,
              List.of(),
              null,
              null,
              b.text()));
    }
    return articles;
  }
}
