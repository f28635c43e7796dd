package dev.talksbot.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.util.BytesRef;

/**
 * The embedder the answerer gets from {@link PassageIndex#embedder()}: passage vectors of texts the
 * index stored (sentences and their words, see {@link StoredVectors}) come from the index; only
 * other texts reach the model. Query vectors are cached (bounded), so the one model call of a
 * question is made once for retrieval and answerer, and not again for a repeated question.
 */
final class StoredVectorEmbedder extends AnswerVectorEmbedder {
  private final PassageSearcher searcher;

  StoredVectorEmbedder(Embedder model, PassageSearcher searcher) {
    super(model);
    this.searcher = searcher;
  }

  @Override
  protected Map<Integer, float[]> stored(List<String> texts) {
    List<BytesRef> keys = texts.stream().map(PassageDocuments::vectorKey).toList();
    try {
      return searcher.withSearcher(s -> ownModel(s) ? StoredVectors.lookup(s, keys) : Map.of());
    } catch (PassageSearcher.NoIndexException e) {
      return Map.of(); // nothing stored yet: the model computes them
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private record Checked(Object readerKey, boolean own) {}

  private volatile Checked checked;

  /**
   * Whether the searcher's index was written with this model and schema: while a rebuild for a new
   * model runs, the old commit's vectors are another model's and must not be served.
   */
  private boolean ownModel(org.apache.lucene.search.IndexSearcher s) throws IOException {
    Object key = ArticleCatalog.readerKey(s.getIndexReader());
    Checked c = checked;
    if (c != null && c.readerKey() == key) return c.own();
    boolean own = false;
    if (s.getIndexReader() instanceof org.apache.lucene.index.DirectoryReader r) {
      Map<String, String> meta = r.getIndexCommit().getUserData();
      own =
          model().name().equals(meta.get(IndexSchema.META_EMBEDDING_MODEL))
              && IndexSchema.SCHEMA_VERSION.equals(meta.get(IndexSchema.META_SCHEMA_VERSION));
    }
    checked = new Checked(key, own);
    return own;
  }
}
