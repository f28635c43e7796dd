package dev.talksbot.bench;

import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.core.TalksBot;
import dev.talksbot.eval.BenchData;
import dev.talksbot.eval.CachingEmbedder;
import dev.talksbot.index.Embedder;
import dev.talksbot.index.IndexProgress;
import dev.talksbot.index.OnnxEmbedder;
import dev.talksbot.index.PassageIndex;
import dev.talksbot.ingest.ParagraphChunker;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * SciFact: indexing throughput with fresh embeddings, then the full corpus served (vectors from the
 * evaluation cache where present) and asked its claims, beside floor and peer.
 */
final class SciFactPart {
  private SciFactPart() {}

  static void run(Bench b, BenchData.SciFact sf, List<String> claims, int indexArticles, Path dir)
      throws Exception {
    Map<String, Object> r = new LinkedHashMap<>();
    var c = b.config.chunking();
    var rs = b.config.retrieval();
    ParagraphChunker chunker = new ParagraphChunker(c.targetChars(), c.maxChars());
    // 1) indexing throughput, embedding included: a fresh embedder, no vector cache
    int n = indexArticles <= 0 ? sf.corpus().size() : Math.min(indexArticles, sf.corpus().size());
    b.log.printf(Locale.ROOT, "bench: scifact indexing %d articles with fresh embeddings...%n", n);
    Path fresh = dir.resolve("fresh");
    Embedder model = OnnxEmbedder.load(b.config.embedding().model());
    try (PassageIndex idx = new PassageIndex(fresh, model, chunker, rs.bm25K1(), rs.bm25B())) {
      long t0 = System.nanoTime();
      long p = idx.rebuild(sf.corpus().subList(0, n), b.progress());
      r.put(
          "index_fresh",
          Bench.indexing(
              n,
              p,
              (System.nanoTime() - t0) / 1e9,
              fresh,
              "chunk + embed passages, sentences and words + write, no cache"));
    }
    Bench.deleteTree(fresh);
    // 2) the full corpus for serving (vectors from the evaluation cache when present)
    TalksbotConfig cfg = b.config.withDataDir(dir.resolve("data"));
    CachingEmbedder cached =
        new CachingEmbedder(OnnxEmbedder.load(b.config.embedding().model()), b.cacheDir);
    b.log.printf(
        Locale.ROOT, "bench: scifact full index (%d vectors cached)...%n", cached.cached());
    try (PassageIndex idx =
        new PassageIndex(cfg.indexDir(), cached, chunker, rs.bm25K1(), rs.bm25B())) {
      long t0 = System.nanoTime();
      long p = idx.rebuild(sf.corpus(), b.progress());
      r.put(
          "index_full",
          Bench.indexing(
              sf.corpus().size(),
              p,
              (System.nanoTime() - t0) / 1e9,
              cfg.indexDir(),
              "chunk + write; vectors from the eval cache where present"));
    }
    cached.save();
    b.log.println("bench: scifact latency");
    try (TalksBot bot = TalksBot.open(cfg, IndexProgress.NONE)) {
      Latency.Summary floor = Comparisons.floor(b, bot, claims);
      Map<String, Object> latency = b.latencies(bot, claims);
      r.put("latency", latency);
      Map<String, Object> peer = b.peer ? Comparisons.peer(b, sf.corpus(), claims) : null;
      r.put("compared", Comparisons.ratios(latency, floor, peer));
    }
    Bench.deleteTree(dir);
    b.results.put("scifact", r);
  }
}
