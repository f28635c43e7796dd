package dev.talksbot.ingest.intake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.ChildProcesses;
import dev.talksbot.ChildProcesses.Run;
import dev.talksbot.TestCorpus;
import dev.talksbot.index.IndexSchema;
import dev.talksbot.telegram.FakeBotApi;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One writer, through real processes: CLI commands ({@code ingest}, {@code index}) and {@code
 * serve} as child JVMs on one data dir, the server talking to a fake Bot API on 127.0.0.1. Two
 * ingests at once both land, each article indexed once; with a server running, the CLI hands its
 * work to it while an inbox file arrives, and the server answers from all of them; a server killed
 * (-9) in the middle of a handed-over ingest loses nothing: the CLI takes the work back, and the
 * restarted server answers from every article.
 */
class OneWriterProcessTest {
  static final String TOKEN = "123456:one-writer-test-token";
  static final Path ARTICLES = Path.of("src/test/resources/alerts");
  static final long CHAT = 4242;

  @TempDir Path dir;
  Path data;
  ChildProcesses procs;

  @BeforeEach
  void dirs() throws IOException {
    data = Files.createDirectories(dir.resolve("data"));
    Path corpus = Files.createDirectories(dir.resolve("corpus"));
    Files.copy(TestCorpus.corpusDir().resolve("001_03bb27ef92224f2d.txt"), corpus.resolve("a.txt"));
    procs = new ChildProcesses(dir, data, corpus);
  }

  @AfterEach
  void killAll() {
    procs.close();
  }

  Process start(String apiUrl, String name, String... args) throws IOException {
    return procs.start(apiUrl, TOKEN, name, args);
  }

  Run finish(Process p, String name) throws Exception {
    return procs.finish(p, name);
  }

  Run cli(String name, String... args) throws Exception {
    return procs.cli(name, args);
  }

  Process serve(FakeBotApi api, String name) throws Exception {
    return procs.serve(api.url(), TOKEN, name);
  }

  static void waitFor(String what, Duration timeout, BooleanSupplier p) throws Exception {
    ChildProcesses.waitFor(what, timeout, p);
  }

  /** How many article documents the index on disk holds for an article id. */
  long indexedTimes(String articleId) throws IOException {
    Path index = data.resolve("lucene");
    try (var d = FSDirectory.open(index);
        DirectoryReader r = DirectoryReader.open(d)) {
      return new IndexSearcher(r)
          .count(
              new BooleanQuery.Builder()
                  .add(
                      new TermQuery(new Term(IndexSchema.TYPE, IndexSchema.TYPE_ARTICLE)),
                      BooleanClause.Occur.FILTER)
                  .add(
                      new TermQuery(new Term(IndexSchema.ARTICLE_ID, articleId)),
                      BooleanClause.Occur.FILTER)
                  .build());
    }
  }

  String ask(FakeBotApi api, String question, int nth) throws Exception {
    api.text(CHAT, question);
    List<FakeBotApi.Call> sent = api.awaitSent(CHAT, nth);
    return sent.get(nth - 1).text();
  }

  @Test
  void twoIngestsAtOnceBothLandAndEachArticleIsIndexedOnce() throws Exception {
    assertThat(cli("index", "index").code()).isZero();
    Process one = start(null, "one", "ingest", ARTICLES.resolve("grain-corridor.txt").toString());
    Process two = start(null, "two", "ingest", ARTICLES.resolve("fourth-round.txt").toString());
    Run r1 = finish(one, "one");
    Run r2 = finish(two, "two");
    assertThat(r1.code()).as(r1.err()).isZero();
    assertThat(r2.code()).as(r2.err()).isZero();
    assertThat(r1.out()).contains("added 1 articles").contains("+ grain-corridor");
    assertThat(r2.out()).contains("added 1 articles").contains("+ fourth-round");
    for (String id : List.of("a", "grain-corridor", "fourth-round")) {
      assertThat(indexedTimes(id)).as(id).isEqualTo(1);
    }
    Run sources = cli("sources", "sources");
    assertThat(sources.out()).contains("grain-corridor").contains("fourth-round");
  }

  @Test
  void withAServerRunningTheCliHandsItsWorkToItAndTheServerAnswersFromAll() throws Exception {
    try (FakeBotApi api = new FakeBotApi(TOKEN)) {
      serve(api, "serve");
      Process ingest =
          start(null, "ingest", "ingest", ARTICLES.resolve("grain-corridor.txt").toString());
      Path inbox = data.resolve("inbox");
      Files.copy(ARTICLES.resolve("exchange-bosphorus.txt"), inbox.resolve("exchange.txt.part"));
      Files.move(inbox.resolve("exchange.txt.part"), inbox.resolve("exchange.txt"));
      Run r = finish(ingest, "ingest");
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.err()).contains("handed to the running server");
      assertThat(r.out()).contains("+ grain-corridor");
      waitFor(
          "the inbox file to be done",
          Duration.ofSeconds(60),
          () -> Files.exists(inbox.resolve("done").resolve("exchange.txt")));
      try (Stream<Path> failed = Files.list(inbox.resolve("failed"))) {
        assertThat(failed.toList()).isEmpty();
      }
      assertThat(ask(api, "How much are war-risk premiums for a single voyage?", 1))
          .contains("1%")
          .contains("Aegean Maritime Review");
      assertThat(
              ask(api, "How many prisoners did Russia and Ukraine swap at the Belarus border?", 2))
          .contains("1,200");

      // `index` while serving: the server rebuilds (it owns the index) and keeps answering
      Run idx = cli("index2", "index");
      assertThat(idx.code()).as(idx.err()).isZero();
      assertThat(idx.err()).contains("handed to the running server");
      assertThat(idx.out()).contains("rebuilt 3 articles");
      assertThat(ask(api, "How much are war-risk premiums for a single voyage?", 3))
          .contains("Aegean Maritime Review");
    }
    for (String id : List.of("a", "grain-corridor", "exchange")) {
      assertThat(indexedTimes(id)).as(id).isEqualTo(1);
    }
  }

  @Test
  void aServerKilledInTheMiddleOfAHandedOverIngestLosesNothing() throws Exception {
    Path batch = Files.createDirectories(dir.resolve("batch"));
    int n = 40;
    for (int i = 0; i < n; i++) {
      Files.writeString(batch.resolve(String.format("note-%02d.txt", i)), article(i));
    }
    try (FakeBotApi api = new FakeBotApi(TOKEN)) {
      Process server = serve(api, "serve1");
      Process ingest = start(null, "ingest", "ingest", batch.toString());
      waitFor(
          "the server to take the request",
          Duration.ofSeconds(60),
          () -> "WORKING".equals(lastRequestState()));
      Thread.sleep(300); // in the middle of it
      server.destroyForcibly();
      server.waitFor();
      Run r = finish(ingest, "ingest");
      assertThat(r.code()).as(r.err()).isZero();
      assertThat(r.err()).contains("the server stopped before it finished; doing it here");
      // every article is there: added by the server before the kill, or here after it
      int added = Integer.parseInt(r.out().replaceAll("(?s).*?added (\\d+) articles.*", "$1"));
      int unchanged =
          r.out().contains("already indexed")
              ? Integer.parseInt(r.out().replaceAll("(?s).*, (\\d+) already indexed.*", "$1"))
              : 0;
      assertThat(added + unchanged).as(r.out()).isEqualTo(n);

      serve(api, "serve2");
      assertThat(ask(api, "What did the harbour master of Port 17 say about the cranes?", 1))
          .contains("seventeen cranes");
    }
    for (int i = 0; i < n; i++)
      assertThat(indexedTimes(String.format("note-%02d", i))).isEqualTo(1);
    assertThat(cli("sources", "sources").out()).contains("note-00").contains("note-39");
  }

  String lastRequestState() {
    Path db = data.resolve("articles").resolve("articles.sqlite");
    if (!Files.exists(db)) return null;
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery("SELECT state FROM intake_request ORDER BY id DESC LIMIT 1")) {
      return rs.next() ? rs.getString(1) : null;
    } catch (Exception e) {
      return null; // not created yet, or busy: look again
    }
  }

  /** A short article of its own: each names its port number in words and digits. */
  static String article(int i) {
    String[] words = {
      "zero",
      "one",
      "two",
      "three",
      "four",
      "five",
      "six",
      "seven",
      "eight",
      "nine",
      "ten",
      "eleven",
      "twelve",
      "thirteen",
      "fourteen",
      "fifteen",
      "sixteen",
      "seventeen",
      "eighteen",
      "nineteen"
    };
    String w = i < words.length ? words[i] : "many";
    return "Harbour notes: Port "
        + i
        + " reopens\n\n"
        + "The harbour master of Port "
        + i
        + " said on Monday that "
        + w
        + " cranes were working again after the storm, and that ships could dock from Thursday.\n\n"
        + "Dock workers at Port "
        + i
        + " cleared debris over the weekend. The port authority said repairs to the outer"
        + " breakwater would take until the autumn.\n";
  }
}
