package dev.talksbot.telegram;

import java.util.List;

/**
 * Extra chat commands another part of the program adds to the bot (the alerts' /subscribe,
 * /subscriptions, /unsubscribe, and the admins' /stats and /ingest). Commands that {@link #has}
 * denies for a chat do not exist there: they are answered like any unknown command.
 */
public interface ChatCommands {
  /** A command for the menu (setMyCommands) and /help; admin-only ones are left out of both. */
  record Command(String name, String usage, String description, boolean adminOnly) {}

  /** Whether the sender is an administrator of the (group) chat; asks the Bot API when called. */
  @FunctionalInterface
  interface AdminCheck {
    boolean isChatAdmin() throws InterruptedException;
  }

  /**
   * One use of a command; {@code command} is lower case with the slash, e.g. {@code /subscribe}.
   */
  record Invocation(
      String command,
      String argument,
      long chatId,
      String chatType,
      long userId,
      AdminCheck admin) {
    public boolean group() {
      return !"private".equals(chatType);
    }
  }

  List<Command> commands();

  /** Whether the command exists for this chat and user. */
  boolean has(String command, long chatId, long userId);

  /** Runs it; returns the reply as Telegram HTML (outside text escaped). */
  String run(Invocation inv) throws InterruptedException, java.io.IOException;
}
