package dev.talksbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.talksbot.answer.Answer;
import dev.talksbot.answer.Citation;
import dev.talksbot.answer.CorpusInfo;
import dev.talksbot.config.AlertsSettings;
import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.config.TalksbotConfig.TelegramSettings;
import dev.talksbot.ingest.Article;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12's Telegram features end to end (the real serve wiring and core against {@link
 * FakeBotApi}): inline mode, /latest with summary buttons, 👍/👎 feedback with /stats and the
 * export, and the Russian/Ukrainian interface.
 */
class TelegramFeaturesTest {
  static final String TOKEN = TelegramServeTest.TOKEN;
  static final long ADMIN = 4242;

  FakeBotApi api;
  TelegramService svc;
  final AtomicInteger asked = new AtomicInteger();

  @TempDir Path stateDir;

  @BeforeAll
  static void loadCore() throws Exception {
    SharedCore.bot();
  }

  @AfterEach
  void stop() {
    if (svc != null) svc.close();
    if (api != null) api.close();
  }

  /** The real core, counting the questions it is asked. */
  BotCore core() throws Exception {
    BotCore real = BotCore.of(SharedCore.bot());
    return new BotCore() {
      @Override
      public Answer ask(String q) {
        asked.incrementAndGet();
        return real.ask(q);
      }

      @Override
      public Answer ask(String q, String conversationId) {
        asked.incrementAndGet();
        return real.ask(q, conversationId);
      }

      @Override
      public Answer summary(String t) {
        return real.summary(t);
      }

      @Override
      public Answer articleSummary(String id) {
        return real.articleSummary(id);
      }

      @Override
      public List<Article> sources() {
        return real.sources();
      }

      @Override
      public CorpusInfo corpusInfo() {
        return real.corpusInfo();
      }
    };
  }

  void start(int perMinute, boolean feedback) throws Exception {
    api = new FakeBotApi(TOKEN);
    TelegramSettings t =
        new TelegramSettings(
            "polling", api.url(), null, 4, 1000, perMinute, 1000, 1, 2, 4, 20, null, feedback, 60);
    TalksbotConfig cfg =
        SharedCore.config()
            .withDataDir(stateDir)
            .withTelegram(t)
            .withAlerts(
                AlertsSettings.defaults()
                    .with(
                        b -> {
                          b.admins = List.of(ADMIN);
                          return b;
                        }));
    svc =
        TelegramService.start(
            cfg,
            BotToken.of(TOKEN),
            core(),
            new TelegramService.Options(Duration.ofMillis(100), Duration.ofMillis(20), 50));
  }

  static JsonNode markup(FakeBotApi.Call c) throws Exception {
    return TelegramServeTest.markup(c);
  }

  /** Waits for the n-th call of a method and returns it. */
  FakeBotApi.Call awaitCall(String method, int n) throws Exception {
    api.await(
        n + " " + method,
        cs -> cs.stream().filter(c -> c.method().equalsIgnoreCase(method)).count() >= n,
        Duration.ofSeconds(60));
    return api.calls(method).get(n - 1);
  }

  // ------------------------------------------------------------------ inline mode

  @Test
  void inlineQueryOffersOneCitedArticleResultCachedPerNormalizedQuestion() throws Exception {
    start(1000, false);
    api.inline(7, "en", "Who led the Ukrainian delegation in Istanbul?");
    FakeBotApi.Call c = awaitCall("answerInlineQuery", 1);
    JsonNode results = c.params().get("results");
    if (results.isTextual()) results = FakeBotApi.JSON.readTree(results.asText());
    assertThat(results).hasSize(1);
    JsonNode r = results.get(0);
    assertThat(r.get("type").asText()).isEqualTo("article");
    assertThat(r.get("title").asText()).startsWith("Answer: ");
    JsonNode content = r.get("input_message_content");
    assertThat(content.get("parse_mode").asText()).isEqualTo("HTML");
    String html = content.get("message_text").asText();
    assertThat(TelegramHtml.check(html)).isNull();
    assertThat(TelegramHtml.visible(html).length()).isLessThanOrEqualTo(4096);
    assertThat(html).contains("<b>Sources</b>").containsPattern("\\[1]");
    assertThat(c.params().get("cache_time").asInt()).isEqualTo(60);
    assertThat(asked.get()).isEqualTo(1);

    // the same question typed differently comes from the cache: the core is not asked again
    api.inline(8, "en", "  who led the ukrainian   delegation in istanbul ");
    FakeBotApi.Call again = awaitCall("answerInlineQuery", 2);
    assertThat(again.params().toString()).contains(r.get("id").asText());
    assertThat(asked.get()).isEqualTo(1);
  }

  @Test
  void inlineRefusalAndFloodLimit() throws Exception {
    start(2, false);
    api.inline(9, "en", "What is the boiling point of mercury on Mars?");
    FakeBotApi.Call c = awaitCall("answerInlineQuery", 1);
    JsonNode results = c.params().get("results");
    if (results.isTextual()) results = FakeBotApi.JSON.readTree(results.asText());
    assertThat(results).hasSize(1);
    assertThat(results.get(0).get("title").asText()).isEqualTo("No answer in the coverage");
    assertThat(
            TelegramHtml.check(results.get(0).at("/input_message_content/message_text").asText()))
        .isNull();
    api.inline(9, "en", "Where were the talks held?");
    awaitCall("answerInlineQuery", 2);
    api.inline(9, "en", "When did the talks start?"); // the third question in a minute
    FakeBotApi.Call limited = awaitCall("answerInlineQuery", 3);
    JsonNode button = limited.params().get("button");
    if (button != null && button.isTextual()) button = FakeBotApi.JSON.readTree(button.asText());
    assertThat(button).isNotNull();
    assertThat(button.get("text").asText()).contains("Too many questions");
    assertThat(limited.params().get("results").toString()).isIn("[]", "\"[]\"");
    assertThat(asked.get()).isEqualTo(2);
  }

  // ------------------------------------------------------------------ /latest

  @Test
  void latestListsNewestFirstWithASummaryButtonPerArticle() throws Exception {
    start(1000, false);
    List<Article> all = SharedCore.bot().sources();
    int n = Math.min(3, all.size());
    api.text(31, "/latest " + n);
    FakeBotApi.Call list = api.awaitSent(31, 1).getFirst();
    assertThat(TelegramHtml.check(list.params().get("text").asText())).isNull();
    List<Article> newest = LatestArticles.newest(all, n);
    String text = TelegramHtml.visible(list.params().get("text").asText());
    int at = -1;
    for (Article a : newest) {
      int i = text.indexOf(LatestArticles.headline(a));
      assertThat(i)
          .as("headline [%s] of %s in order in %s", LatestArticles.headline(a), a.id(), text)
          .isGreaterThan(at);
      at = i;
    }
    for (int i = 1; i < newest.size(); i++) {
      if (newest.get(i).date() != null && newest.get(i - 1).date() != null)
        assertThat(newest.get(i).date()).isBeforeOrEqualTo(newest.get(i - 1).date());
    }
    List<String> data = new ArrayList<>();
    markup(list)
        .get("inline_keyboard")
        .forEach(row -> row.forEach(b -> data.add(b.get("callback_data").asText())));
    assertThat(data).hasSize(n);
    assertThat(data)
        .allMatch(d -> d.startsWith("s:") && d.getBytes(StandardCharsets.UTF_8).length <= 64);

    api.callback(31, 31, list.params().get("message_id") == null ? 1 : 1, data.getFirst());
    FakeBotApi.Call summary = api.awaitSent(31, 2).get(1);
    assertThat(summary.text()).contains("Sources").containsPattern("\\[1]");
    Answer direct = SharedCore.bot().articleSummary(newest.getFirst().id());
    assertThat(direct).isInstanceOf(Answer.Answered.class);
    assertThat(direct.citations()).extracting(Citation::articleId).contains(newest.getFirst().id());
    assertThat(
            Answer.MARKER.matcher(direct.text()).replaceAll("").split("(?<=[.!?])\\s+(?=\\p{Lu})"))
        .hasSizeLessThanOrEqualTo(3);
  }

  @Test
  void latestRejectsBadCountsClearly() throws Exception {
    start(1000, false);
    api.text(32, "/latest 0");
    api.text(32, "/latest 11");
    api.text(32, "/latest many");
    List<FakeBotApi.Call> sent = api.awaitSent(32, 3);
    assertThat(sent).allMatch(c -> c.text().contains("from 1 to 10"));
    assertThat(sent.get(2).text()).contains("many");
    assertThat(LatestArticles.count("")).isEqualTo(5);
    assertThat(LatestArticles.count("10")).isEqualTo(10);
    assertThat(LatestArticles.count("-1")).isNull();
  }

  // ------------------------------------------------------------------ feedback

  @Test
  void feedbackVotesOnePerUserChangeableWithStatsAndExport() throws Exception {
    start(1000, true);
    api.text(41, "Who led the Russian delegation?");
    FakeBotApi.Call a = api.awaitSent(41, 1).getFirst();
    JsonNode rows = markup(a).get("inline_keyboard");
    JsonNode votes = rows.get(rows.size() - 1);
    assertThat(votes.get(0).get("text").asText()).isEqualTo("👍");
    assertThat(votes.get(1).get("text").asText()).isEqualTo("👎");
    String up = votes.get(0).get("callback_data").asText();
    String down = votes.get(1).get("callback_data").asText();

    api.callback(41, 41, 1, up);
    assertThat(awaitCall("answerCallbackQuery", 1).params().get("text").asText())
        .contains("Thanks");
    api.callback(41, 41, 1, down); // the same user changes their mind
    assertThat(awaitCall("answerCallbackQuery", 2).params().get("text").asText())
        .contains("changed");
    api.callback(41, 77, 1, up); // another user
    awaitCall("answerCallbackQuery", 3);

    api.text(ADMIN, "/stats");
    String stats = api.awaitSent(ADMIN, 1).getFirst().text();
    assertThat(stats).contains("votes 2").contains("👍 1 (50%)").contains("👎 1 (50%)");
    api.text(55, "/stats"); // not an admin: no such command
    assertThat(api.awaitSent(55, 1).getFirst().text()).contains("don't know the command /stats");

    svc.close();
    svc = null;
    try (FeedbackStore store = FeedbackStore.openIn(stateDir, Clock.systemUTC())) {
      StringWriter w = new StringWriter();
      assertThat(store.export(w)).isEqualTo(2);
      String[] lines = w.toString().split("\n");
      assertThat(lines).hasSize(2);
      for (String line : lines) {
        JsonNode o = FakeBotApi.JSON.readTree(line);
        assertThat(o.get("question").asText()).isEqualTo("Who led the Russian delegation?");
        assertThat(o.get("answer").asText()).isNotBlank();
        assertThat(o.get("citations").size()).isGreaterThan(0);
        assertThat(o.get("vote").asText()).isIn("up", "down");
      }
      assertThat(w.toString()).contains("\"userId\":41,").contains("\"userId\":77,");
      assertThat(store.rates()).isEqualTo(new FeedbackStore.Rates(1, 1, 1));
    }
  }

  @Test
  void withoutFeedbackAnswersHaveNoVoteButtons() throws Exception {
    start(1000, false);
    api.text(42, "Who led the Russian delegation?");
    FakeBotApi.Call a = api.awaitSent(42, 1).getFirst();
    assertThat(markup(a).toString()).doesNotContain("👍");
  }

  // ------------------------------------------------------------------ languages

  @Test
  void russianAndUkrainianUsersGetTheInterfaceInTheirLanguage() throws Exception {
    start(1000, false);
    api.textAs(51, 51, "ru", "/help");
    assertThat(api.awaitSent(51, 1).getFirst().text()).contains("Что я умею");
    api.textAs(51, 51, "ru", "/ask");
    assertThat(api.awaitSent(51, 2).get(1).text()).contains("Напишите вопрос");
    api.textAs(51, 51, "ru", "/nonsense");
    assertThat(api.awaitSent(51, 3).get(2).text()).contains("Я не знаю команду /nonsense");

    // no language_code: the question's own script decides (Ukrainian letters)
    api.text(52, "Хто очолював українську делегацію в Стамбулі?");
    FakeBotApi.Call a = api.awaitSent(52, 1).getFirst();
    JsonNode button = markup(a).at("/inline_keyboard/0/0");
    assertThat(button.get("text").asText()).isEqualTo("Показати цитати");
    assertThat(a.text()).contains("Джерела");
    String data = button.get("callback_data").asText();
    assertThat(data).startsWith("q:uk:");
    api.callback(52, 52, 1, data);
    FakeBotApi.Call edit = awaitCall("editMessageText", 1);
    assertThat(edit.params().get("text").asText()).contains("Цитати");
    assertThat(markup(edit).at("/inline_keyboard/0/0/text").asText()).isEqualTo("Сховати цитати");

    api.textAs(53, 53, "en-GB", "/help");
    assertThat(api.awaitSent(53, 1).getFirst().text()).contains("What I can do");
  }

  @Test
  void everyMessageKeyExistsInAllThreeLanguagesWithTheSamePlaceholders() {
    Messages en = Messages.english();
    for (dev.talksbot.answer.Language l : dev.talksbot.answer.Language.values()) {
      Messages m = Messages.of(l);
      assertThat(m.keys()).as(l.name()).isEqualTo(en.keys());
      for (String k : en.keys()) {
        assertThat(placeholders(m.get(k))).as(l + " " + k).isEqualTo(placeholders(en.get(k)));
        assertThat(TelegramHtml.check(m.get(k, "a", "b", "c", "d", "e", "f")))
            .as(l + " " + k)
            .isNull();
      }
    }
    assertThat(Messages.forUser("uk", "hello").language())
        .isEqualTo(dev.talksbot.answer.Language.UK);
    assertThat(Messages.forUser(null, "Кто возглавлял российскую делегацию?").language())
        .isEqualTo(dev.talksbot.answer.Language.RU);
    assertThat(Messages.forUser("de", "Who led it?").language())
        .isEqualTo(dev.talksbot.answer.Language.EN);
  }

  private static java.util.Set<String> placeholders(String s) {
    java.util.Set<String> out = new java.util.TreeSet<>();
    var m = java.util.regex.Pattern.compile("\\{\\d}").matcher(s);
    while (m.find()) out.add(m.group());
    return out;
  }
}
