package dev.talksbot.index;

import dev.talksbot.ingest.Article;
import dev.talksbot.ingest.Chunker;
import dev.talksbot.ingest.Passage;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.codecs.lucene104.Lucene104HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;

/**
 * Writing the index: one {@link IndexWriter} per write (so another process can keep reading), taken
 * with a bounded wait for another writer's lock. An article becomes its passages (text, vector) and
 * one article document, plus the stored-vector rows its sentences and words still lack.
 */
final class PassageWriter {
  /** How long a write waits for another writer's lock before it gives up with a clear message. */
  static final Duration WRITE_LOCK_WAIT = Duration.ofSeconds(60);

  /** Longest pause between two attempts to take the write lock. */
  static final long LOCK_RETRY_MAX_MILLIS = 1000;

  /** First pause between two attempts to take the write lock (doubled each time). */
  static final long LOCK_RETRY_FIRST_MILLIS = 50;

  /** Indexing buffer before a flush to disk. */
  static final double RAM_BUFFER_MB = 128;

  private final Directory directory;
  private final Embedder model;
  private final Chunker chunker;
  private final BM25Similarity similarity;
  private final Analyzer analyzer;
  private volatile Duration writeLockWait = WRITE_LOCK_WAIT;
  private volatile boolean storeAnswerVectors = true;

  PassageWriter(
      Directory directory,
      Embedder model,
      Chunker chunker,
      BM25Similarity similarity,
      Analyzer analyzer) {
    this.directory = directory;
    this.model = model;
    this.chunker = chunker;
    this.similarity = similarity;
    this.analyzer = analyzer;
  }

  void storeAnswerVectors(boolean store) {
    storeAnswerVectors = store;
  }

  void writeLockWait(Duration d) {
    writeLockWait = d;
  }

  /**
   * A writer, waiting (bounded) while another process or thread holds the write lock: two ingests
   * at once take turns instead of failing.
   */
  IndexWriter open(IndexWriterConfig.OpenMode mode) throws IOException {
    long deadline = System.nanoTime() + writeLockWait.toNanos();
    long pause = LOCK_RETRY_FIRST_MILLIS;
    while (true) {
      try {
        return new IndexWriter(directory, config(mode));
      } catch (LockObtainFailedException e) {
        if (System.nanoTime() >= deadline) throw new IndexBusyException(writeLockWait);
        try {
          Thread.sleep(pause);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw new InterruptedIOException("interrupted while waiting for the write lock");
        }
        pause = Math.min(LOCK_RETRY_MAX_MILLIS, pause * 2);
      }
    }
  }

  private IndexWriterConfig config(IndexWriterConfig.OpenMode mode) {
    IndexWriterConfig cfg =
        new IndexWriterConfig(
            new PerFieldAnalyzerWrapper(
                analyzer, Map.of(IndexSchema.SPELL, PassageDocuments.SPELL_ANALYZER)));
    cfg.setSimilarity(similarity);
    cfg.setOpenMode(mode);
    cfg.setRAMBufferSizeMB(RAM_BUFFER_MB);
    // every write commits explicitly when it is whole; a write that fails part-way (a model
    // error on the tenth article of an ingest) closes without committing, losing nothing indexed
    cfg.setCommitOnClose(false);
    cfg.setCodec(CODEC);
    // one file per part, never a compound file: the reader maps some parts and not others
    // (IndexDirectory), which it tells apart by extension
    cfg.setUseCompoundFile(false);
    TieredMergePolicy merges = new TieredMergePolicy();
    merges.setNoCFSRatio(0.0);
    cfg.setMergePolicy(merges);
    return cfg;
  }

  /**
   * The passage vectors go into a scalar-quantized HNSW graph (8 bits per dimension by default:
   * about a quarter of the memory of a float graph); the full-precision vectors stay in the index
   * for re-scoring the top candidates.
   */
  private static final Lucene104Codec CODEC =
      new Lucene104Codec() {
        private final KnnVectorsFormat quantized = new Lucene104HnswScalarQuantizedVectorsFormat();

        @Override
        public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
          return IndexSchema.VECTOR.equals(field)
              ? quantized
              : super.getKnnVectorsFormatForField(field);
        }
      };

  Map<String, String> commitData() {
    Map<String, String> m = new HashMap<>();
    m.put(IndexSchema.META_EMBEDDING_MODEL, model.name());
    m.put(IndexSchema.META_SCHEMA_VERSION, IndexSchema.SCHEMA_VERSION);
    return m;
  }

  /** What one write knows of the stored-vector table: keys already there or written by it. */
  static final class VectorRows {
    private final Set<BytesRef> written = new HashSet<>();
    private final Map<String, Boolean> contentWords = new HashMap<>();
    private final StoredLookup stored;

    /** Looks keys up in the committed index (none during a rebuild, which starts empty). */
    @FunctionalInterface
    interface StoredLookup {
      Map<Integer, float[]> find(List<BytesRef> keys) throws IOException;
    }

    VectorRows(StoredLookup stored) {
      this.stored = stored;
    }
  }

  /**
   * One article made ready to embed and write: its passages, the texts to embed (each passage, then
   * the stored-vector rows this article is the first to need) and those rows' keys.
   */
  record Prepared(
      Article article,
      long seq,
      List<Passage> passages,
      List<String> toEmbed,
      List<BytesRef> keys) {
    Prepared {
      java.util.Objects.requireNonNull(article, "article");
      passages = List.copyOf(passages);
      toEmbed = List.copyOf(toEmbed);
      keys = List.copyOf(keys);
      if (toEmbed.size() != passages.size() + keys.size())
        throw new IllegalArgumentException(
            "texts to embed (" + toEmbed.size() + ") are not passages plus new rows");
    }
  }

  /**
   * A prepared article's documents: its passages and article document (added as one block), and its
   * new stored-vector rows.
   */
  record Built(int passages, List<Document> block, List<Document> rows) {
    Built {
      block = List.copyOf(block);
      rows = List.copyOf(rows);
    }
  }

  /**
   * Chunks an article and picks the texts it must embed. The new rows are claimed here, in article
   * order, so articles embedded side by side never embed or write one row twice.
   */
  Prepared prepare(Article a, long seq, VectorRows rows) throws IOException {
    List<Passage> passages = chunker.chunk(a);
    Set<String> rowTexts = new LinkedHashSet<>();
    if (storeAnswerVectors)
      for (Passage p : passages) rowTexts.addAll(StoredVectors.textsOf(p, rows.contentWords));
    List<String> newTexts = new ArrayList<>();
    List<BytesRef> newKeys = new ArrayList<>();
    List<BytesRef> candidates = new ArrayList<>();
    List<String> candidateTexts = new ArrayList<>();
    for (String t : rowTexts) {
      BytesRef k = PassageDocuments.vectorKey(t);
      if (rows.written.contains(k)) continue;
      candidates.add(k);
      candidateTexts.add(t);
    }
    Map<Integer, float[]> already = rows.stored.find(candidates);
    for (int i = 0; i < candidates.size(); i++) {
      if (already.containsKey(i)) continue;
      newKeys.add(candidates.get(i));
      newTexts.add(candidateTexts.get(i));
      rows.written.add(candidates.get(i));
    }
    List<String> toEmbed = new ArrayList<>(passages.size() + newTexts.size());
    for (Passage p : passages) toEmbed.add(PassageFields.embeddedText(a, p));
    toEmbed.addAll(newTexts);
    return new Prepared(a, seq, passages, toEmbed, newKeys);
  }

  /**
   * Embeds a prepared article's texts and makes its documents (spotting its sentences' values): the
   * costly part of writing, safe on any thread (the model is shared, the taggers are per thread).
   */
  Built build(Prepared p) {
    List<float[]> vectors = model.embedPassages(p.toEmbed());
    if (vectors.size() != p.toEmbed().size())
      throw new IllegalStateException(
          "the model returned " + vectors.size() + " vectors for " + p.toEmbed().size() + " texts");
    List<Passage> passages = p.passages();
    List<Document> block = new ArrayList<>(passages.size() + 1);
    for (int i = 0; i < passages.size(); i++)
      block.add(
          PassageDocuments.passageDoc(
              p.article(), passages.get(i), vectors.get(i), storeAnswerVectors));
    block.add(PassageDocuments.articleDoc(p.article(), p.seq()));
    List<Document> rows = new ArrayList<>(p.keys().size());
    for (int j = 0; j < p.keys().size(); j++)
      rows.add(PassageDocuments.vectorRow(p.keys().get(j), vectors.get(passages.size() + j)));
    return new Built(passages.size(), block, rows);
  }

  /** Adds a built article's documents; returns its passage count. */
  int write(IndexWriter w, Built b) throws IOException {
    w.addDocuments(b.block());
    for (Document row : b.rows()) w.addDocument(row);
    return b.passages();
  }
}
