package dev.talksbot.ingest.intake;

import dev.talksbot.index.IndexProgress;
import dev.talksbot.ingest.Article;
import dev.talksbot.ingest.HtmlExtractor;
import dev.talksbot.ingest.NewsArticleParser;
import dev.talksbot.ingest.store.Arrival;
import dev.talksbot.ingest.store.StoredArticle;
import dev.talksbot.net.PageFetcher;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingestion in this process (the server, or a CLI command when no server runs): each article is
 * stored, then indexed; each one that is new or changed is announced — recorded as an arrival in
 * the article store and published to the listeners (the alerts). A rebuild announces nothing: it
 * brings no news.
 */
public final class LocalIntake implements Intake {
  private static final Logger log = LoggerFactory.getLogger(LocalIntake.class);

  private final CorpusWriter corpus;
  private final PageFetcher fetcher;
  private final Clock clock;
  private final IndexProgress progress;
  private final HtmlExtractor extractor = new HtmlExtractor(new NewsArticleParser());
  private final List<ArticleArrived.Listener> listeners = new CopyOnWriteArrayList<>();

  /**
   * @param fetcher fetches web pages (SSRF-safe); closed by its owner
   * @param progress indexing progress (a rebuild, a folder)
   */
  public LocalIntake(
      CorpusWriter corpus, PageFetcher fetcher, Clock clock, IndexProgress progress) {
    this.corpus = corpus;
    this.fetcher = fetcher;
    this.clock = clock;
    this.progress = progress;
  }

  CorpusWriter corpus() {
    return corpus;
  }

  /** Adds a listener for articles that arrive new or changed. */
  public void addListener(ArticleArrived.Listener l) {
    listeners.add(l);
  }

  @Override
  public IntakeResult submit(IntakeRequest request) throws IOException, InterruptedException {
    return switch (request) {
      case IntakeRequest.Files f -> files(f);
      case IntakeRequest.Page p -> page(p);
      case IntakeRequest.Reindex r -> corpus.rebuild(progress);
    };
  }

  private IntakeResult.Added files(IntakeRequest.Files f) throws IOException {
    if (!java.nio.file.Files.exists(f.path())) {
      throw new IntakeException("no such file or folder: " + f.path());
    }
    IntakeResult.Added r = corpus.addFiles(f.path(), progress);
    for (String id : r.added()) announce(id, "file:" + f.path().getFileName());
    return r;
  }

  private IntakeResult.Added page(IntakeRequest.Page p) throws IOException, InterruptedException {
    PageFetcher.Fetched f = fetcher.get(p.url());
    String ct = f.contentType() == null ? "" : f.contentType().toLowerCase(Locale.ROOT);
    if (!ct.isEmpty()
        && !ct.contains("html")
        && !ct.contains("text/plain")
        && !ct.contains("xml")) {
      throw new PageFetcher.FetchException("not a web page (Content-Type " + f.contentType() + ")");
    }
    String html = new String(f.body(), charset(ct));
    Article a;
    try {
      a = extractor.extract(p.url(), html, p.fallbackTitle(), p.fallbackDate());
    } catch (IllegalArgumentException e) {
      throw new PageFetcher.FetchException(e.getMessage());
    }
    // stored (raw page, URL, arrival) before it is indexed: a rebuild keeps it
    IntakeResult.Added r = corpus.addArticle(new StoredArticle(a, html, p.url(), clock.instant()));
    for (String id : r.added()) announce(id, p.via() + ":" + p.url());
    if (!r.added().isEmpty()) log.info("ingested {} as {}", p.url(), a.id());
    return r;
  }

  private void announce(String id, String via) {
    Instant now = clock.instant();
    long seq = corpus.articleStore().announce(id, via, now);
    ArticleArrived event = new ArticleArrived(new Arrival(seq, id, via, now));
    for (ArticleArrived.Listener l : listeners) {
      try {
        l.arrived(event);
      } catch (RuntimeException e) { // a listener's failure never undoes the ingest
        log.warn("arrival listener failed for {}: {}", id, e.toString());
      }
    }
  }

  private static Charset charset(String contentType) {
    int i = contentType.indexOf("charset=");
    if (i >= 0) {
      try {
        return Charset.forName(
            contentType.substring(i + 8).replace("\"", "").split(";")[0].strip());
      } catch (RuntimeException e) {
        return StandardCharsets.UTF_8;
      }
    }
    return StandardCharsets.UTF_8;
  }
}
