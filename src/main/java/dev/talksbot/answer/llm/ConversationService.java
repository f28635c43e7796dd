package dev.talksbot.answer.llm;

import dev.talksbot.answer.Answer;
import dev.talksbot.answer.AnswerRequest;
import dev.talksbot.answer.Answerer;
import dev.talksbot.answer.CorpusInfo;
import dev.talksbot.retrieval.ScoredPassage;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Questions in a chat: follow-ups are rewritten into standalone questions using the chat's memory,
 * the language is detected, and the answer comes in the user's language when the model gives it;
 * otherwise a one-line note in the user's language says that the bot answers in English.
 */
public final class ConversationService {
  private final Function<String, List<ScoredPassage>> retriever;
  private final Supplier<CorpusInfo> corpus;
  private final Answerer answerer;
  private final QuestionRewriter rewriter;
  private final ConversationMemory memory;

  public ConversationService(
      Function<String, List<ScoredPassage>> retriever,
      Supplier<CorpusInfo> corpus,
      Answerer answerer,
      QuestionRewriter rewriter,
      ConversationMemory memory) {
    this.retriever = retriever;
    this.corpus = corpus;
    this.answerer = answerer;
    this.rewriter = rewriter;
    this.memory = memory;
  }

  /**
   * Answers a (validated) question in a chat.
   *
   * @param chatId the chat, or null for a one-off question (no memory)
   * @return the answer; its {@code question} is the standalone question that was answered
   */
  public Answer ask(String question, String chatId) {
    Language language = Language.detect(question);
    List<ConversationMemory.Turn> history = memory.history(chatId);
    String standalone = rewriter.rewrite(question, history, language);
    AnswerRequest req = new AnswerRequest(standalone, retriever.apply(standalone), corpus.get());
    Answer a =
        answerer instanceof LlmAnswerer llm ? llm.answer(req, language) : answerer.answer(req);
    if (language != Language.EN
        && Language.detect(a.text()) != language
        && !a.text().startsWith(language.englishOnlyNote())) {
      a = withNote(a, language.englishOnlyNote());
    }
    memory.record(
        chatId,
        new ConversationMemory.Turn(
            question, standalone, Answer.MARKER.matcher(a.text()).replaceAll("").strip()));
    return a;
  }

  public void forget(String chatId) {
    memory.forget(chatId);
  }

  public ConversationMemory memory() {
    return memory;
  }

  private static Answer withNote(Answer a, String note) {
    String text = note + "\n" + a.text();
    return switch (a) {
      case Answer.Answered x ->
          new Answer.Answered(x.question(), text, x.answerer(), x.citations());
      case Answer.Refused x -> new Answer.Refused(x.question(), text, x.answerer());
    };
  }
}
