package dev.talksbot.telegram;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;

/**
 * What the update handlers share: the core, the Bot API, the stores and limits, and who the bot is.
 *
 * @param feedback the answer feedback store, or null when {@code telegram.feedback} is off
 * @param admins chat and user ids allowed the admin commands ({@code alerts.admins})
 */
record BotContext(
    BotCore core,
    Replies replies,
    QuoteStore quotes,
    FeedbackStore feedback,
    FloodLimiter flood,
    ScheduledExecutorService typingTimer,
    Duration typingInterval,
    int maxQuestionChars,
    String botUsername,
    long botId,
    Set<Long> admins) {
  BotContext {
    java.util.Objects.requireNonNull(core, "core");
    java.util.Objects.requireNonNull(replies, "replies");
    java.util.Objects.requireNonNull(quotes, "quotes");
    java.util.Objects.requireNonNull(flood, "flood");
    admins = admins == null ? Set.of() : Set.copyOf(admins);
    if (maxQuestionChars < 1) throw new IllegalArgumentException("maxQuestionChars must be >= 1");
  }

  BotApi api() {
    return replies.api();
  }

  boolean isAdmin(long chatId, long userId) {
    return admins.contains(chatId) || admins.contains(userId);
  }
}
