package dev.talksbot.core;

import dev.talksbot.index.IndexProgress;
import dev.talksbot.index.SearchIndex;
import dev.talksbot.ingest.Article;
import dev.talksbot.ingest.FileLoader;
import dev.talksbot.ingest.LoadResult;
import dev.talksbot.ingest.intake.CorpusWriter;
import dev.talksbot.ingest.intake.IntakeResult;
import dev.talksbot.ingest.store.ArticleStore;
import dev.talksbot.ingest.store.StoredArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The article store and the index derived from it: every article is written to the store before it
 * is indexed, and the index is rebuilt from the store (plus the corpus folder's files, stored
 * first), so nothing that came from a URL, a feed or the inbox is lost by a rebuild.
 */
final class StoredCorpus implements CorpusWriter {
  private static final Logger log = LoggerFactory.getLogger(StoredCorpus.class);

  private final ArticleStore store;
  private final SearchIndex index;
  private final FileLoader loader;
  private final Clock clock;
  private final Path corpusDir;

  /**
   * @param corpusDir the corpus folder a rebuild stores first
   */
  StoredCorpus(
      ArticleStore store, SearchIndex index, FileLoader loader, Clock clock, Path corpusDir) {
    this.corpusDir = corpusDir;
    this.store = store;
    this.index = index;
    this.loader = loader;
    this.clock = clock;
  }

  ArticleStore store() {
    return store;
  }

  @Override
  public ArticleStore articleStore() {
    return store;
  }

  @Override
  public boolean indexStored(StoredArticle article) throws IOException {
    return index.add(article.article()) != SearchIndex.AddOutcome.UNCHANGED;
  }

  @Override
  public IntakeResult.Added addFiles(Path path, IndexProgress progress) throws IOException {
    IngestReport r = add(path, progress);
    return new IntakeResult.Added(r.added(), r.unchanged(), r.skipped(), r.passages());
  }

  @Override
  public IntakeResult.Added addArticle(StoredArticle article) throws IOException {
    if (add(article) == SearchIndex.AddOutcome.UNCHANGED) {
      return new IntakeResult.Added(List.of(), List.of(article.id()), List.of(), 0);
    }
    return new IntakeResult.Added(
        List.of(article.id()), List.of(), List.of(), index.passagesOf(article.id()).size());
  }

  @Override
  public IntakeResult.Rebuilt rebuild(IndexProgress progress) throws IOException {
    IngestReport r = rebuild(corpusDir, progress);
    return new IntakeResult.Rebuilt(
        r.articles(), r.passages(), r.fromCorpus(), r.fromStore(), r.skipped());
  }

  /** Stores the corpus folder's articles, then rebuilds the index from everything stored. */
  IngestReport rebuild(Path corpusDir, IndexProgress progress) throws IOException {
    LoadResult loaded = new LoadResult(List.of(), List.of());
    if (Files.isDirectory(corpusDir)) {
      loaded = loader.load(corpusDir);
      loaded.skipped().forEach(s -> log.warn("{}", s));
    } else if (store.count() == 0) {
      throw new IOException("corpus folder " + corpusDir + " does not exist");
    } else {
      log.warn("corpus folder {} does not exist; rebuilding from the article store", corpusDir);
    }
    for (Article a : loaded.articles()) store.put(stored(a, loaded.raw()));
    List<StoredArticle> all = store.all();
    long passages = index.rebuild(all.stream().map(StoredArticle::article).toList(), progress);
    Set<String> fromFolder =
        loaded.articles().stream().map(Article::id).collect(Collectors.toSet());
    int fromStore = (int) all.stream().filter(s -> !fromFolder.contains(s.id())).count();
    log.info(
        "rebuilt the index from {} articles: {} from the corpus folder {}, {} from the article"
            + " store",
        all.size(),
        fromFolder.size(),
        corpusDir,
        fromStore);
    return new IngestReport(
        all.size(),
        passages,
        loaded.skipped(),
        all.stream().map(StoredArticle::id).toList(),
        List.of(),
        fromFolder.size(),
        fromStore);
  }

  /** Stores, then indexes, the articles in a file or folder. */
  IngestReport add(Path path, IndexProgress progress) throws IOException {
    LoadResult loaded = loader.load(path);
    loaded.skipped().forEach(s -> log.warn("{}", s));
    List<String> added = new ArrayList<>();
    List<String> unchanged = new ArrayList<>();
    long passages = 0;
    for (Article a : loaded.articles()) store.put(stored(a, loaded.raw()));
    // one write for the whole folder: one commit, embedded on every core
    List<SearchIndex.AddOutcome> outcomes = index.addAll(loaded.articles(), progress);
    for (int i = 0; i < outcomes.size(); i++) {
      Article a = loaded.articles().get(i);
      if (outcomes.get(i) == SearchIndex.AddOutcome.UNCHANGED) {
        unchanged.add(a.id());
      } else if (!added.contains(a.id())) {
        added.add(a.id());
        passages += index.passagesOf(a.id()).size();
      }
    }
    return new IngestReport(added.size(), passages, loaded.skipped(), added, unchanged, 0, 0);
  }

  /** Stores one article, then adds it to the index. */
  SearchIndex.AddOutcome add(StoredArticle article) throws IOException {
    store.put(article);
    return index.add(article.article());
  }

  /**
   * Fills an empty store from an index built before the store existed (upgrade), so the next
   * rebuild keeps those articles. Their raw text is unknown; their cleaned text stands in for it.
   */
  void seedFromIndex() {
    if (store.count() > 0) return;
    Map<String, Article> indexed;
    try {
      indexed = index.articles();
    } catch (IOException | RuntimeException e) {
      return; // no index (or an unreadable one): nothing to keep
    }
    for (Article a : indexed.values()) {
      String origin = a.url() != null ? a.url() : a.source();
      store.put(new StoredArticle(a, a.text(), origin, clock.instant()));
    }
    if (!indexed.isEmpty()) {
      log.info(
          "article store was empty: kept the {} articles of the existing index", indexed.size());
    }
  }

  private StoredArticle stored(Article a, Map<String, LoadResult.RawFile> raw) {
    LoadResult.RawFile f = raw.get(a.id());
    return f == null
        ? new StoredArticle(a, a.text(), a.source(), clock.instant())
        : new StoredArticle(a, f.text(), f.file().toAbsolutePath().toString(), clock.instant());
  }
}
