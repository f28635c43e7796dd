package dev.talksbot.answer.llm;

import dev.talksbot.answer.Language;
import java.util.List;

/** Turns a chat message into a standalone English question for retrieval and answering. */
public interface QuestionRewriter {
  /**
   * @param question the message as typed (validated)
   * @param history the chat's earlier turns, oldest first
   * @param language the message's language
   * @return the standalone question (the message itself when it stands alone)
   */
  String rewrite(String question, List<ConversationMemory.Turn> history, Language language);
}
