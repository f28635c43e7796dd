package dev.talksbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.talksbot.alerts.store.SqliteAlertStore;
import dev.talksbot.config.ConfigLoader;
import dev.talksbot.core.TalksBot;
import dev.talksbot.index.IndexProgress;
import dev.talksbot.telegram.FakeBotApi;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code doctor} against a good setup and a broken one, all on 127.0.0.1. */
class DoctorCommandTest {
  static final String TOKEN = "987654321:" + "DOCtoken_abcdefghijklmnopqrstuvwxyz01234";
  static final String WRONG = "987654321:" + "WRONGtok_abcdefghijklmnopqrstuvwxyz01234";
  static final String API_KEY = "sk-doctor-secret-key-0123456789";
  static final String RSS =
      "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>"
          + "<item><title>a</title><link>http://127.0.0.1/a</link></item></channel></rss>";

  @TempDir Path home;
  FakeBotApi api;
  HttpServer web;

  @BeforeEach
  void servers() throws IOException {
    api = new FakeBotApi(TOKEN);
    web = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 8);
    web.createContext("/v1/models", ex -> reply(ex, "application/json", models(ex)));
    web.createContext("/feed.xml", ex -> reply(ex, "application/rss+xml", RSS));
    web.start();
  }

  @AfterEach
  void stop() {
    api.close();
    web.stop(0);
  }

  static String models(com.sun.net.httpserver.HttpExchange ex) {
    boolean authorised =
        ("Bearer " + API_KEY).equals(ex.getRequestHeaders().getFirst("Authorization"));
    return authorised ? "{\"data\":[{\"id\":\"local-7b\"},{\"id\":\"other\"}]}" : "{}";
  }

  static void reply(com.sun.net.httpserver.HttpExchange ex, String type, String body)
      throws IOException {
    byte[] b = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(200, b.length);
    ex.getResponseBody().write(b);
    ex.close();
  }

  String web() {
    return "http://127.0.0.1:" + web.getAddress().getPort();
  }

  void config(Path data, String model, boolean allowLocal) throws IOException {
    Files.createDirectories(home.resolve("config"));
    Files.writeString(
        home.resolve("config").resolve("talksbot.yaml"),
        String.join(
            "\n",
            "dataDir: " + data,
            "corpusDir: " + Path.of("index", "corpus").toAbsolutePath(),
            "answerer: openai",
            "llm:",
            "  baseUrl: " + web() + "/v1",
            "  model: " + model,
            "  apiKeyEnv: DOCTOR_TEST_KEY",
            "telegram:",
            "  apiUrl: " + api.url(),
            "alerts:",
            "  feeds: [" + web() + "/feed.xml]",
            "  fetchAllow: [" + (allowLocal ? "\"127.0.0.1\"" : "") + "]",
            ""));
  }

  record Run(int code, List<String> lines, String text) {}

  Run doctor(String token) {
    StringWriter out = new StringWriter();
    int code =
        DoctorCommand.run(
            Map.of("TELEGRAM_BOT_TOKEN", token, "DOCTOR_TEST_KEY", API_KEY),
            home,
            new PrintWriter(out, true));
    String text = out.toString();
    return new Run(code, Arrays.asList(text.split("\n")), text);
  }

  @Test
  void aGoodSetupPassesEveryCheckInOrderWithoutShowingSecrets() throws Exception {
    Path data = home.resolve("data");
    config(data, "local-7b", true);
    // a real index built with the configured model, and the state stores
    try (TalksBot bot =
        TalksBot.open(
            new ConfigLoader(Map.of(), home).load().withAnswerer("extractive"),
            IndexProgress.NONE)) {
      assertThat(bot.corpusInfo().articles()).isPositive();
    }
    SqliteAlertStore.openIn(data).close();

    Run r = doctor(TOKEN);
    assertThat(r.code()).as(r.text()).isZero();
    assertThat(r.lines().subList(0, r.lines().size() - 1)).allMatch(l -> l.startsWith("ok "));
    assertThat(r.lines().stream().map(l -> l.replaceAll("^ok +([^:]+):.*", "$1")).toList())
        .containsExactly(
            "JDK",
            "config",
            "data dir",
            "index",
            "state store",
            "article store",
            "token",
            "Telegram",
            "LLM",
            "feed",
            "all 10 checks ok");
    assertThat(r.text())
        .contains("@" + "talks_test_bot")
        .contains("lists local-7b")
        .contains("model bge-small-en-v15-q")
        // what an operator counts, not Lucene's documents (cached vectors are documents too)
        .containsPattern("index: .* \\(5 articles, 47 passages, model")
        .doesNotContain(TOKEN)
        .doesNotContain("DOCtoken")
        .doesNotContain(API_KEY);
  }

  @Test
  void aBrokenSetupNamesEachProblemAndWhatToDo() throws Exception {
    Path notADir = Files.writeString(home.resolve("data-is-a-file"), "x");
    config(notADir, "missing-model", false);

    Run r = doctor(WRONG);
    assertThat(r.code()).as(r.text()).isEqualTo(1);
    assertThat(r.text())
        .contains("ok       JDK")
        .contains("problem  data dir: " + notADir + " is not writable")
        .contains("problem  index: no index at")
        .contains("run ./talksbot index")
        .contains("problem  Telegram: the Bot API at " + api.url() + " rejected the token (401)")
        .contains("@BotFather")
        .contains("problem  LLM: " + web() + "/v1 does not list the model missing-model")
        .contains("problem  feed: " + web() + "/feed.xml")
        .contains("alerts.fetchAllow")
        .doesNotContain(WRONG)
        .doesNotContain("WRONGtok")
        .doesNotContain(API_KEY);
    assertThat(r.lines().getLast()).matches("\\d+ of \\d+ checks found a problem");
  }

  @Test
  void aBrokenConfigStopsTheChecksThere() throws Exception {
    Files.createDirectories(home.resolve("config"));
    Files.writeString(home.resolve("config").resolve("talksbot.yaml"), "answerer: gpt\n");
    Run r = doctor(TOKEN);
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.lines().get(1))
        .startsWith("problem  config:")
        .contains("answerer must be one of extractive, openai, ollama");
    assertThat(r.lines()).hasSize(3);
  }
}
