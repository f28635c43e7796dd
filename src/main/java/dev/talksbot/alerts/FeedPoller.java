package dev.talksbot.alerts;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import dev.talksbot.alerts.store.AlertStore;
import dev.talksbot.alerts.store.AlertStore.FeedState;
import dev.talksbot.ingest.intake.Intake;
import dev.talksbot.ingest.intake.IntakeRequest;
import dev.talksbot.net.PageFetcher;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls RSS/Atom feeds (Rome) with conditional GET (ETag / Last-Modified kept in the store). Each
 * new item's page is fetched and ingested like {@code /ingest <url>}. A broken feed or page is
 * logged with the reason and tried again later (a feed at its next poll; a page with backoff, up to
 * {@link #PAGE_ATTEMPTS} times); it never stops the other feeds or items.
 */
public final class FeedPoller {
  private static final Logger log = LoggerFactory.getLogger(FeedPoller.class);
  static final int PAGE_ATTEMPTS = 5;
  static final long PAGE_RETRY_SECONDS = 300;

  private final List<String> feeds;
  private final PageFetcher fetcher;
  private final Intake intake;
  private final AlertStore store;
  private final Clock clock;

  // ops hook (issue 12): ingest failures for /metrics
  private volatile dev.talksbot.ops.Metrics metrics = dev.talksbot.ops.Metrics.NONE;

  public void metrics(dev.talksbot.ops.Metrics m) {
    metrics = m;
  }

  public FeedPoller(
      List<String> feeds, PageFetcher fetcher, Intake intake, AlertStore store, Clock clock) {
    this.feeds = feeds;
    this.fetcher = fetcher;
    this.intake = intake;
    this.store = store;
    this.clock = clock;
  }

  /** Outcome of one poll of all feeds. */
  public record Poll(int feedsOk, int feedsFailed, int itemsIngested, int itemsFailed) {}

  public Poll pollAll() throws InterruptedException {
    int ok = 0;
    int bad = 0;
    int[] items = new int[2];
    for (String url : feeds) {
      try {
        pollFeed(url, items);
        ok++;
      } catch (InterruptedException e) {
        throw e;
      } catch (Exception e) {
        bad++;
        metrics.ingestFailure("feed", e); // ops hook
        log.warn("feed {}: {}; will try again at the next poll", url, reason(e));
      }
    }
    for (AlertStore.FeedItem it : store.feedItemsDue(clock.instant())) {
      page(it.url(), it.feedUrl(), it.attempts(), null, null, items);
    }
    return new Poll(ok, bad, items[0], items[1]);
  }

  private void pollFeed(String url, int[] items) throws Exception {
    FeedState st = store.feedState(url).orElse(new FeedState(url, null, null));
    PageFetcher.Fetched f = fetcher.get(url, st.etag(), st.lastModified());
    if (f.status() == 304) {
      log.debug("feed {}: not modified", url);
      return;
    }
    SyndFeed feed;
    try (XmlReader reader = new XmlReader(new ByteArrayInputStream(f.body()))) {
      SyndFeedInput in = new SyndFeedInput();
      in.setAllowDoctypes(false);
      feed = in.build(reader);
    } catch (Exception e) {
      throw new IllegalStateException("not a valid RSS/Atom feed (" + reason(e) + ")");
    }
    int fresh = 0;
    for (SyndEntry e : feed.getEntries()) {
      String link = e.getLink() != null ? e.getLink().strip() : e.getUri();
      if (link == null || !(link.startsWith("http://") || link.startsWith("https://"))) continue;
      if (!store.claimFeedItem(link, url, clock.instant()))
        continue; // seen before (duplicate items too)
      fresh++;
      LocalDate date =
          e.getPublishedDate() == null
              ? null
              : e.getPublishedDate().toInstant().atZone(ZoneOffset.UTC).toLocalDate();
      page(link, url, 0, e.getTitle(), date, items);
    }
    store.saveFeedState(new FeedState(url, f.etag(), f.lastModified()));
    log.info("feed {}: {} items, {} new", url, feed.getEntries().size(), fresh);
  }

  private void page(
      String link, String feedUrl, int attempts, String title, LocalDate date, int[] items)
      throws InterruptedException {
    try {
      intake.submit(new IntakeRequest.Page(link, title, date, "feed"));
      store.feedItemDone(link);
      items[0]++;
    } catch (InterruptedException e) {
      throw e;
    } catch (Exception e) {
      int n = attempts + 1;
      // a refused address stays refused: no retries
      boolean giveUp = n >= PAGE_ATTEMPTS || e instanceof PageFetcher.AddressNotAllowed;
      Instant next = clock.instant().plusSeconds(PAGE_RETRY_SECONDS << Math.min(n - 1, 6));
      store.feedItemFailed(link, n, next, reason(e), giveUp);
      items[1]++;
      metrics.ingestFailure("feed_item", e); // ops hook
      log.warn(
          "feed {}: item {}: {}; {}",
          feedUrl,
          link,
          reason(e),
          giveUp
              ? "given up after " + n + " attempts"
              : "will try again (attempt " + n + " of " + PAGE_ATTEMPTS + ")");
    }
  }

  static String reason(Throwable e) {
    String m = e.getMessage();
    if (m == null) return e.getClass().getSimpleName();
    m = m.replaceAll("\\s+", " ").strip();
    return m.length() > 300 ? m.substring(0, 300) + "…" : m;
  }
}
