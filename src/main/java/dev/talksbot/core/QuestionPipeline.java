package dev.talksbot.core;

import dev.talksbot.answer.Answer;
import dev.talksbot.answer.AnswerRequest;
import dev.talksbot.answer.Answerer;
import dev.talksbot.answer.CorpusInfo;
import dev.talksbot.answer.Language;
import dev.talksbot.answer.llm.ConversationMemory;
import dev.talksbot.answer.llm.QuestionRewriter;
import dev.talksbot.retrieval.ScoredPassage;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A question in a chat, in named steps: <b>understand</b> it (its language, the standalone English
 * question a follow-up stands for, and what that is read as), <b>route</b> a request for the latest
 * news to the summary of the latest coverage and a request for an overview of a topic to the
 * summary of the coverage on it, else <b>retrieve</b> passages for it (again for "the next round"
 * read as the highest-numbered round they mention, {@link NextInSeries}, unless that reading is
 * refused), <b>answer</b> from them in the person's language when the answerer can, add the
 * <b>notes</b> (the question was read as…, the bot answers in English) and <b>remember</b> the turn
 * for follow-ups. Each step but the notes is a swappable part. Thread-safe when its parts are.
 */
public final class QuestionPipeline {
  /** Where passages for a question come from. */
  @FunctionalInterface
  public interface PassageSource {
    List<ScoredPassage> retrieve(String question);
  }

  /** Where cited summaries come from. */
  @FunctionalInterface
  public interface SummarySource {
    /** The summary of the latest coverage ({@code topic} null) or of the coverage on a topic. */
    Answer summary(String topic);

    /**
     * The summary of the latest coverage on a topic; null when the latest coverage holds nothing on
     * it. By default the summary of the coverage on the topic.
     */
    default Answer latest(String topic) {
      return summary(topic);
    }
  }

  /**
   * What was understood of a message.
   *
   * @param asked the message as typed
   * @param language the language it was typed in
   * @param history the chat's earlier turns, oldest first
   * @param standalone the standalone English question to retrieve and answer with
   * @param readAs what the person is told the question was read as; null when not changed
   */
  record Understood(
      String asked,
      Language language,
      List<ConversationMemory.Turn> history,
      String standalone,
      String readAs) {
    Understood {
      Objects.requireNonNull(asked, "asked");
      Objects.requireNonNull(language, "language");
      Objects.requireNonNull(standalone, "standalone");
      history = List.copyOf(history);
    }

    /** The same message, to be retrieved and answered as {@code question} and told so. */
    Understood readAs(String question) {
      return new Understood(asked, language, history, question, question);
    }
  }

  private final PassageSource passages;
  private final Supplier<CorpusInfo> corpus;
  private final Answerer answerer;
  private final QuestionRewriter rewriter;
  private final QuestionNormalizer normalizer;
  private final dev.talksbot.answer.llm.Conversations memory;
  private final SummarySource summaries;

  /**
   * @param summaries the summaries for a question that asks only for the latest news ({@link
   *     LatestNewsQuestion}) or for an overview of a topic ({@link OverviewRequest}); null to
   *     answer such questions as any other
   */
  public QuestionPipeline(
      PassageSource passages,
      Supplier<CorpusInfo> corpus,
      Answerer answerer,
      QuestionRewriter rewriter,
      QuestionNormalizer normalizer,
      dev.talksbot.answer.llm.Conversations memory,
      SummarySource summaries) {
    this.summaries = summaries;
    this.passages = Objects.requireNonNull(passages, "passages");
    this.corpus = Objects.requireNonNull(corpus, "corpus");
    this.answerer = Objects.requireNonNull(answerer, "answerer");
    this.rewriter = Objects.requireNonNull(rewriter, "rewriter");
    this.normalizer = Objects.requireNonNull(normalizer, "normalizer");
    this.memory = Objects.requireNonNull(memory, "memory");
  }

  /**
   * Answers a (validated) question in a chat.
   *
   * @param chatId the chat, or null for a one-off question (no memory)
   * @return the answer; its {@code question} is the standalone question that was answered
   */
  public Answer ask(String question, String chatId) {
    long start = System.nanoTime(); // ops hook (issue 12): timings and outcomes for /metrics
    try {
      Understood understood = understand(question, chatId);
      Answer answer = summary(understood);
      if (answer == null) {
        long retrieving = System.nanoTime();
        List<ScoredPassage> found = retrieve(understood);
        // "the next round": also read with the highest-numbered round the passages mention
        Understood next =
            NextInSeries.resolve(understood.standalone(), found)
                .map(understood::readAs)
                .orElse(null);
        List<ScoredPassage> foundNext = next == null ? null : retrieve(next);
        long answering = System.nanoTime();
        metrics.retrieval(answering - retrieving);
        answer = next == null ? null : answer(next, foundNext);
        if (answer instanceof Answer.Answered) understood = next;
        else answer = answer(understood, found); // no such reading, or it is refused: as asked
        metrics.model(System.nanoTime() - answering);
      }
      remember(chatId, understood, answer);
      Answer noted = note(understood, answer);
      metrics.question(
          noted instanceof Answer.Refused
              ? dev.talksbot.ops.Metrics.Outcome.REFUSED
              : dev.talksbot.ops.Metrics.Outcome.ANSWERED,
          noted.answerer(),
          System.nanoTime() - start);
      return noted;
    } catch (RuntimeException | Error e) {
      metrics.question(dev.talksbot.ops.Metrics.Outcome.ERROR, null, System.nanoTime() - start);
      throw e;
    }
  }

  // ops hook (issue 12)
  private volatile dev.talksbot.ops.Metrics metrics = dev.talksbot.ops.Metrics.NONE;

  /** Where question outcomes and timings are reported (no-op by default). */
  public void metrics(dev.talksbot.ops.Metrics m) {
    metrics = Objects.requireNonNull(m, "metrics");
  }

  /** Forgets a chat's recent turns (e.g. on /start). */
  public void forget(String chatId) {
    memory.forget(chatId);
  }

  public dev.talksbot.answer.llm.Conversations memory() {
    return memory;
  }

  /** The language, the standalone question a follow-up stands for, and what that is read as. */
  private Understood understand(String question, String chatId) {
    Language language = Language.detect(question);
    List<ConversationMemory.Turn> history = memory.history(chatId);
    String standalone = rewriter.rewrite(question, history, language);
    QuestionNormalizer.Normalized normalized = normalizer.normalize(standalone);
    return new Understood(question, language, history, normalized.text(), normalized.readAs());
  }

  /** The first line of the answer to a request for the latest news. */
  static final String LATEST_NEWS_LINE = "The latest coverage, in brief:";

  /** The first line of the answer to a request for the latest news on a topic. */
  static String latestLine(String topic) {
    return "The latest coverage on " + topic + ", in brief:";
  }

  /** The first line of the answer to a request for an overview of a topic. */
  static String topicLine(String topic) {
    return "The coverage on " + topic + ", in brief:";
  }

  /**
   * The summary a request for the latest news (on a topic: {@link OverviewRequest#latestOn}) or for
   * an overview of a topic is answered with, or null when the question is neither.
   */
  private Answer summary(Understood u) {
    if (summaries == null) return null;
    String subject = corpus.get().topic();
    Optional<String> overview = OverviewRequest.topic(u.standalone());
    if (LatestNewsQuestion.matches(u.standalone(), subject)
        || overview.filter(t -> LatestNewsQuestion.onlySubject(t, subject)).isPresent())
      return summarised(u, summaries.summary(null), LATEST_NEWS_LINE);
    Optional<String> latest = OverviewRequest.latestOn(u.standalone());
    if (latest.isPresent() && !latest.get().isEmpty()) {
      Answer a = summaries.latest(latest.get());
      // nothing on it in the latest coverage: answered as a question, from all of it
      return a == null || a.refused() ? null : summarised(u, a, latestLine(latest.get()));
    }
    if (overview.isEmpty()) return null;
    String topic = overview.get();
    return summarised(u, summaries.summary(topic), topicLine(topic));
  }

  /** A summary answering the question asked, under its first line unless it is a refusal. */
  private static Answer summarised(Understood u, Answer a, String firstLine) {
    return underLine(u.standalone(), a, firstLine);
  }

  /** The summary as the answer to {@code question}, under its first line unless it is a refusal. */
  static Answer underLine(String question, Answer a, String firstLine) {
    String text = a.refused() ? a.text() : firstLine + "\n" + a.text();
    return a.with(question, text, a.answerer());
  }

  private List<ScoredPassage> retrieve(Understood u) {
    return passages.retrieve(u.standalone());
  }

  private Answer answer(Understood u, List<ScoredPassage> found) {
    return answerer.answer(new AnswerRequest(u.standalone(), found, corpus.get(), u.language()));
  }

  /**
   * The answer with its first lines saying what the question was read as (when the normalizer
   * changed it) and, for a question not in English answered in English, that the bot answers in
   * English.
   */
  private static Answer note(Understood u, Answer a) {
    Language language = u.language();
    String englishOnly = language.englishOnlyNote();
    if (language != Language.EN
        && Language.detect(a.text()) != language
        && !a.text().startsWith(englishOnly)) {
      a = withFirstLine(a, englishOnly);
    }
    if (u.readAs() != null) a = withFirstLine(a, readAsLine(u.readAs()));
    return a;
  }

  /** The answer under the line saying what its question or topic was read as. */
  static Answer withReadAs(Answer a, String readAs) {
    return withFirstLine(a, readAsLine(readAs));
  }

  /** The line saying what a question was read as. */
  static String readAsLine(String readAs) {
    return "(Read as: \"" + readAs + "\")";
  }

  /** Records the turn, with the answer as the answerer gave it, without citation markers. */
  private void remember(String chatId, Understood u, Answer a) {
    String answer = Answer.MARKER.matcher(a.text()).replaceAll("").strip();
    memory.record(chatId, new ConversationMemory.Turn(u.asked(), u.standalone(), answer));
  }

  private static Answer withFirstLine(Answer a, String line) {
    return a.with(a.question(), line + "\n" + a.text(), a.answerer());
  }
}
