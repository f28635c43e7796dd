package dev.talksbot.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.talksbot.TestCorpus;
import dev.talksbot.answer.Answer;
import dev.talksbot.answer.AnswerRequest;
import dev.talksbot.answer.Language;
import dev.talksbot.answer.llm.ConversationMemory;
import dev.talksbot.answer.llm.RuleBasedRewriter;
import dev.talksbot.retrieval.ScoredPassage;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The question pipeline over the bundled corpus (real index, real embedding model). */
class QuestionPipelineTest {
  final TalksBot bot = TestCorpus.bot();
  final List<String> retrieved = new ArrayList<>();

  List<ScoredPassage> retrieve(String q) {
    retrieved.add(q);
    return bot.retrieve(q);
  }

  QuestionPipeline pipeline(QuestionNormalizer normalizer) {
    return pipeline(normalizer, null);
  }

  QuestionPipeline pipeline(
      QuestionNormalizer normalizer, QuestionPipeline.SummarySource summaries) {
    return new QuestionPipeline(
        this::retrieve,
        bot::corpusInfo,
        bot.answerer(),
        new RuleBasedRewriter(),
        normalizer,
        new ConversationMemory(10, 4, Duration.ofMinutes(30), Clock.systemUTC()),
        summaries);
  }

  @Test
  void aRequestForTheLatestNewsIsAnsweredWithTheSummaryOfTheLatestCoverage() {
    Answer summary = bot.summary(null);
    QuestionPipeline p = pipeline(QuestionNormalizer.IDENTITY, topic -> summary);
    Answer a = p.ask("What's the latest on the talks?", "chat");
    assertThat(retrieved).isEmpty();
    assertThat(a.question()).isEqualTo("What's the latest on the talks?");
    assertThat(a.text()).isEqualTo(QuestionPipeline.LATEST_NEWS_LINE + "\n" + summary.text());
    assertThat(a.citations()).isEqualTo(summary.citations());
    assertThat(p.memory().history("chat")).hasSize(1);
    // asked in Russian or Ukrainian too (the offline keyword table reads "news", "new")
    assertThat(p.ask("Какие новости?", "ru").text()).contains(summary.text());
    assertThat(p.ask("Що нового?", "uk").text()).contains(summary.text());
    assertThat(retrieved).isEmpty();
    assertThat(p.ask("summary pls", "chat").text()).contains(summary.text());
  }

  @Test
  void aRequestForTheLatestNewsOnATopicIsAnsweredWithTheLatestCoverageOnIt() {
    List<String> topics = new ArrayList<>();
    Answer onTopic = bot.summary("the prisoner exchange");
    assertThat(onTopic.refused()).isFalse();
    QuestionPipeline p =
        pipeline(
            QuestionNormalizer.IDENTITY,
            new QuestionPipeline.SummarySource() {
              @Override
              public Answer summary(String topic) {
                return bot.summary(topic);
              }

              @Override
              public Answer latest(String topic) {
                topics.add(topic);
                return topic.contains("Arctic") ? null : onTopic;
              }
            });
    Answer a = p.ask("Any news on the prisoner exchange?", "chat");
    assertThat(retrieved).isEmpty();
    assertThat(topics).containsExactly("the prisoner exchange");
    assertThat(a.text())
        .isEqualTo(QuestionPipeline.latestLine("the prisoner exchange") + "\n" + onTopic.text());
    assertThat(a.citations()).isEqualTo(onTopic.citations());
    // nothing on it in the latest coverage: answered as a question, from all of it
    p.ask("What's the latest on the Arctic Council?", "chat");
    assertThat(retrieved).containsExactly("What's the latest on the Arctic Council?");
    // a question about one fact, though it holds a word of the news, is answered as a question
    p.ask("Who is the new head of the delegation?", "chat");
    assertThat(topics).hasSize(2);
    assertThat(retrieved).endsWith("Who is the new head of the delegation?");
  }

  @Test
  void aRequestForAnOverviewOfATopicIsAnsweredWithTheSummaryOfTheCoverageOnIt() {
    List<String> topics = new ArrayList<>();
    QuestionPipeline p =
        pipeline(
            QuestionNormalizer.IDENTITY,
            topic -> {
              topics.add(String.valueOf(topic));
              return bot.summary(topic);
            });
    Answer a = p.ask("Could you summarize the prisoner exchanges, please?", "chat");
    assertThat(retrieved).isEmpty();
    assertThat(topics).containsExactly("the prisoner exchanges");
    Answer onTopic = bot.summary("the prisoner exchanges");
    assertThat(onTopic.refused()).isFalse();
    assertThat(a.text())
        .isEqualTo(QuestionPipeline.topicLine("the prisoner exchanges") + "\n" + onTopic.text());
    assertThat(a.citations()).isEqualTo(onTopic.citations());
    // the bot's own subject is the latest coverage
    assertThat(p.ask("Tell me about the talks", "chat").text())
        .startsWith(QuestionPipeline.LATEST_NEWS_LINE + "\n");
    assertThat(topics).containsExactly("the prisoner exchanges", "null");
    // a topic the coverage has nothing on is refused as /summary refuses it, with no first line
    Answer none = p.ask("Tell me about the Arctic Council", "chat");
    assertThat(none.refused()).isTrue();
    assertThat(none.text()).isEqualTo(bot.summary("the Arctic Council").text());
    // asked in Russian, through the offline keyword table
    assertThat(p.ask("Расскажи об обмене пленными", "ru").text())
        .contains(QuestionPipeline.topicLine("exchange prisoners"));
    assertThat(topics).endsWith("exchange prisoners");
    // a question about one fact is still retrieved and answered
    p.ask("Can you tell me who leads the Russian delegation?", "chat");
    assertThat(retrieved).containsExactly("Can you tell me who leads the Russian delegation?");
  }

  /** Corrects one misspelling, as a spelling corrector would. */
  static final QuestionNormalizer SPELLING =
      q -> {
        String fixed = q.replace("delagation", "delegation");
        return new QuestionNormalizer.Normalized(fixed, fixed.equals(q) ? null : fixed);
      };

  @Test
  void aChangedQuestionIsRetrievedAndAnsweredAsReadAndTheAnswerSaysSo() {
    Answer a = pipeline(SPELLING).ask("Who led the Ukrainian delagation?", "c");
    assertThat(retrieved).containsExactly("Who led the Ukrainian delegation?");
    assertThat(a.question()).isEqualTo("Who led the Ukrainian delegation?");
    assertThat(a.text()).startsWith("(Read as: \"Who led the Ukrainian delegation?\")\n");
    assertThat(a.refused()).isFalse();
  }

  @Test
  void theIdentityNormalizerAddsNothing() {
    String q = "Who led the Ukrainian delegation?";
    Answer direct = bot.answerer().answer(new AnswerRequest(q, bot.retrieve(q), bot.corpusInfo()));
    Answer a = pipeline(QuestionNormalizer.IDENTITY).ask(q, null);
    assertThat(a.text()).isEqualTo(direct.text()).doesNotContain("Read as");
    assertThat(retrieved).containsExactly(q);
    // an unchanged question gets no note from a normalizer that could change others
    assertThat(pipeline(SPELLING).ask(q, null).text()).isEqualTo(direct.text());
  }

  @Test
  void theReadAsLineComesBeforeTheEnglishOnlyNote() {
    QuestionNormalizer readAs = q -> new QuestionNormalizer.Normalized(q, q);
    Answer a = pipeline(readAs).ask("Хто очолював українську делегацію?", null);
    List<String> lines = a.text().lines().toList();
    assertThat(lines.get(0)).startsWith("(Read as: \"").endsWith("\")");
    assertThat(lines.get(1)).isEqualTo(Language.UK.englishOnlyNote());
  }

  @Test
  void aFollowUpBuildsOnTheQuestionAsRead() {
    QuestionPipeline p = pipeline(SPELLING);
    p.ask("Who led the Russian delagation?", "chat");
    Answer second = p.ask("and the Ukrainian one?", "chat");
    assertThat(second.question()).isEqualTo("Who led the Ukrainian delegation?");
    assertThat(second.text()).doesNotContain("Read as");
    assertThat(p.memory().history("chat").getLast().standalone())
        .isEqualTo("Who led the Ukrainian delegation?");
  }

  @Test
  void aBlankReadAsOrQuestionIsRejected() {
    assertThatThrownBy(() -> new QuestionNormalizer.Normalized("q", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("readAs");
    assertThatThrownBy(() -> new QuestionNormalizer.Normalized(" ", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blank");
  }
}
