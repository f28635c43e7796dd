package dev.talksbot.telegram;

import dev.talksbot.answer.Answer;
import dev.talksbot.answer.CorpusInfo;
import dev.talksbot.core.TalksBot;
import dev.talksbot.ingest.Article;
import java.util.List;

/**
 * What the Telegram front end needs from the core (a seam for tests; the product uses TalksBot).
 */
public interface BotCore {
  Answer ask(String question);

  /** Asks within a chat, so follow-ups ("and the Ukrainian one?") are understood. */
  default Answer ask(String question, String conversationId) {
    return ask(question);
  }

  Answer summary(String topicOrNull);

  /** The latest coverage on a topic ({@code /latest <topic>}). */
  Answer latest(String topic);

  /**
   * A cited three-sentence summary of one article (the /latest buttons).
   *
   * @throws IllegalArgumentException when there is no such article
   */
  default Answer articleSummary(String articleId) {
    throw new UnsupportedOperationException("article summaries are not available here");
  }

  List<Article> sources();

  CorpusInfo corpusInfo();

  static BotCore of(TalksBot bot) {
    return new BotCore() {
      @Override
      public Answer ask(String question) {
        return bot.ask(question);
      }

      @Override
      public Answer ask(String question, String conversationId) {
        return bot.ask(question, conversationId);
      }

      @Override
      public Answer summary(String topicOrNull) {
        return bot.summary(topicOrNull);
      }

      @Override
      public Answer latest(String topic) {
        return bot.latest(topic);
      }

      @Override
      public Answer articleSummary(String articleId) {
        return bot.articleSummary(articleId);
      }

      @Override
      public List<Article> sources() {
        return bot.sources();
      }

      @Override
      public CorpusInfo corpusInfo() {
        return bot.corpusInfo();
      }
    };
  }
}
