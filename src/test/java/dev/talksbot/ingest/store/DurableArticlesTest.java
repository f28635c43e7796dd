package dev.talksbot.ingest.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.talksbot.TestCorpus;
import dev.talksbot.answer.Answer;
import dev.talksbot.answer.Citation;
import dev.talksbot.config.AlertsSettings;
import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.core.IngestReport;
import dev.talksbot.core.TalksBot;
import dev.talksbot.index.Embedder;
import dev.talksbot.index.IndexProgress;
import dev.talksbot.ingest.Article;
import dev.talksbot.ingest.HtmlExtractor;
import dev.talksbot.ingest.intake.LocalIntake;
import dev.talksbot.ingest.intake.TestIntakes;
import dev.talksbot.net.PageFetcher;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Articles that came from outside the corpus folder (a file elsewhere, a URL, a feed item) survive
 * every way the index is rebuilt: {@code index}, a deleted {@code segments_N}, a model change. Real
 * SQLite and Lucene files in temp dirs, a web server on 127.0.0.1, the product's ingest path.
 */
class DurableArticlesTest {
  static final Path ARTICLES = Path.of("src/test/resources/alerts");

  @TempDir Path corpus;
  @TempDir Path data;
  @TempDir Path elsewhere;

  HttpServer web;
  TalksbotConfig cfg;
  String grainUrl;
  String exchangeUrl;

  @BeforeEach
  void setUp() throws IOException {
    Files.copy(
        TestCorpus.corpusDir().resolve("001_03bb27ef92224f2d.txt"),
        corpus.resolve("001_03bb27ef92224f2d.txt"));
    web = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
    serve("/grain.html", page("Aegean Maritime Review", "grain-corridor.txt"));
    serve("/exchange.html", page("Bosphorus Daily", "exchange-bosphorus.txt"));
    web.start();
    String base = "http://127.0.0.1:" + web.getAddress().getPort();
    grainUrl = base + "/grain.html";
    exchangeUrl = base + "/exchange.html";
    AlertsSettings alerts =
        AlertsSettings.defaults()
            .with(
                b -> {
                  b.fetchAllow = List.of("127.0.0.1"); // the test web server
                  return b;
                });
    cfg = TalksbotConfig.defaults().withDataDir(data).withCorpusDir(corpus).withAlerts(alerts);
  }

  @AfterEach
  void stop() {
    web.stop(0);
  }

  /** The questions, each with the article that must be cited. */
  Map<String, String> questions() {
    return Map.of(
        "When did Turkey propose the fourth round of direct negotiations?", "fourth-round",
        "How much are war-risk premiums for a single voyage to Ukrainian ports?",
            HtmlExtractor.idForUrl(grainUrl),
        "How many prisoners did Russia and Ukraine exchange at the border with Belarus?",
            HtmlExtractor.idForUrl(exchangeUrl));
  }

  @Test
  void ingestedArticlesSurviveRebuildBrokenIndexAndModelChange() throws Exception {
    Path file =
        Files.copy(ARTICLES.resolve("fourth-round.txt"), elsewhere.resolve("fourth-round.txt"));
    try (TalksBot bot = TalksBot.open(cfg, TestCorpus.embedder(), IndexProgress.NONE);
        PageFetcher fetcher = PageFetcher.of(cfg.alerts())) {
      LocalIntake ingestor = TestIntakes.local(bot, fetcher, Clock.systemUTC());
      assertThat(TestIntakes.files(ingestor, file).added()).containsExactly("fourth-round");
      TestIntakes.page(ingestor, grainUrl);
      TestIntakes.page(
          ingestor, exchangeUrl, "Prisoner swap", LocalDate.parse("2025-08-14"), "feed");
      assertAllThere(bot, "after ingest");

      StoredArticle fromFile = bot.articleStore().get("fourth-round").orElseThrow();
      assertThat(fromFile.origin()).isEqualTo(file.toAbsolutePath().toString());
      assertThat(fromFile.raw()).isEqualTo(Files.readString(file));
      StoredArticle page = bot.articleStore().get(HtmlExtractor.idForUrl(grainUrl)).orElseThrow();
      assertThat(page.origin()).isEqualTo(grainUrl);
      assertThat(page.raw()).contains("<article>"); // the page as fetched, before extraction
      assertThat(page.article().outlet()).isEqualTo("Aegean Maritime Review");

      IngestReport r = bot.rebuild(IndexProgress.NONE); // ./talksbot index
      assertThat(r.articles()).isEqualTo(4);
      assertThat(r.fromCorpus()).isEqualTo(1);
      assertThat(r.fromStore()).isEqualTo(3);
      assertAllThere(bot, "after a rebuild");

      // a new file in the corpus folder is picked up by the next rebuild, and stored
      Files.copy(
          TestCorpus.corpusDir().resolve("002_26359c985ce23d95.txt"),
          corpus.resolve("002_26359c985ce23d95.txt"));
      r = bot.rebuild(IndexProgress.NONE);
      assertThat(r.fromCorpus()).isEqualTo(2);
      assertThat(r.fromStore()).isEqualTo(3);
      assertThat(bot.articleStore().get("002_26359c985ce23d95")).isPresent();
      assertAllThere(bot, "after a rebuild with a new corpus file");
    }

    try (Stream<Path> files = Files.list(cfg.indexDir())) {
      List<Path> segments =
          files.filter(p -> p.getFileName().toString().startsWith("segments_")).toList();
      assertThat(segments).isNotEmpty();
      for (Path p : segments) Files.delete(p);
    }
    try (TalksBot bot = TalksBot.open(cfg, TestCorpus.embedder(), IndexProgress.NONE)) {
      assertAllThere(bot, "after segments_N was deleted");
    }

    Embedder other = renamed(TestCorpus.embedder(), "another-embedding-model");
    try (TalksBot bot = TalksBot.open(cfg, other, IndexProgress.NONE)) {
      assertThat(bot.index().exists()).as("rebuilt with the new model").isTrue();
      assertAllThere(bot, "after a model change");
    }
  }

  @Test
  void anIndexFromBeforeTheStoreIsKeptByTheFirstOpen() throws Exception {
    Path file =
        Files.copy(ARTICLES.resolve("fourth-round.txt"), elsewhere.resolve("fourth-round.txt"));
    try (TalksBot bot = TalksBot.open(cfg, TestCorpus.embedder(), IndexProgress.NONE)) {
      bot.add(file);
    }
    Path db = SqliteArticleStore.fileIn(data); // as if the index was built before the store
    for (String suffix : List.of("", "-wal", "-shm")) {
      Files.deleteIfExists(db.resolveSibling(db.getFileName() + suffix));
    }
    try (TalksBot bot = TalksBot.open(cfg, TestCorpus.embedder(), IndexProgress.NONE)) {
      assertThat(bot.articleStore().count()).isEqualTo(2);
      IngestReport r = bot.rebuild(IndexProgress.NONE);
      assertThat(r.fromStore()).isEqualTo(1);
      assertThat(bot.index().articles()).containsKeys("001_03bb27ef92224f2d", "fourth-round");
    }
  }

  void assertAllThere(TalksBot bot, String when) throws IOException {
    List<Article> sources = bot.sources();
    assertThat(sources.stream().map(Article::id))
        .as("sources %s", when)
        .contains("001_03bb27ef92224f2d", "fourth-round")
        .contains(HtmlExtractor.idForUrl(grainUrl), HtmlExtractor.idForUrl(exchangeUrl));
    assertThat(sources.stream().map(Article::url))
        .as("URLs %s", when)
        .contains(grainUrl, exchangeUrl);
    assertThat(bot.index().articles().keySet())
        .as("index %s", when)
        .containsAll(sources.stream().map(Article::id).toList());
    for (var q : questions().entrySet()) {
      Answer a = bot.ask(q.getKey());
      assertThat(a.refused()).as("%s: %s", when, q.getKey()).isFalse();
      assertThat(a.citations().stream().map(Citation::articleId))
          .as("%s: %s -> %s", when, q.getKey(), a)
          .contains(q.getValue());
    }
  }

  /** The same vectors under another model name: to the index, a model change. */
  static Embedder renamed(Embedder e, String name) {
    return new Embedder() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public int dimension() {
        return e.dimension();
      }

      @Override
      public float[] embedQuery(String text) {
        return e.embedQuery(text);
      }

      @Override
      public List<float[]> embedPassages(List<String> texts) {
        return e.embedPassages(texts);
      }

      @Override
      public float[] embedPassage(String text) {
        return e.embedPassage(text);
      }
    };
  }

  void serve(String path, String html) {
    byte[] body = html.getBytes(StandardCharsets.UTF_8);
    web.createContext(
        path,
        ex -> {
          ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
          ex.sendResponseHeaders(200, body.length);
          ex.getResponseBody().write(body);
          ex.close();
        });
  }

  /** A news page built from an article file: its headline and paragraphs, with site chrome. */
  static String page(String site, String file) throws IOException {
    List<String> lines =
        Files.readString(ARTICLES.resolve(file)).lines().filter(l -> !l.isBlank()).toList();
    String date = lines.get(0).strip().split(" ")[1];
    String title = lines.get(1).strip();
    String paragraphs =
        lines.stream()
            .skip(2)
            .map(l -> "<p>" + l.replace("&", "&amp;").replace("<", "&lt;") + "</p>")
            .collect(Collectors.joining("\n"));
    return "<!doctype html><html><head><title>"
        + title
        + "</title><meta property=\"og:site_name\" content=\""
        + site
        + "\"><meta property=\"article:published_time\" content=\""
        + date
        + "T09:30:00Z\"></head><body><nav><a href=/>Home</a></nav><article><h1>"
        + title
        + "</h1>\n"
        + paragraphs
        + "</article></body></html>";
  }
}
