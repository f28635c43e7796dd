package dev.talksbot.telegram;

import dev.talksbot.answer.Answer;
import dev.talksbot.answer.CorpusInfo;
import dev.talksbot.ingest.Article;
import java.util.List;

/**
 * The real core with a hook that runs before each question reaches it (tests count, block, fail).
 */
class DelegatingCore implements BotCore {
  private final BotCore real;

  DelegatingCore(BotCore real) {
    this.real = real;
  }

  /** Runs before each question is passed on. */
  void beforeAsk(String question) {}

  @Override
  public Answer ask(String q) {
    beforeAsk(q);
    return real.ask(q);
  }

  @Override
  public Answer ask(String q, String conversationId) {
    beforeAsk(q);
    return real.ask(q, conversationId);
  }

  @Override
  public Answer summary(String t) {
    return real.summary(t);
  }

  @Override
  public Answer latest(String topic) {
    return real.latest(topic);
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
}
