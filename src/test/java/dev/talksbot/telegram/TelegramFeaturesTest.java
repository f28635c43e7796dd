package dev.talksbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.talksbot.answer.Answer;
import dev.talksbot.answer.Citation;
import dev.talksbot.ingest.Article;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 12's Telegram features end to end (the real serve wiring and core against {@link
 * FakeBotApi}): inline mode, /latest with summary buttons, 👍/👎 feedback with /stats and the
 * export. The Russian/Ukrainian interface: {@link TelegramLanguagesTest}.
 */
class TelegramFeaturesTest extends TelegramHarness {
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
    List<Article> newest = dev.talksbot.core.NewestArticles.newest(all, n);
    String text = TelegramHtml.visible(list.params().get("text").asText());
    int at = -1;
    for (Article a : newest) {
      int i = text.indexOf(dev.talksbot.core.NewestArticles.headline(a));
      assertThat(i)
          .as(
              "headline [%s] of %s in order in %s",
              dev.talksbot.core.NewestArticles.headline(a), a.id(), text)
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
    api.text(32, "/latest 3x");
    List<FakeBotApi.Call> sent = api.awaitSent(32, 3);
    assertThat(sent).allMatch(c -> c.text().contains("from 1 to 10"));
    assertThat(sent.get(2).text()).contains("3x", "or a topic");
    assertThat(dev.talksbot.core.NewestArticles.count("")).isEqualTo(5);
    assertThat(dev.talksbot.core.NewestArticles.count("10")).isEqualTo(10);
    assertThat(dev.talksbot.core.NewestArticles.count("-1")).isNull();
  }

  @Test
  void latestOnATopicIsTheCitedSummaryOfTheLatestCoverageOnIt() throws Exception {
    start(1000, false);
    api.text(33, "/latest prisoner exchange");
    FakeBotApi.Call on = api.awaitSent(33, 1).getFirst();
    assertThat(TelegramHtml.check(on.params().get("text").asText())).isNull();
    assertThat(on.text())
        .startsWith("The latest coverage on prisoner exchange, in brief:")
        .contains("Sources")
        .containsPattern("\\[1]");
    String core = SharedCore.bot().latest("prisoner exchange").text();
    String first = core.substring(core.indexOf('\n') + 1, core.indexOf(" [1]"));
    assertThat(on.text()).contains(first); // the core's summary, as Telegram shows it
    // a topic the coverage has nothing on is refused as /summary refuses it
    api.text(33, "/latest Arctic Council");
    FakeBotApi.Call none = api.awaitSent(33, 2).get(1);
    assertThat(none.text()).contains("nothing on").contains("Arctic Council");
    assertThat(dev.talksbot.core.NewestArticles.namesATopic("prisoner exchange")).isTrue();
    assertThat(dev.talksbot.core.NewestArticles.namesATopic("7")).isFalse();
    assertThat(dev.talksbot.core.NewestArticles.namesATopic("3 articles")).isFalse();
    assertThat(dev.talksbot.core.NewestArticles.count("3 articles")).isEqualTo(3);
    assertThat(dev.talksbot.core.NewestArticles.count("30 articles")).isNull();
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
    try (FeedbackStore store =
        FeedbackStore.open(
            dev.talksbot.config.TalksbotConfig.defaults().withDataDir(stateDir),
            java.util.Map.of(),
            Clock.systemUTC())) {
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
}
