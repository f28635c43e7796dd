package dev.talksbot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.core.TalksBot;
import org.junit.jupiter.api.Test;

class ChatCommandTest {
  final TalksBot bot = TestCorpus.bot();

  @Test
  void plainQuestionsGetCitedAnswers() {
    String out = ChatCommand.handle(bot, "Which village did Russia say it captured?");
    assertThat(out).contains("Varachyne").contains("[1]").contains("Sources:");
  }

  @Test
  void slashCommandsWorkAsInTelegram() {
    assertThat(ChatCommand.handle(bot, "/help")).contains("/summary").contains("/sources");
    assertThat(ChatCommand.handle(bot, "/sources"))
        .contains("5 articles")
        .contains("CNN")
        .contains("Russia Today");
    assertThat(ChatCommand.handle(bot, "/summary")).contains("[1]").contains("Sources:");
    assertThat(ChatCommand.handle(bot, "/summary prisoner exchange"))
        .containsIgnoringCase("prisoner");
    assertThat(ChatCommand.handle(bot, "/help")).contains("/latest [n]", "/latest <topic>");
    // a number of articles lists the newest, as in Telegram (dated ones first, newest first)
    String two = ChatCommand.handle(bot, "/latest 2");
    assertThat(two).startsWith("The newest articles:").contains("1. ", "2. ").doesNotContain("3. ");
    assertThat(two).contains("2025-07-23").doesNotContain("undated");
    assertThat(ChatCommand.handle(bot, "/latest")).contains("5. ").contains("undated");
    assertThat(ChatCommand.handle(bot, "/latest 3 articles")).contains("3. ").doesNotContain("4. ");
    assertThat(ChatCommand.handle(bot, "/latest 0")).contains("a number of articles from 1 to 10");
    assertThat(ChatCommand.handle(bot, "/latest prisoner exchange"))
        .startsWith("The latest coverage on prisoner exchange, in brief:")
        .contains("Sources:");
    assertThat(ChatCommand.handle(bot, "/ask Who heads the Russian delegation in Istanbul?"))
        .contains("Medinsky");
  }

  @Test
  void badInputGetsAMessageNotAnError() {
    assertThat(ChatCommand.handle(bot, "/frobnicate")).contains("Unknown command /frobnicate");
    assertThat(ChatCommand.handle(bot, "/ask")).contains("Usage: /ask");
    assertThat(ChatCommand.handle(bot, "?!?")).contains("no words");
    assertThat(ChatCommand.handle(bot, "thanks!")).startsWith("You are welcome");
    assertThat(ChatCommand.handle(bot, "hi")).startsWith("TalksBot: I answer questions from");
    assertThat(ChatCommand.handle(bot, "who are you?")).isEqualTo(ChatCommand.handle(bot, "/help"));
    assertThat(ChatCommand.handle(bot, "x".repeat(3000))).contains("too long");
  }

  @Test
  void greetingSaysWhatTheCoverageIs() {
    assertThat(ChatCommand.greeting(bot.corpusInfo()))
        .contains("5 articles")
        .contains("2025-07-23");
  }
}
