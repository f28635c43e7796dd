package dev.talksbot.answer.llm;

import java.util.List;

/**
 * The last few turns of each chat, for follow-up questions: in this process ({@link
 * ConversationMemory}) or in the state database, shared by several instances ({@link
 * JdbcConversations}), so a follow-up is understood whichever instance receives it.
 */
public interface Conversations {
  /** The chat's turns, oldest first; empty for an unknown, expired or null chat. */
  List<ConversationMemory.Turn> history(String chatId);

  /** Adds a turn (a null chat is not remembered). */
  void record(String chatId, ConversationMemory.Turn turn);

  /** Forgets a chat (e.g. on /start). */
  void forget(String chatId);
}
