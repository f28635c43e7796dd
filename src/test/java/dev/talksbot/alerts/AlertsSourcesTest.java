package dev.talksbot.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.talksbot.MutableClock;
import dev.talksbot.TestCorpus;
import dev.talksbot.alerts.store.AlertStore;
import dev.talksbot.alerts.store.SqliteAlertStore;
import dev.talksbot.core.TalksBot;
import dev.talksbot.ingest.Article;
import dev.talksbot.ingest.intake.InboxWatcher;
import dev.talksbot.ingest.intake.LocalIntake;
import dev.talksbot.ingest.intake.TestIntakes;
import dev.talksbot.net.PageFetcher;
import dev.talksbot.net.SafeAddresses;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * New coverage from feeds and the inbox, with broken input: malformed XML, an HTML error page
 * instead of a feed, 404, a slow server, a huge page, and bad files. Each gets a clear log line and
 * its reason recorded; the good feeds, items and files still go in.
 */
class AlertsSourcesTest {
  static HttpServer web;
  static TalksBot bot;
  static AlertStore store;
  static MutableClock clock = new MutableClock(Instant.parse("2025-08-15T12:00:00Z"));
  static PageFetcher fetcher;
  static LocalIntake ingestor;
  static final AtomicInteger notModified = new AtomicInteger();
  static ListAppender<ILoggingEvent> logs = new ListAppender<>();

  static String base() {
    return "http://127.0.0.1:" + web.getAddress().getPort();
  }

  static String page(String site, String date, String title, Path article) throws IOException {
    String body =
        Files.readString(article)
            .lines()
            .skip(3)
            .filter(l -> !l.isBlank())
            .filter(
                l ->
                    !l.startsWith("Related")
                        && !l.startsWith("Drone strikes")
                        && !l.startsWith("Copyright"))
            .map(l -> "<p>" + l.replace("&", "&amp;").replace("<", "&lt;") + "</p>")
            .collect(Collectors.joining("\n"));
    return "<!doctype html><html><head><title>"
        + title
        + " | "
        + site
        + "</title>"
        + "<meta property=\"og:site_name\" content=\""
        + site
        + "\">"
        + "<meta property=\"og:title\" content=\""
        + title
        + "\">"
        + "<meta property=\"article:published_time\" content=\""
        + date
        + "T09:30:00Z\">"
        + "<script>var tracking = 'do not index me';</script></head><body>"
        + "<header><nav><a href=/>Home</a> <a href=/world>World</a> <a href=/sport>Sport</a></nav></header>"
        + "<article><h1>"
        + title
        + "</h1>"
        + body
        + "<p>Share this article</p></article>"
        + "<aside><h3>Most read</h3><ul><li>Celebrity chef opens new restaurant in Ankara</li></ul></aside>"
        + "<footer>© 2025 "
        + site
        + ". All rights reserved.</footer></body></html>";
  }

  static void serve(String path, int status, String type, String body) {
    web.createContext(path, ex -> reply(ex, status, type, body));
  }

  static void reply(HttpExchange ex, int status, String type, String body) throws IOException {
    try (ex) {
      byte[] b = body.getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().set("Content-Type", type);
      ex.sendResponseHeaders(status, b.length == 0 ? -1 : b.length);
      if (b.length > 0) ex.getResponseBody().write(b);
    }
  }

  @BeforeAll
  static void setUp() throws Exception {
    Logger alertsLog = (Logger) LoggerFactory.getLogger("dev.talksbot");
    logs.start();
    alertsLog.addAppender(logs);
    web = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
    web.setExecutor(Executors.newCachedThreadPool());
    Path dir = Path.of("src/test/resources/alerts");
    serve(
        "/page/exchange.html",
        200,
        "text/html; charset=utf-8",
        page(
            "Bosphorus Daily",
            "2025-08-14",
            "Russia and Ukraine swap 1,200 prisoners",
            dir.resolve("exchange-bosphorus.txt")));
    serve(
        "/page/grain.html",
        200,
        "text/html",
        page(
            "Aegean Maritime Review",
            "2025-08-20",
            "Insurers raise war-risk premiums for Black Sea grain ships",
            dir.resolve("grain-corridor.txt")));
    serve(
        "/page/huge.html",
        200,
        "text/html",
        "<html><body><article>" + "<p>padding text here</p>".repeat(200_000));
    String rss =
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Bosphorus Daily: World</title><link>%1$s/</link><description>d</description>
        <item><title>Russia and Ukraine swap 1,200 prisoners</title><link>%1$s/page/exchange.html</link>
          <pubDate>Thu, 14 Aug 2025 09:30:00 GMT</pubDate></item>
        <item><title>Same story, listed twice</title><link>%1$s/page/exchange.html</link></item>
        <item><title>Gone</title><link>%1$s/page/missing.html</link></item>
        <item><title>Enormous</title><link>%1$s/page/huge.html</link></item>
        </channel></rss>""";
    web.createContext(
        "/feeds/good.xml",
        ex -> {
          if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
            notModified.incrementAndGet();
            reply(ex, 304, "application/rss+xml", "");
            return;
          }
          ex.getResponseHeaders().set("ETag", "\"v1\"");
          reply(ex, 200, "application/rss+xml", String.format(rss, base()));
        });
    web.createContext(
        "/feeds/atom.xml",
        ex ->
            reply(
                ex,
                200,
                "application/atom+xml",
                String.format(
                    """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Aegean Maritime Review</title><id>urn:x</id>
        <updated>2025-08-20T10:00:00Z</updated>
        <entry><title>Insurers raise premiums</title><id>urn:1</id><updated>2025-08-20T10:00:00Z</updated>
        <link href="%s/page/grain.html"/></entry></feed>""",
                    base())));
    serve(
        "/feeds/malformed.xml",
        200,
        "application/rss+xml",
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>x</title><item><title>broken");
    serve(
        "/feeds/error.xml",
        200,
        "text/html",
        "<html><head><title>503 Service Unavailable</title></head><body><h1>Service Unavailable</h1></body></html>");
    serve("/feeds/gone.xml", 404, "text/html", "<html><body>Not Found</body></html>");
    web.createContext(
        "/feeds/slow.xml",
        ex -> {
          try {
            Thread.sleep(3000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          reply(ex, 200, "application/rss+xml", "<rss/>");
        });
    web.start();
    bot = TestCorpus.freshBot(TestCorpus.corpusDir());
    store = SqliteAlertStore.openIn(dev.talksbot.TempDirs.create("talksbot-alerts-sources"));
    // the test server is on loopback, which only the allow-list opens
    fetcher =
        new PageFetcher(
            Duration.ofSeconds(1), 1024 * 1024, SafeAddresses.allowing(List.of("127.0.0.1")));
    ingestor = TestIntakes.local(bot, fetcher, clock);
  }

  @AfterAll
  static void tearDown() throws Exception {
    ((Logger) LoggerFactory.getLogger("dev.talksbot")).detachAppender(logs);
    web.stop(0);
    fetcher.close();
    store.close();
    bot.close();
  }

  static String log() {
    return logs.list.stream()
        .map(ILoggingEvent::getFormattedMessage)
        .collect(Collectors.joining("\n"));
  }

  @Test
  void brokenFeedsAndPagesAreLoggedAndTheRestGoesIn() throws Exception {
    List<String> feeds =
        List.of("malformed.xml", "good.xml", "error.xml", "gone.xml", "slow.xml", "atom.xml")
            .stream()
            .map(f -> base() + "/feeds/" + f)
            .toList();
    FeedPoller poller = new FeedPoller(feeds, fetcher, ingestor, store, clock);
    FeedPoller.Poll p = poller.pollAll();
    assertThat(p).isEqualTo(new FeedPoller.Poll(2, 4, 2, 2));
    String log = log();
    assertThat(log)
        .contains("feed " + base() + "/feeds/malformed.xml: not a valid RSS/Atom feed")
        .contains("feed " + base() + "/feeds/error.xml: not a valid RSS/Atom feed")
        .contains("feed " + base() + "/feeds/gone.xml: HTTP 404")
        .contains("feed " + base() + "/feeds/slow.xml: no answer within 1 s")
        .contains("item " + base() + "/page/missing.html: HTTP 404; will try again")
        .contains("item " + base() + "/page/huge.html: too large");

    Article a =
        bot.sources().stream()
            .filter(x -> (base() + "/page/exchange.html").equals(x.url()))
            .findFirst()
            .orElseThrow();
    assertThat(a.outlet()).isEqualTo("Bosphorus Daily");
    assertThat(a.title()).isEqualTo("Russia and Ukraine swap 1,200 prisoners");
    assertThat(a.date()).hasToString("2025-08-14");
    assertThat(a.text())
        .contains("exchanged 1,200 prisoners of war")
        .doesNotContain("Share this article")
        .doesNotContain("Most read")
        .doesNotContain("All rights reserved")
        .doesNotContain("tracking")
        .doesNotContain("Home World Sport");
    assertThat(bot.articleStore().arrivalsAfter(0, 10))
        .hasSize(2); // exchange and grain: the duplicate item is one

    // the next poll: conditional GET gets 304; failed pages wait for their retry time
    FeedPoller.Poll again = poller.pollAll();
    assertThat(notModified.get()).isEqualTo(1);
    assertThat(again.itemsIngested()).isZero();
    assertThat(again.itemsFailed()).isZero();
    clock.advance(Duration.ofMinutes(6));
    assertThat(poller.pollAll().itemsFailed()).isEqualTo(2); // retried, still broken
    assertThat(log()).contains("will try again (attempt 2 of 5)");
    assertThat(bot.articleStore().arrivalsAfter(0, 10)).hasSize(2);
  }

  @Test
  void badFilesInTheInboxGoToFailedWithTheirReasons() throws Exception {
    Path inbox = dev.talksbot.TempDirs.create("talksbot-inbox");
    InboxWatcher w = new InboxWatcher(inbox, ingestor);
    Files.write(inbox.resolve("empty.txt"), new byte[0]);
    Files.write(inbox.resolve("binary.txt"), new byte[] {'P', 'K', 3, 4, 0, 0, 0, 1, 2});
    Files.write(
        inbox.resolve("latin1.txt"),
        "Gespr\u00e4che in Istanbul \u00fcber Gefangene".getBytes(StandardCharsets.ISO_8859_1));
    Files.copy(
        Path.of("src/test/resources/alerts/grain-corridor.txt"),
        inbox.resolve("shipping-inbox.txt"));
    Files.writeString(inbox.resolve("half-copied.txt.part"), "still copying");
    long before = bot.articleStore().arrivalsAfter(0, 100).size();
    assertThat(w.scanOnce()).isZero(); // first sighting: wait until the files stop changing
    assertThat(w.scanOnce()).isEqualTo(4);
    assertThat(inbox.resolve("done/shipping-inbox.txt")).exists();
    assertThat(Files.readString(inbox.resolve("failed/empty.txt.reason.txt")))
        .contains("empty file");
    assertThat(Files.readString(inbox.resolve("failed/binary.txt.reason.txt"))).contains("binary");
    assertThat(Files.readString(inbox.resolve("failed/latin1.txt.reason.txt")))
        .contains("not valid UTF-8");
    assertThat(inbox.resolve("half-copied.txt.part")).exists();
    assertThat(log()).contains("inbox: empty.txt failed: empty file");
    assertThat(bot.articleStore().arrivalsAfter(0, 100)).hasSize((int) before + 1);
  }
}
