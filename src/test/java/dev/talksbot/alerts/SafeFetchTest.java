package dev.talksbot.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.talksbot.MutableClock;
import dev.talksbot.TestCorpus;
import dev.talksbot.alerts.store.AlertStore;
import dev.talksbot.alerts.store.SqliteAlertStore;
import dev.talksbot.core.TalksBot;
import dev.talksbot.ingest.Article;
import dev.talksbot.ingest.intake.LocalIntake;
import dev.talksbot.ingest.intake.TestIntakes;
import dev.talksbot.net.PageFetcher;
import dev.talksbot.net.SafeAddresses;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Call;
import okhttp3.EventListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Outbound fetches reach only allowed addresses (issue 10, server-side request forgery). A real web
 * server on 127.0.0.1 (allow-listed) serves an article, a feed and redirects; traps on 127.0.0.2
 * and [::1] (loopback too, but not allow-listed) would serve the same article if anything reached
 * them. Every connection the fetcher attempts is recorded (OkHttp's {@code connectStart}): refused
 * addresses, private ones like 10.0.0.1 included, must never get an attempt; an attempt to a
 * non-loopback address fails the test before its socket is opened, so nothing here ever leaves the
 * machine, even with a broken guard.
 */
class SafeFetchTest {
  static HttpServer web;
  static Trap trap4;
  static Trap trap6;
  static TalksBot bot;
  static AlertStore store;
  static final MutableClock clock = new MutableClock(Instant.parse("2025-08-15T12:00:00Z"));
  static final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
  static final List<InetSocketAddress> connects = new CopyOnWriteArrayList<>();
  static final AtomicInteger newsLookups = new AtomicInteger();
  static String articlePage;

  static String base() {
    return "http://127.0.0.1:" + web.getAddress().getPort();
  }

  static void redirect(String path, String location) {
    web.createContext(
        path,
        ex -> {
          hits.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
          ex.getResponseHeaders().set("Location", location);
          ex.sendResponseHeaders(302, -1);
          ex.close();
        });
  }

  @BeforeAll
  static void setUp() throws Exception {
    articlePage =
        AlertsSourcesTest.page(
            "Marmara Shipping News",
            "2025-08-20",
            "Black Sea war-risk premiums rise again",
            Path.of("src/test/resources/alerts/grain-corridor.txt"));
    trap4 = Trap.on("127.0.0.2", articlePage);
    trap6 = Trap.on("::1", articlePage);
    web = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
    web.setExecutor(Executors.newCachedThreadPool());
    web.createContext(
        "/page.html",
        ex -> {
          hits.computeIfAbsent("/page.html", k -> new AtomicInteger()).incrementAndGet();
          AlertsSourcesTest.reply(ex, 200, "text/html", articlePage);
        });
    String trap4Page = "http://127.0.0.2:" + trap4.port() + "/page.html";
    String trap6Page = "http://[::1]:" + trap6.port() + "/page.html";
    redirect("/to-trap4", trap4Page);
    redirect("/to-trap6", trap6Page);
    redirect("/to-mapped", "http://[::ffff:127.0.0.2]:" + trap4.port() + "/page.html");
    redirect("/to-private", "http://10.0.0.1/page.html");
    redirect("/to-metadata", "http://169.254.169.254/latest/meta-data/");
    redirect("/to-file", "file:///etc/passwd");
    redirect("/hop", "/page.html"); // relative, to an allowed address: followed
    redirect("/loop", "/loop");
    web.createContext(
        "/trickle.html",
        ex -> {
          ex.getResponseHeaders().set("Content-Type", "text/html");
          ex.sendResponseHeaders(200, 0);
          try (OutputStream o = ex.getResponseBody()) {
            for (int i = 0; i < 30; i++) {
              o.write("<p>slow</p>".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
              o.flush();
              Thread.sleep(100);
            }
          } catch (InterruptedException | IOException e) {
            // the client went away: expected
          }
        });
    String items =
        String.join(
            "",
            item("good", base() + "/page.html"),
            item("redirect to 127.0.0.2", base() + "/to-trap4"),
            item("redirect to [::1]", base() + "/to-trap6"),
            item("redirect to 10.0.0.1", base() + "/to-private"),
            item("redirect to metadata", base() + "/to-metadata"),
            item("direct 127.0.0.2", trap4Page),
            item("direct [::1]", trap6Page),
            item("direct 10.0.0.1", "http://10.0.0.1/story.html"));
    web.createContext(
        "/feed.xml",
        ex -> {
          hits.computeIfAbsent("/feed.xml", k -> new AtomicInteger()).incrementAndGet();
          AlertsSourcesTest.reply(
              ex,
              200,
              "application/rss+xml",
              "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><link>"
                  + base()
                  + "/</link><description>d</description>"
                  + items
                  + "</channel></rss>");
        });
    web.start();
    bot = TestCorpus.freshBot(TestCorpus.corpusDir());
    store = SqliteAlertStore.openIn(dev.talksbot.TempDirs.create("talksbot-safe-fetch"));
  }

  static String item(String title, String link) {
    return "<item><title>" + title + "</title><link>" + link + "</link></item>";
  }

  @AfterAll
  static void tearDown() throws Exception {
    web.stop(0);
    trap4.socket().close();
    trap6.socket().close();
    store.close();
    bot.close();
  }

  @BeforeEach
  void clear() {
    connects.clear();
  }

  /** A fetcher allowing only 127.0.0.1 (or nothing), recording every connection attempt. */
  static PageFetcher fetcher(Duration timeout, String... allow) {
    EventListener record =
        new EventListener() {
          @Override
          public void connectStart(Call call, InetSocketAddress address, Proxy proxy) {
            connects.add(address);
            // tripwire: should the guard ever fail, no packet leaves the machine (OkHttp calls
            // this before it opens the socket)
            if (!address.getAddress().isLoopbackAddress()) {
              throw new AssertionError("connection attempt to " + address);
            }
          }
        };
    return new PageFetcher(
        timeout, 1024 * 1024, SafeAddresses.allowing(List.of(allow)), SafeFetchTest::dns, record);
  }

  /**
   * The name table of these tests (no real DNS): {@code news.test} rebinds, answering 127.0.0.1 the
   * first time and 127.0.0.2 after; {@code mixed.test} has an allowed and a private address.
   */
  static InetAddress[] dns(String host) throws java.net.UnknownHostException {
    return switch (host) {
      case "news.test" ->
          new InetAddress[] {
            InetAddress.getByAddress(
                host, new byte[] {127, 0, 0, (byte) (newsLookups.getAndIncrement() == 0 ? 1 : 2)})
          };
      case "mixed.test" ->
          new InetAddress[] {
            InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1}),
            InetAddress.getByAddress(host, new byte[] {10, 0, 0, 1})
          };
      default -> throw new java.net.UnknownHostException(host);
    };
  }

  static boolean indexed(String url) {
    return bot.sources().stream().map(Article::url).anyMatch(url::equals);
  }

  static void assertNoConnectionBeyondTheAllowedServer() {
    assertThat(trap4.accepted()).hasValue(0);
    assertThat(trap6.accepted()).hasValue(0);
    assertThat(connects)
        .allSatisfy(a -> assertThat(a.getAddress().getHostAddress()).isEqualTo("127.0.0.1"));
  }

  @Test
  void aFeedOnLoopbackIsRefusedUnlessAllowListedAndNothingIsFetchedOrIndexed() throws Exception {
    int feedHits = hits.computeIfAbsent("/feed.xml", k -> new AtomicInteger()).get();
    long events = bot.articleStore().arrivalsAfter(0, 1000).size();
    try (PageFetcher strict = fetcher(Duration.ofSeconds(5))) {
      LocalIntake in = TestIntakes.local(bot, strict, clock);
      FeedPoller poller = new FeedPoller(List.of(base() + "/feed.xml"), strict, in, store, clock);
      assertThat(poller.pollAll()).isEqualTo(new FeedPoller.Poll(0, 1, 0, 0));
      assertThatThrownBy(() -> TestIntakes.page(in, base() + "/page.html?strict"))
          .isInstanceOf(PageFetcher.AddressNotAllowed.class)
          .hasMessage("that address is not allowed");
    }
    assertThat(connects).isEmpty(); // refused before any connection
    assertThat(hits.get("/feed.xml")).hasValue(feedHits);
    assertThat(indexed(base() + "/page.html?strict")).isFalse();
    assertThat(bot.articleStore().arrivalsAfter(0, 1000)).hasSize((int) events);
  }

  @Test
  void feedItemsLeadingToRefusedAddressesAreNotFetchedNotIndexedAndNotRetried() throws Exception {
    try (PageFetcher f = fetcher(Duration.ofSeconds(5), "127.0.0.1")) {
      LocalIntake in = TestIntakes.local(bot, f, clock);
      FeedPoller poller = new FeedPoller(List.of(base() + "/feed.xml"), f, in, store, clock);
      // one feed read; the good item goes in, the seven others are refused
      assertThat(poller.pollAll()).isEqualTo(new FeedPoller.Poll(1, 0, 1, 7));
      // of all eight links only the good one is a source now
      assertThat(
              bot.sources().stream()
                  .map(Article::url)
                  .filter(u -> u != null && u.startsWith("http"))
                  .toList())
          .containsExactly(base() + "/page.html");
      // a refused address stays refused: nothing is due for a retry, even much later
      clock.advance(Duration.ofDays(2));
      assertThat(store.feedItemsDue(clock.instant())).isEmpty();
    }
    assertNoConnectionBeyondTheAllowedServer();
  }

  @Test
  void redirectsAreCheckedHopByHop() throws Exception {
    try (PageFetcher f = fetcher(Duration.ofSeconds(30), "127.0.0.1")) {
      for (String path :
          List.of("/to-trap4", "/to-trap6", "/to-mapped", "/to-private", "/to-metadata")) {
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> f.get(base() + path))
            .as(path)
            .isInstanceOf(PageFetcher.AddressNotAllowed.class)
            .hasMessage("that address is not allowed");
        // refused at once: a connection attempt to 10.0.0.1 would wait for the 30 s timeout
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
      }
      assertThatThrownBy(() -> f.get(base() + "/to-file"))
          .isInstanceOf(PageFetcher.AddressNotAllowed.class);
      // an allowed redirect is followed, and the final address is reported
      PageFetcher.Fetched ok = f.get(base() + "/hop");
      assertThat(ok.status()).isEqualTo(200);
      assertThat(ok.uri()).hasToString(base() + "/page.html");
      // a loop stops after the bound
      assertThatThrownBy(() -> f.get(base() + "/loop"))
          .hasMessage("more than " + PageFetcher.MAX_REDIRECTS + " redirects");
      assertThat(hits.get("/loop")).hasValue(PageFetcher.MAX_REDIRECTS + 1);
    }
    assertNoConnectionBeyondTheAllowedServer();
  }

  @Test
  void loopbackInOtherSpellingsIsRefused() throws Exception {
    int port = web.getAddress().getPort();
    try (PageFetcher strict = fetcher(Duration.ofSeconds(5));
        PageFetcher local = fetcher(Duration.ofSeconds(5), "127.0.0.1")) {
      for (String url :
          List.of(
              "http://127.0.0.1:" + port + "/page.html",
              "http://[::1]:" + trap6.port() + "/page.html",
              "http://[0:0:0:0:0:0:0:1]:" + trap6.port() + "/page.html",
              "http://[::ffff:127.0.0.1]:" + port + "/page.html",
              "http://[::ffff:7f00:1]:" + port + "/page.html",
              "http://[::127.0.0.1]:" + port + "/page.html",
              "http://2130706433:" + port + "/page.html",
              "http://127.1:" + port + "/page.html",
              "http://%31%32%37.0.0.1:" + port + "/page.html",
              "http://0.0.0.0:" + port + "/page.html",
              "http://[::]:" + port + "/page.html")) {
        assertThatThrownBy(() -> strict.get(url))
            .as(url)
            .isInstanceOf(PageFetcher.AddressNotAllowed.class);
      }
      // other loopback addresses than the one allowed, however written
      for (String url :
          List.of(
              "http://127.0.0.2:" + trap4.port() + "/page.html",
              "http://[::ffff:127.0.0.2]:" + trap4.port() + "/page.html",
              "http://[::1]:" + trap6.port() + "/page.html",
              "http://2130706434:" + trap4.port() + "/page.html")) {
        assertThatThrownBy(() -> local.get(url))
            .as(url)
            .isInstanceOf(PageFetcher.AddressNotAllowed.class);
      }
      // hex is no address the JDK accepts; it is not fetched either (and never looked up)
      assertThatThrownBy(() -> strict.get("http://0x7f000001:" + port + "/page.html"))
          .hasMessage(PageFetcher.NOT_FETCHED);
      assertThatThrownBy(() -> strict.get("gopher://127.0.0.1:" + port + "/"))
          .hasMessage("not an http(s) URL");
      assertThatThrownBy(() -> strict.get("file:///etc/passwd")).hasMessage("not an http(s) URL");
      // the IPv4-mapped spelling of the allowed address is that address: allowed
      assertThat(local.get("http://[::ffff:127.0.0.1]:" + port + "/page.html").status())
          .isEqualTo(200);
    }
    assertNoConnectionBeyondTheAllowedServer();
  }

  @Test
  void theConnectionGoesToTheCheckedAddressWithoutASecondLookup() throws Exception {
    int port = web.getAddress().getPort();
    newsLookups.set(0);
    try (PageFetcher f = fetcher(Duration.ofSeconds(5), "127.0.0.1")) {
      PageFetcher.Fetched ok = f.get("http://news.test:" + port + "/page.html");
      assertThat(ok.status()).isEqualTo(200);
      assertThat(newsLookups).hasValue(1); // resolved once: checked, then connected to
      // the next download resolves again, and the rebound address is refused
      assertThatThrownBy(() -> f.get("http://news.test:" + port + "/page.html"))
          .isInstanceOf(PageFetcher.AddressNotAllowed.class);
      // one refused address among the answers refuses the name
      assertThatThrownBy(() -> f.get("http://mixed.test:" + port + "/page.html"))
          .isInstanceOf(PageFetcher.AddressNotAllowed.class);
    }
    assertNoConnectionBeyondTheAllowedServer();
    assertThat(connects).hasSize(1);
  }

  @Test
  void aClosedPortGetsTheGenericReasonWithoutItsNumber() throws Exception {
    int closed;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      closed = s.getLocalPort();
    }
    try (PageFetcher f = fetcher(Duration.ofSeconds(5), "127.0.0.1")) {
      assertThatThrownBy(() -> f.get("http://127.0.0.1:" + closed + "/"))
          .isInstanceOf(PageFetcher.FetchException.class)
          .hasMessage(PageFetcher.NOT_FETCHED)
          .message()
          .doesNotContain(Integer.toString(closed))
          .doesNotContainIgnoringCase("refused")
          .doesNotContainIgnoringCase("connect");
      assertThat(connects).isNotEmpty(); // it was allowed, tried and failed
      // a port that answers but then hangs up mid-way gives the same text
      try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
        Thread hangUp =
            new Thread(
                () -> {
                  while (!s.isClosed()) {
                    try (Socket c = s.accept()) {
                      c.getInputStream().read();
                    } catch (IOException e) {
                      // closed
                    }
                  }
                });
        hangUp.setDaemon(true);
        hangUp.start();
        assertThatThrownBy(() -> f.get("http://127.0.0.1:" + s.getLocalPort() + "/"))
            .hasMessage(PageFetcher.NOT_FETCHED);
      }
    }
  }

  @Test
  void theWholeDownloadIsTimeLimited() throws Exception {
    try (PageFetcher f = fetcher(Duration.ofSeconds(1), "127.0.0.1")) {
      long t0 = System.nanoTime();
      assertThatThrownBy(() -> f.get(base() + "/trickle.html"))
          .hasMessage("download not finished within 1 s");
      assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofMillis(2500));
    }
  }
}
