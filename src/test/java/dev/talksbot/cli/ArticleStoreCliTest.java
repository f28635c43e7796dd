package dev.talksbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.talksbot.ChildJvm;
import dev.talksbot.TestCorpus;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./talksbot ingest} of a file outside the corpus folder and of a URL, then {@code index}
 * and {@code sources}, each a real JVM process over one data dir: the rebuild says what it rebuilt
 * from and keeps the ingested articles; {@code sources} lists them with the URL.
 */
class ArticleStoreCliTest {
  @TempDir Path data;
  @TempDir Path corpus;
  @TempDir Path elsewhere;

  record Result(int code, String out, String err) {}

  @Test
  void indexRebuildsFromTheStoreAndSourcesListsIt() throws Exception {
    Files.copy(
        TestCorpus.corpusDir().resolve("001_03bb27ef92224f2d.txt"),
        corpus.resolve("001_03bb27ef92224f2d.txt"));
    Path file =
        Files.copy(
            Path.of("src/test/resources/alerts/fourth-round.txt"),
            elsewhere.resolve("fourth-round.txt"));
    byte[] page =
        ("<!doctype html><html><head><title>Black Sea insurers raise premiums</title></head><body>"
                + "<article><h1>Black Sea insurers raise premiums</h1>"
                + "<p>Marine insurers have raised war-risk premiums for cargo ships calling at"
                + " Ukrainian ports for the second time this summer, brokers in London said.</p>"
                + "<p>Premiums for a single voyage now stand at about 1% of a vessel's hull value,"
                + " up from 0.7% in June.</p></article></body></html>")
            .getBytes(StandardCharsets.UTF_8);
    HttpServer web = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
    web.createContext(
        "/premiums.html",
        ex -> {
          ex.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
          ex.sendResponseHeaders(200, page.length);
          ex.getResponseBody().write(page);
          ex.close();
        });
    web.start();
    try {
      String url = "http://127.0.0.1:" + web.getAddress().getPort() + "/premiums.html";
      Path cfg =
          Files.writeString(
              data.resolve("talksbot.yaml"), "alerts:\n  fetchAllow: [\"127.0.0.1\"]\n");

      Result f = run(cfg, "ingest", file.toString());
      assertThat(f.code()).as(f.err()).isZero();
      assertThat(f.out()).contains("+ fourth-round");
      // the indexing of a file or folder reports its progress, with the rate, on stderr
      assertThat(f.err()).containsPattern("indexing: 1/1 articles, \\d+ passages, .* passages/s");
      // a URL of another scheme is refused as a URL, not looked for as a file; an internal
      // address is refused before anything is fetched, and the process ends cleanly (it had
      // crashed in the embedding model's native setup, exit 134, when it exited that early)
      Result ftp = run(cfg, "ingest", "ftp://example.org/x");
      assertThat(ftp.code()).as(ftp.err()).isEqualTo(2);
      assertThat(ftp.err()).contains("not an http(s) URL: ftp://example.org/x");
      Result internal = run(cfg, "ingest", "http://169.254.169.254/latest");
      assertThat(internal.code()).as(internal.err()).isEqualTo(1);
      assertThat(internal.err()).contains("that address is not allowed").doesNotContain("SIGSEGV");
      Result u = run(cfg, "ingest", url);
      assertThat(u.code()).as(u.err()).isZero();
      assertThat(u.out()).contains("added 1 articles");

      Result i = run(cfg, "index");
      assertThat(i.code()).as(i.err()).isZero();
      assertThat(i.out())
          .contains("rebuilt 3 articles")
          .contains("1 from the corpus folder")
          .contains("2 from the article store");

      Result s = run(cfg, "sources");
      assertThat(s.code()).as(s.err()).isZero();
      assertThat(s.out())
          .contains("3 articles")
          .contains("001_03bb27ef92224f2d")
          .contains("fourth-round")
          .contains(url);
    } finally {
      web.stop(0);
    }
  }

  Result run(Path cfg, String... args) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(ChildJvm.cli(args));
    pb.environment().put("TALKSBOT_CONFIG", cfg.toString());
    pb.environment().put("TALKSBOT_DATA_DIR", data.toString());
    pb.environment().put("TALKSBOT_CORPUS_DIR", corpus.toString());
    Path out = Files.createTempFile(data, "out", ".txt");
    Path err = Files.createTempFile(data, "err", ".txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    p.getOutputStream().close();
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("CLI did not finish: " + List.of(args));
    }
    return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
  }
}
