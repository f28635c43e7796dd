package dev.talksbot.config;

/**
 * Per-chat memory used to understand follow-up questions.
 *
 * @param maxChats chats remembered at once (the least recently active is forgotten first)
 * @param maxTurns questions remembered per chat
 * @param expireMinutes a chat idle this long is forgotten
 */
public record ConversationSettings(Integer maxChats, Integer maxTurns, Integer expireMinutes) {
  public ConversationSettings {
    if (maxChats == null) maxChats = 10_000;
    if (maxTurns == null) maxTurns = 4;
    if (expireMinutes == null) expireMinutes = 30;
    if (maxChats < 1 || maxTurns < 1 || expireMinutes < 1) {
      throw new ConfigException("conversation: maxChats, maxTurns and expireMinutes must be >= 1");
    }
  }
}
