package dev.talksbot.alerts;

import dev.talksbot.alerts.store.AlertStore;
import dev.talksbot.core.TalksBot;
import dev.talksbot.index.PassageIndex;
import dev.talksbot.ingest.Article;
import dev.talksbot.ingest.HtmlExtractor;
import dev.talksbot.ingest.NewsArticleParser;
import dev.talksbot.ingest.SkippedFile;
import dev.talksbot.ingest.store.StoredArticle;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds new coverage to the index and records a new-article event for each article that is new or
 * changed, in the alerts store. The event is the cross-process path: whichever process adds the
 * article (the server, or {@code ./talksbot ingest} next to it), the serving process's {@link
 * AlertEngine} picks the event up within {@code alerts.pollMillis}; with no server running the
 * events wait for the next start.
 */
public final class Ingestor {
  private static final Logger log = LoggerFactory.getLogger(Ingestor.class);

  private final TalksBot bot;
  private final AlertStore store;
  private final PageFetcher fetcher;
  private final HtmlExtractor extractor = new HtmlExtractor(new NewsArticleParser());
  private final Clock clock;

  public Ingestor(TalksBot bot, AlertStore store, PageFetcher fetcher, Clock clock) {
    this.bot = bot;
    this.store = store;
    this.fetcher = fetcher;
    this.clock = clock;
  }

  // ops hook (issue 12): ingest failures for /metrics
  private volatile dev.talksbot.ops.Metrics metrics = dev.talksbot.ops.Metrics.NONE;

  public void metrics(dev.talksbot.ops.Metrics m) {
    metrics = m;
  }

  /** Counts an article from {@code source} (inbox, feed, feed_item) that could not be ingested. */
  void failed(String source, Throwable error) {
    metrics.ingestFailure(source, error);
  }

  /** What one ingest did. */
  public record Result(
      List<String> added, List<String> unchanged, List<SkippedFile> skipped, long passages) {}

  /** A file or a folder of article files. */
  public Result ingestPath(Path path) throws IOException {
    TalksBot.IngestReport r = bot.add(path);
    for (String id : r.added()) store.addEvent(id, "file:" + path.getFileName(), clock.instant());
    return new Result(r.added(), r.unchanged(), r.skipped(), r.passages());
  }

  /** A web page: fetched (timeout, size cap), main text extracted, cleaned like files. */
  public Result ingestUrl(String url) throws IOException, InterruptedException {
    return ingestUrl(url, null, null, "url");
  }

  public Result ingestUrl(String url, String fallbackTitle, LocalDate fallbackDate, String origin)
      throws IOException, InterruptedException {
    PageFetcher.Fetched f = fetcher.get(url);
    String ct = f.contentType() == null ? "" : f.contentType().toLowerCase(java.util.Locale.ROOT);
    if (!ct.isEmpty()
        && !ct.contains("html")
        && !ct.contains("text/plain")
        && !ct.contains("xml")) {
      throw new PageFetcher.FetchException("not a web page (Content-Type " + f.contentType() + ")");
    }
    String html = new String(f.body(), charset(ct));
    Article a;
    try {
      a = extractor.extract(url, html, fallbackTitle, fallbackDate);
    } catch (IllegalArgumentException e) {
      throw new PageFetcher.FetchException(e.getMessage());
    }
    // stored (raw page, URL, arrival) before it is indexed: a rebuild keeps it
    PassageIndex.AddOutcome o = bot.add(new StoredArticle(a, html, url, clock.instant()));
    if (o == PassageIndex.AddOutcome.UNCHANGED)
      return new Result(List.of(), List.of(a.id()), List.of(), 0);
    store.addEvent(a.id(), origin + ":" + url, clock.instant());
    log.info("ingested {} as {} ({})", url, a.id(), o);
    return new Result(List.of(a.id()), List.of(), List.of(), bot.index().passagesOf(a.id()).size());
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
