package dev.talksbot.answer.llm;

import static dev.talksbot.answer.llm.FakeLlmServer.Reply;
import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.answer.Answer;
import dev.talksbot.answer.Language;
import dev.talksbot.config.LlmSettings;
import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.core.QuestionNormalizer;
import dev.talksbot.core.QuestionPipeline;
import dev.talksbot.retrieval.ScoredPassage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Follow-ups, chat memory and the user's language. */
class ConversationTest {
  private static final Language EN = Language.EN;

  final RuleBasedRewriter rules = new RuleBasedRewriter();

  static List<ConversationMemory.Turn> after(String standalone, String answer) {
    return List.of(new ConversationMemory.Turn(standalone, standalone, answer));
  }

  /**
   * "and who leads …?" is a question of its own: asked with the previous question's context, not
   * appended to the previous question, and the party it names replaces the one asked about before.
   */
  @Test
  void aQuestionOfItsOwnAfterAnOpenerIsAskedWithTheContext() {
    assertThat(
            rules.rewrite(
                "and who leads ukraine?",
                after("who is leading the russian side at the fifth round", "x"),
                Language.EN))
        .isEqualTo("who leads ukraine (side fifth round)?");
    assertThat(
            rules.rewrite(
                "and how many were civilians?",
                after("How many dock workers were freed at Tarn?", "x"),
                Language.EN))
        .startsWith("how many were civilians (")
        .contains("Tarn");
  }

  @Test
  void counterpartFollowUpSwapsTheWord() {
    assertThat(
            rules.rewrite(
                "and the Ukrainian one?",
                after("Who leads the Russian delegation?", "Vladimir Medinsky leads it."),
                Language.EN))
        .isEqualTo("Who leads the Ukrainian delegation?");
    assertThat(
            rules.rewrite(
                "What about Kyiv?", after("What did Moscow demand in Istanbul?", "x"), Language.EN))
        .isEqualTo("What did Kyiv demand in Istanbul?");
    assertThat(
            rules.rewrite(
                "and the second round?",
                after("When did the first round of talks start?", "x"),
                Language.EN))
        .isEqualTo("When did the second round of talks start?");
    // a possessive typed with the counterpart: the previous question keeps its own form
    assertThat(
            rules.rewrite(
                "and ukraine's?", after("who is leading russia's delegation", "x"), Language.EN))
        .isEqualTo("who is leading ukraine's delegation");
    assertThat(
            rules.rewrite(
                "What about Kyiv's?", after("What is Moscow's position?", "x"), Language.EN))
        .isEqualTo("What is Kyiv's position?");
  }

  /** "they" stands for a noun phrase of the previous question, not for its verb. */
  @Test
  void aReferenceGetsThePreviousQuestionsNounPhrasesNotItsVerbs() {
    String q =
        rules.rewrite(
            "When did they last meet?",
            after("Who leads the Ukrainian delegation?", "x"),
            Language.EN);
    assertThat(q).isEqualTo("When did they last meet (Ukrainian delegation)?");
    // "working" in "the working groups" names the thing with its noun
    assertThat(
            rules.rewrite(
                "who heads them?", after("Tell me about the working groups", "x"), Language.EN))
        .isEqualTo("who heads them (working groups)?");
  }

  @Test
  void aFollowUpOfAFollowUpRefersToWhatThatOneDid() {
    assertThat(
            rules.rewrite(
                "when did they first meet?",
                after("who heads them (working groups)?", "x"),
                Language.EN))
        .isEqualTo("when did they first meet (working groups)?");
    assertThat(
            rules.rewrite(
                "when did it happen?",
                after("how many were freed (first prisoner swap)?", "x"),
                Language.EN))
        .isEqualTo("when did it happen (first prisoner swap)?");
  }

  @Test
  void aQuestionThatNamesNoThingOfItsOwnGetsThePreviousQuestionsNounPhrases() {
    var history = after("Who mediated the first prisoner swap?", "The UAE mediated it.");
    assertThat(rules.rewrite("how many were freed", history, Language.EN))
        .isEqualTo("how many were freed (first prisoner swap)?");
    assertThat(rules.rewrite("What happened?", history, Language.EN))
        .isEqualTo("What happened (first prisoner swap)?");
    // a question that names its own thing stands alone
    assertThat(rules.rewrite("How many prisoners were freed?", history, Language.EN))
        .isEqualTo("How many prisoners were freed?");
    assertThat(rules.rewrite("When is the summit?", history, Language.EN))
        .isEqualTo("When is the summit?");
    // a name typed in lower case: no English word, or one the tagger reads as a pronoun
    assertThat(rules.rewrite("who is brennick", history, Language.EN)).isEqualTo("who is brennick");
    assertThat(rules.rewrite("what did qatar do", history, Language.EN))
        .isEqualTo("what did qatar do");
  }

  @Test
  void aLowerCaseNameWhereTheSubjectStandsIsAThingOfTheQuestionsOwn() {
    // the tagger reads "qatar" as an adverb, "trump" and "moscow" as verbs
    var history = after("why was it postponed (fourth round)?", "x");
    for (String own :
        List.of(
            "what has qatar done",
            "what has trump said",
            "why has moscow waited",
            "has trump said anything")) {
      assertThat(rules.rewrite(own, history, Language.EN)).as(own).isEqualTo(own);
    }
    // no word of its own there: a pronoun, an adverb, or no subject between auxiliary and verb
    assertThat(rules.rewrite("what has really happened", history, Language.EN))
        .isEqualTo("what has really happened (fourth round)?");
    assertThat(rules.rewrite("how many were released", history, Language.EN))
        .isEqualTo("how many were released (fourth round)?");
    assertThat(rules.rewrite("what has been decided", history, Language.EN))
        .isEqualTo("what has been decided (fourth round)?");
  }

  @Test
  void pronounBecomesThePersonOfThePreviousAnswer() {
    String q =
        rules.rewrite(
            "what did he say after that?",
            after(
                "Who leads the Russian delegation?",
                "Russia's delegation was led by Vladimir Medinsky, a Kremlin aide."),
            Language.EN);
    assertThat(q)
        .startsWith("what did Vladimir Medinsky say after that")
        .contains("Russian delegation");
  }

  @Test
  void aQuestionWordAloneAsksThePreviousQuestionAgainWithIt() {
    assertThat(rules.rewrite("where?", after("When is the next round?", "x"), Language.EN))
        .isEqualTo("Where is the next round?");
    assertThat(
            rules.rewrite(
                "And how many?", after("When were the prisoners exchanged?", "x"), Language.EN))
        .isEqualTo("How many were the prisoners exchanged?");
    assertThat(rules.rewrite("why", after("What did Moscow demand in Istanbul?", "x"), Language.EN))
        .isEqualTo("Why did Moscow demand in Istanbul?");
    // a short question that asks about something of its own is not one
    assertThat(rules.rewrite("Who is Reutov?", after("When is the next round?", "x"), Language.EN))
        .isEqualTo("Who is Reutov?");
  }

  @Test
  void aRequestForMoreAsksForAnOverviewOfThePreviousQuestion() {
    var history = after("Who leads the Russian delegation?", "x");
    for (String more : List.of("tell me more", "Tell me more, please!", "what else?", "And more?"))
      assertThat(rules.rewrite(more, history, Language.EN))
          .as(more)
          .isEqualTo("Tell me more about who leads the Russian delegation");
    // in Russian or Ukrainian, through the offline keyword table
    assertThat(rules.rewrite("Расскажи подробнее", history, Language.RU))
        .isEqualTo("Tell me more about who leads the Russian delegation");
    assertThat(rules.rewrite("Розкажи детальніше", history, Language.UK))
        .isEqualTo("Tell me more about who leads the Russian delegation");
    // a name keeps its capital
    assertThat(rules.rewrite("go on", after("Medinsky's role?", "x"), Language.EN))
        .isEqualTo("Tell me more about Medinsky's role");
    // after it, a follow-up is read against the question it was about
    var more = after("Tell me more about who leads the Russian delegation", "x");
    assertThat(rules.rewrite("and the Ukrainian one?", more, Language.EN))
        .isEqualTo("Who leads the Ukrainian delegation?");
    assertThat(rules.rewrite("what else?", more, Language.EN))
        .isEqualTo("Tell me more about who leads the Russian delegation");
    // more of something named is no request for more on the previous question
    assertThat(rules.rewrite("Tell me more about the envoy", history, Language.EN))
        .isEqualTo("Tell me more about the envoy");
    assertThat(rules.rewrite("What else did Peskov say?", history, Language.EN))
        .isEqualTo("What else did Peskov say?");
  }

  /** How {@code followUp} reads after {@code before}. */
  private String read(String followUp, String before) {
    return rules.rewrite(followUp, after(before, "x"), EN);
  }

  @Test
  void oneStandsForThePreviousQuestionsNoun() {
    assertThat(read("what happened at the last one?", "when is the fourth round?"))
        .isEqualTo("what happened at the last round?");
    assertThat(read("Which ones were freed first?", "How many prisoners were exchanged?"))
        .startsWith("Which prisoners were freed first?");
    // a number, "one of …" and "no one" stand for nothing
    assertThat(read("Was one prisoner a general?", "When is the round?"))
        .doesNotContain("round prisoner");
    assertThat(read("Which one of the delegations came late?", "When is the round?"))
        .startsWith("Which one of the delegations came late?");
    assertThat(read("Did no one object?", "When is the round?")).startsWith("Did no one object");
    // a name is no kind of thing
    assertThat(read("what happened at the last one?", "What did Peskov say?"))
        .doesNotContain("last Peskov");
  }

  @Test
  void whatAboutAnotherThingAsksThePreviousQuestionOfIt() {
    assertThat(rules.rewrite("what about the summit?", after("When is the next round?", "x"), EN))
        .isEqualTo("When is the summit?");
    // "round" read as an adjective by the tagger
    assertThat(rules.rewrite("what about the summit?", after("when is the fourth round?", "x"), EN))
        .isEqualTo("when is the summit?");
    assertThat(
            rules.rewrite(
                "what about bodies?", after("How many prisoners were exchanged?", "x"), EN))
        .isEqualTo("How many bodies were exchanged?");
    assertThat(
            rules.rewrite(
                "And what about the working groups?",
                after("Who leads the Russian delegation?", "x"),
                EN))
        .isEqualTo("Who leads the working groups?");
    // a name stands for the question's name
    assertThat(
            rules.rewrite(
                "what about Zelensky?", after("What did Peskov say about the summit?", "x"), EN))
        .isEqualTo("What did Zelensky say about the summit?");
    // "the Ukrainian one" takes the replaced phrase's noun
    assertThat(
            rules.rewrite(
                "how about the Ukrainian one?", after("Where were the June talks held?", "x"), EN))
        .isEqualTo("Where were the Ukrainian talks held?");
    // names typed in lower case, one the tagger reads as a pronoun; "and" alone before a name
    assertThat(rules.rewrite("what about peskov?", after("what did melnychuk say", "x"), EN))
        .isEqualTo("what did Peskov say?");
    assertThat(rules.rewrite("and peskov?", after("what did melnychuk say", "x"), EN))
        .isEqualTo("what did Peskov say?");
    assertThat(rules.rewrite("and Peskov?", after("What did Melnychuk say?", "x"), EN))
        .isEqualTo("What did Peskov say?");
    // nothing to stand for: asked about on its own
    assertThat(rules.rewrite("what about Medinsky?", after("Who leads the delegation?", "x"), EN))
        .isEqualTo("Tell me about Medinsky");
    assertThat(
            rules.rewrite(
                "what about the children?",
                after("when did they first meet (working groups)?", "x"),
                EN))
        .isEqualTo("Tell me about the children");
    // a counterpart is still swapped, and a phrase that narrows is still appended
    assertThat(
            rules.rewrite(
                "what about the Ukrainian one?",
                after("Who leads the Russian delegation?", "x"),
                EN))
        .isEqualTo("Who leads the Ukrainian delegation?");
    assertThat(
            rules.rewrite(
                "what about in June?", after("Who leads the Russian delegation?", "x"), EN))
        .isEqualTo("Who leads the Russian delegation in June?");
  }

  @Test
  void otherEllipticalFollowUpIsAppended() {
    assertThat(
            rules.rewrite(
                "and in June?", after("Who leads the Russian delegation?", "x"), Language.EN))
        .isEqualTo("Who leads the Russian delegation in June?");
  }

  @Test
  void standaloneQuestionsAreLeftAlone() {
    String q = "Who leads the Ukrainian delegation in Istanbul?";
    assertThat(rules.rewrite(q, after("What did Peskov say?", "x"), Language.EN)).isEqualTo(q);
    assertThat(rules.rewrite("and the Ukrainian one?", List.of(), Language.EN))
        .isEqualTo("and the Ukrainian one?");
  }

  @Test
  void languageDetection() {
    assertThat(Language.detect("Who leads the delegation?")).isEqualTo(Language.EN);
    assertThat(Language.detect("Кто возглавляет российскую делегацию?")).isEqualTo(Language.RU);
    assertThat(Language.detect("Хто очолює українську делегацію?")).isEqualTo(Language.UK);
    assertThat(Language.detect("Що сказав Умєров?")).isEqualTo(Language.UK);
    assertThat(Language.detect("What did Мединский say?")).isEqualTo(Language.EN);
  }

  @Test
  void memoryIsBoundedAndExpires() {
    MutableClock clock = new MutableClock();
    ConversationMemory m = new ConversationMemory(2, 2, Duration.ofMinutes(30), clock);
    for (int i = 0; i < 3; i++)
      m.record("a", new ConversationMemory.Turn("q" + i, "q" + i, "a" + i));
    assertThat(m.history("a"))
        .extracting(ConversationMemory.Turn::question)
        .containsExactly("q1", "q2");
    m.record("b", new ConversationMemory.Turn("b", "b", "b"));
    m.record("c", new ConversationMemory.Turn("c", "c", "c"));
    assertThat(m.history("a")).isEmpty(); // least recently active chat forgotten
    assertThat(m.size()).isEqualTo(2);
    clock.now = clock.now.plus(Duration.ofMinutes(31));
    assertThat(m.history("c")).isEmpty();
    assertThat(m.size()).isZero();
    assertThat(m.history(null)).isEmpty();
  }

  /** Records what it was asked; answers from the fixtures. */
  static final class Recorder {
    final List<String> queries = new ArrayList<>();

    List<ScoredPassage> retrieve(String q) {
      queries.add(q);
      return Fixtures.passages(Fixtures.REUTERS, Fixtures.KYIV);
    }
  }

  QuestionPipeline extractiveService(Recorder rec) {
    return new QuestionPipeline(
        rec::retrieve,
        () -> Fixtures.CORPUS,
        Fixtures.extractive(),
        rules,
        QuestionNormalizer.IDENTITY,
        new ConversationMemory(10, 4, Duration.ofMinutes(30), Clock.systemUTC()),
        null);
  }

  @Test
  void extractiveChatUnderstandsFollowUps() {
    Recorder rec = new Recorder();
    QuestionPipeline chat = extractiveService(rec);
    Answer first = chat.ask("Who led the Russian delegation?", "chat-1");
    assertThat(first.text()).contains("Medinsky");
    Answer second = chat.ask("and the Ukrainian one?", "chat-1");
    assertThat(rec.queries)
        .containsExactly("Who led the Russian delegation?", "Who led the Ukrainian delegation?");
    assertThat(second.question()).isEqualTo("Who led the Ukrainian delegation?");
    assertThat(second.text()).contains("Umerov");
    // another chat has its own memory
    chat.ask("and the Ukrainian one?", "chat-2");
    assertThat(rec.queries.getLast()).isEqualTo("and the Ukrainian one?");
  }

  @Test
  void extractiveAnswerToARussianQuestionStartsWithANoteInRussian() {
    QuestionPipeline chat = extractiveService(new Recorder());
    Answer a = chat.ask("Кто возглавлял российскую делегацию?", "c");
    assertThat(a.text()).startsWith(Language.RU.englishOnlyNote() + "\n");
    Answer u = chat.ask("Хто очолював українську делегацію?", "d");
    assertThat(u.text()).startsWith(Language.UK.englishOnlyNote() + "\n");
    assertThat(chat.ask("Who led the Russian delegation?", "e").text())
        .doesNotContain(Language.RU.englishOnlyNote());
  }

  @Test
  void withAnLlmTheQuestionIsRewrittenToEnglishAndAnsweredInRussian() throws Exception {
    try (FakeLlmServer server = new FakeLlmServer()) {
      server.then(
          Reply.content("Who led the Russian delegation?"), // rewrite
          Reply.content(
              "Vladimir Medinsky led Russia's delegation [1].\n>> Российскую делегацию возглавлял Владимир Мединский [1]."));
      Recorder rec = new Recorder();
      QuestionPipeline chat = llmChat(server, rec);
      Answer a = chat.ask("Кто возглавлял российскую делегацию?", "c");
      assertThat(rec.queries).containsExactly("Who led the Russian delegation?");
      assertThat(a.answerer()).isEqualTo("openai");
      assertThat(a.text()).isEqualTo("Российскую делегацию возглавлял Владимир Мединский. [1]");
      assertThat(server.requests.getFirst().user())
          .contains("<question>Кто возглавлял российскую делегацию?</question>");
      assertThat(server.requests.get(1).system()).contains("Russian");
    }
  }

  @Test
  void withAnLlmFollowUpsAreRewrittenWithHistoryAndFallBackToRulesOnFailure() throws Exception {
    try (FakeLlmServer server = new FakeLlmServer()) {
      server.then(
          Reply.content(
              "Vladimir Medinsky led Russia's delegation [1]."), // first answer (no rewrite:
          // English, no history)
          Reply.content("Standalone question: \"Who led the Ukrainian delegation?\""), // rewrite
          Reply.content("Rustem Umerov led Ukraine's delegation [2]."),
          Reply.status(500, "{}"), // rewrite fails -> rules
          Reply.content("Umerov said Kyiv wanted an unconditional ceasefire [2]."));
      Recorder rec = new Recorder();
      QuestionPipeline chat = llmChat(server, rec);
      chat.ask("Who led the Russian delegation?", "c");
      Answer second = chat.ask("and the Ukrainian one?", "c");
      assertThat(second.text()).isEqualTo("Rustem Umerov led Ukraine's delegation. [1]");
      assertThat(server.requests.get(1).user())
          .contains("User: Who led the Russian delegation?")
          .contains("Bot: Vladimir Medinsky led Russia's delegation.");
      Answer third = chat.ask("what did he say?", "c");
      assertThat(rec.queries)
          .containsExactly(
              "Who led the Russian delegation?",
              "Who led the Ukrainian delegation?",
              "what did Rustem Umerov say?");
      assertThat(third.text()).contains("ceasefire");
    }
  }

  static final class MutableClock extends Clock {
    Instant now = Instant.parse("2025-05-16T10:00:00Z");

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  /** A question pipeline with the OpenAI-compatible answerer and rewriter on the fake server. */
  private static QuestionPipeline llmChat(FakeLlmServer server, Recorder rec) {
    LlmSettings ls = new LlmSettings(server.openAiUrl(), "m", null, 5, 0, null, null, null, 3, 60);
    TalksbotConfig cfg = TalksbotConfig.defaults().withAnswerer("openai").withLlm(ls);
    LlmAnswerers.Setup setup =
        LlmAnswerers.create(
            cfg,
            Fixtures.extractive(),
            new LlmEnvironment(Map.of("OPENAI_API_KEY", "k"), Path.of("prompts")));
    return new QuestionPipeline(
        rec::retrieve,
        () -> Fixtures.CORPUS,
        setup.answerer(),
        setup.rewriter(),
        QuestionNormalizer.IDENTITY,
        new ConversationMemory(10, 4, Duration.ofMinutes(30), Clock.systemUTC()),
        null);
  }
}
