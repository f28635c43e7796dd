package dev.talksbot.answer.llm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The last few questions of each chat, for follow-ups. Bounded: at most {@code maxChats} chats (the
 * least recently active is forgotten first) and {@code maxTurns} turns per chat; a chat idle for
 * {@code expireAfter} is forgotten. Thread-safe. Nothing is written to disk.
 */
public final class ConversationMemory implements Conversations {
  /**
   * One answered question.
   *
   * @param question what the person typed
   * @param standalone the standalone (English) question that was answered
   * @param answer the answer text without citation markers
   */
  public record Turn(String question, String standalone, String answer) {}

  private record Chat(Deque<Turn> turns, Instant last) {}

  private final int maxChats;
  private final int maxTurns;
  private final Duration expireAfter;
  private final Clock clock;
  private final LinkedHashMap<String, Chat> chats = new LinkedHashMap<>(16, 0.75f, true);

  public ConversationMemory(int maxChats, int maxTurns, Duration expireAfter, Clock clock) {
    if (maxChats < 1 || maxTurns < 1) throw new IllegalArgumentException("bounds must be >= 1");
    this.maxChats = maxChats;
    this.maxTurns = maxTurns;
    this.expireAfter = expireAfter;
    this.clock = clock;
  }

  @Override
  public synchronized List<Turn> history(String chatId) {
    if (chatId == null) return List.of();
    expire();
    Chat c = chats.get(chatId);
    return c == null ? List.of() : List.copyOf(c.turns());
  }

  @Override
  public synchronized void record(String chatId, Turn turn) {
    if (chatId == null) return;
    expire();
    Chat c = chats.remove(chatId);
    Deque<Turn> turns = c == null ? new ArrayDeque<>() : c.turns();
    turns.addLast(turn);
    while (turns.size() > maxTurns) turns.removeFirst();
    chats.put(chatId, new Chat(turns, clock.instant()));
    while (chats.size() > maxChats) {
      Iterator<String> it = chats.keySet().iterator();
      it.next();
      it.remove();
    }
  }

  @Override
  public synchronized void forget(String chatId) {
    if (chatId != null) chats.remove(chatId);
  }

  public synchronized int size() {
    expire();
    return chats.size();
  }

  private void expire() {
    Instant cutoff = clock.instant().minus(expireAfter);
    List<String> old = new ArrayList<>();
    for (Map.Entry<String, Chat> e : chats.entrySet()) {
      if (e.getValue().last().isBefore(cutoff)) old.add(e.getKey());
    }
    old.forEach(chats::remove);
  }
}
