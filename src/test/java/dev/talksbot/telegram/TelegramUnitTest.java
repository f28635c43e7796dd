package dev.talksbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.talksbot.answer.Answer;
import dev.talksbot.answer.Citation;
import dev.talksbot.config.ConfigException;
import dev.talksbot.config.ConfigLoader;
import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.config.TelegramSettings;
import dev.talksbot.ingest.Span;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pieces of the Telegram front end on their own: escaping, splitting, token, limits, config.
 */
class TelegramUnitTest {
  @TempDir Path tmp;

  static Answer nasty() {
    String q = "Tom & Jerry said \"<b>no</b>\" — *not* _this_ `one` <script>alert(1)</script>";
    Citation c =
        new Citation(
            1,
            "a<1>",
            "Outlet & <Co>",
            "Title \"quoted\" <i>",
            LocalDate.of(2025, 5, 16),
            "https://example.org/a?x=1&y=\"2\"",
            q,
            new Span(0, q.length()));
    Citation d =
        new Citation(
            2, "b", null, null, null, "javascript:alert(1)", "Plain quote.", new Span(0, 12));
    return new Answer.Answered(
        "q <x>", "They said A & B <c> [1]. More [2].", "extractive", List.of(c, d));
  }

  @Test
  void answersSourcesAndQuotesAreValidTelegramHtmlWhateverTheyContain() {
    Answer a = nasty();
    String html = TelegramFormat.answer(Messages.english(), a);
    assertThat(TelegramHtml.check(html)).isNull();
    assertThat(TelegramHtml.visible(html))
        .contains("They said A & B <c> [1]")
        .contains("Outlet & <Co>")
        .contains("Title \"quoted\" <i>");
    assertThat(html).contains("<a href=\"https://example.org/a?x=1&amp;y=&quot;2&quot;\">");
    assertThat(html)
        .doesNotContain("javascript:" + "alert(1)\"")
        .doesNotContain("href=\"javascript");
    String quotes =
        TelegramFormat.quotes(
            Messages.english(), a.citations().stream().map(QuoteStore.Quote::of).toList());
    assertThat(TelegramHtml.check(quotes)).isNull();
    assertThat(TelegramHtml.visible(quotes)).contains("<script>alert(1)</script>");
    assertThat(TelegramHtml.check(TelegramFormat.unknownCommand(Messages.english(), "/x<&>\"")))
        .isNull();
    assertThat(TelegramHtml.check(TelegramFormat.help(Messages.english(), true, "my_bot", 1000)))
        .isNull();
  }

  @Test
  void longRepliesAreSplitBelowTheLimitAtParagraphsAndSentencesNeverInsideTagsOrEntities() {
    StringBuilder b = new StringBuilder("<b>Quoted passages</b>");
    for (int i = 0; i < 40; i++) {
      b.append("\n\n[")
          .append(i)
          .append("] <a href=\"https://example.org/")
          .append(i)
          .append("\">Title &amp; more</a>\n<blockquote>");
      for (int k = 0; k < 8; k++)
        b.append("Sentence ").append(k).append(" with &lt;tags&gt; &amp; an emoji \uD83D\uDE00. ");
      b.append("</blockquote>");
    }
    String html = b.toString();
    List<String> parts = MessageSplitter.split(html, 1000);
    assertThat(parts.size()).isGreaterThan(5);
    StringBuilder visible = new StringBuilder();
    for (String p : parts) {
      assertThat(p.length()).isLessThanOrEqualTo(1000);
      assertThat(TelegramHtml.check(p)).as(p).isNull();
      assertThat(Character.isHighSurrogate(p.charAt(p.length() - 1))).isFalse();
      visible.append(TelegramHtml.visible(p));
    }
    assertThat(visible.toString().replaceAll("\\s+", ""))
        .isEqualTo(TelegramHtml.visible(html).replaceAll("\\s+", ""));
    // paragraph breaks are preferred: parts end at the end of a quote here
    assertThat(parts.get(0)).endsWith("</blockquote>");

    // one paragraph far over the limit, inside a tag: cut at sentences, the tag closed and reopened
    String one = "<blockquote>" + "This is a sentence &amp; more. ".repeat(400) + "</blockquote>";
    List<String> p2 = MessageSplitter.split(one);
    assertThat(p2.size()).isGreaterThan(2);
    for (String p : p2) {
      assertThat(p.length()).isLessThan(4096);
      assertThat(TelegramHtml.check(p)).isNull();
      assertThat(p).startsWith("<blockquote>").endsWith("</blockquote>");
      assertThat(TelegramHtml.visible(p).strip()).endsWith(".");
    }
    // no spaces at all: a hard cut, still not inside an entity
    String solid = "&amp;".repeat(3000);
    for (String p : MessageSplitter.split(solid)) assertThat(TelegramHtml.check(p)).isNull();
    assertThat(MessageSplitter.split("short")).containsExactly("short");
  }

  @Test
  void theTokenIsScrubbedAndAMissingTokenExplainsBotFather() throws Exception {
    BotToken t = BotToken.of("987654321:" + "AAHsecretsecretsecretsecretsecret12");
    assertThat(t.toString()).doesNotContain("AAH");
    assertThat(
            t.scrub(
                "GET https://api.telegram.org/bot987654321:"
                    + "AAHsecretsecretsecretsecretsecret12/getMe"))
        .isEqualTo("GET https://api.telegram.org/bot<token>/getMe");
    assertThat(BotToken.scrubAll("x 111222333:abcdefghijklmnopqrstuvwxyz_-12 y"))
        .isEqualTo("x <token> y");

    TelegramSettings none = TelegramSettings.defaults();
    assertThatThrownBy(() -> BotToken.resolve(Map.of(), none))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("@BotFather")
        .hasMessageContaining("TELEGRAM_BOT_TOKEN")
        .hasMessageContaining("tokenFile");
    assertThat(BotToken.resolve(Map.of("TELEGRAM_BOT_TOKEN", " 1:abc \n"), none).reveal())
        .isEqualTo("1:abc");
    Path f = tmp.resolve("bot.token");
    Files.writeString(f, "2:fromfile\n");
    assertThat(BotToken.resolve(Map.of(), none.withPaths(f, none.webhook())).reveal())
        .isEqualTo("2:fromfile");
    Path bad = tmp.resolve("bad.token");
    Files.write(bad, new byte[] {(byte) 0xC3, (byte) 0x28, 0x41});
    assertThatThrownBy(() -> BotToken.resolve(Map.of(), none.withPaths(bad, none.webhook())))
        .isInstanceOf(ConfigException.class)
        .as("says why, not the path twice")
        .hasMessageEndingWith(bad + ": not UTF-8 text");
    assertThatThrownBy(() -> BotToken.resolve(Map.of("TELEGRAM_BOT_TOKEN", "not a token"), none))
        .isInstanceOf(ConfigException.class)
        .hasMessageNotContaining("not a token");
  }

  @Test
  void floodLimiterAllowsNPerMinuteWarnsOnceThenDrops() {
    AtomicLong now = new AtomicLong();
    FloodLimiter f = new FloodLimiter(3, now::get);
    assertThat(List.of(f.check(1), f.check(1), f.check(1)))
        .containsOnly(FloodLimiter.Verdict.ALLOW);
    assertThat(f.check(1)).isEqualTo(FloodLimiter.Verdict.WARN);
    assertThat(f.check(1)).isEqualTo(FloodLimiter.Verdict.DROP);
    assertThat(f.check(2)).isEqualTo(FloodLimiter.Verdict.ALLOW);
    assertThat(f.waitSeconds(1)).isEqualTo(60);
    now.addAndGet(TimeUnit.SECONDS.toNanos(61));
    assertThat(f.check(1)).isEqualTo(FloodLimiter.Verdict.ALLOW);
    assertThat(new FloodLimiter(0, now::get).check(1)).isEqualTo(FloodLimiter.Verdict.ALLOW);
  }

  @Test
  void orderedExecutorKeepsPerKeyOrderAndBoundsWork() throws Exception {
    OrderedExecutor ex = new OrderedExecutor("test-worker", 3, 50);
    List<List<Integer>> seen = new ArrayList<>();
    for (int k = 0; k < 10; k++) seen.add(Collections.synchronizedList(new ArrayList<>()));
    for (int i = 0; i < 20; i++) {
      for (int k = 0; k < 10; k++) {
        int key = k;
        int n = i;
        assertThat(ex.submit(key, () -> seen.get(key).add(n), 60_000)).isTrue();
      }
    }
    assertThat(ex.shutdownAndWait(60_000)).isTrue();
    for (List<Integer> l : seen) assertThat(l).isSorted().hasSize(20);
    assertThat(ex.submit(1, () -> {}, 10)).isFalse(); // refused after shutdown

    OrderedExecutor full = new OrderedExecutor("test-full", 1, 2);
    CountDownLatch hold = new CountDownLatch(1);
    assertThat(full.submit("a", () -> awaitQuietly(hold), 1000)).isTrue();
    assertThat(full.submit("b", () -> {}, 1000)).isTrue();
    assertThat(full.submit("c", () -> {}, 50)).isFalse(); // full: the caller has to wait
    hold.countDown();
    assertThat(full.shutdownAndWait(60_000)).isTrue();
  }

  private static void awaitQuietly(CountDownLatch l) {
    try {
      l.await(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void telegramConfigSectionIsParsedValidatedAndOverriddenByTheEnvironment() throws Exception {
    Path cfgDir = Files.createDirectories(tmp.resolve("config"));
    Path yaml = cfgDir.resolve("talksbot.yaml");
    Files.writeString(
        yaml,
        """
        telegram:
          mode: webhook
          apiUrl: http://127.0.0.1:8081
          tokenFile: config/bot.token
          workers: 2
          questionsPerMinute: 5
          webhook:
            port: 9000
            secretFile: config/hook.secret
        """);
    TalksbotConfig c = new ConfigLoader(Map.of(), tmp).load(yaml);
    assertThat(c.telegram().mode().configName()).isEqualTo("webhook");
    assertThat(c.telegram().apiUrl()).isEqualTo("http://127.0.0.1:8081");
    assertThat(c.telegram().tokenFile())
        .isEqualTo(tmp.resolve("config/bot.token").toAbsolutePath().normalize());
    assertThat(c.telegram().webhook().port()).isEqualTo(9000);
    assertThat(c.telegram().webhook().host()).isEqualTo("127.0.0.1");
    assertThat(c.telegram().maxQuestionChars()).isEqualTo(1000);

    TalksbotConfig env =
        new ConfigLoader(Map.of("TALKSBOT_TELEGRAM_API_URL", "http://localhost:9999/"), tmp)
            .load(yaml);
    assertThat(env.telegram().apiUrl()).isEqualTo("http://localhost:9999");
    assertThatThrownBy(
            () ->
                new ConfigLoader(Map.of("TALKSBOT_TELEGRAM_API_URL", "ftp://x/y"), tmp).load(yaml))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("TALKSBOT_TELEGRAM_API_URL");

    Files.writeString(yaml, "telegram:\n  wokers: 2\n");
    assertThatThrownBy(() -> new ConfigLoader(Map.of(), tmp).load(yaml))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("wokers")
        .hasMessageContaining(yaml.toString());
    Files.writeString(yaml, "telegram:\n  mode: carrier-pigeon\n");
    assertThatThrownBy(() -> new ConfigLoader(Map.of(), tmp).load(yaml))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("telegram.mode");
    assertThat(TalksbotConfig.defaults().telegram().apiUrl()).isEqualTo("https://api.telegram.org");
    // the shipped config documents every telegram key and loads
    TalksbotConfig shipped =
        new ConfigLoader(Map.of(), Path.of(".")).load(Path.of("config", "talksbot.yaml"));
    assertThat(shipped.telegram()).isEqualTo(TelegramSettings.defaults());
  }
}
