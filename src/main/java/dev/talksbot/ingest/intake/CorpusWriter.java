package dev.talksbot.ingest.intake;

import dev.talksbot.index.IndexProgress;
import dev.talksbot.ingest.store.ArticleStore;
import dev.talksbot.ingest.store.StoredArticle;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Where ingested articles go: the article store first, then the index derived from it. The core
 * implements it; the ingestion stage only decides what to write and announces what arrived.
 */
public interface CorpusWriter {
  /** Stores, then indexes, the articles of a file or folder, reporting the indexing's progress. */
  IntakeResult.Added addFiles(Path path, IndexProgress progress) throws IOException;

  /** Stores, then indexes, one article (e.g. a fetched page). */
  IntakeResult.Added addArticle(StoredArticle article) throws IOException;

  /** Stores the corpus folder's files, then rebuilds the index from everything stored. */
  IntakeResult.Rebuilt rebuild(IndexProgress progress) throws IOException;

  /**
   * Indexes an article that is already in the store (another instance or process stored it),
   * without storing or announcing it again; false when the index had it unchanged.
   */
  boolean indexStored(StoredArticle article) throws IOException;

  ArticleStore articleStore();
}
