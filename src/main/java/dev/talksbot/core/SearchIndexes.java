package dev.talksbot.core;

import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.index.Embedder;
import dev.talksbot.index.PassageIndex;
import dev.talksbot.index.SearchIndex;
import dev.talksbot.index.opensearch.OpenSearchIndex;
import dev.talksbot.ingest.ParagraphChunker;
import java.io.IOException;
import java.util.Map;

/** Opens the passage index the configuration names ({@code retrieval.backend}). */
public final class SearchIndexes {
  private SearchIndexes() {}

  /**
   * Lucene in the data dir, or the OpenSearch cluster (credentials from the variables {@code env}
   * holds), with the configured chunking, BM25 parameters and the product's title boost.
   */
  public static SearchIndex open(TalksbotConfig config, Embedder embedder, Map<String, String> env)
      throws IOException {
    var c = config.chunking();
    var r = config.retrieval();
    var chunker = new ParagraphChunker(c.targetChars(), c.maxChars());
    if (r.openSearch())
      return OpenSearchIndex.open(
          r.opensearch(),
          r.opensearch().credentials(env),
          embedder,
          chunker,
          r.bm25K1(),
          r.bm25B(),
          PassageIndex.TITLE_BOOST);
    return new PassageIndex(
        config.indexDir(), embedder, chunker, r.bm25K1(), r.bm25B(), PassageIndex.TITLE_BOOST);
  }
}
