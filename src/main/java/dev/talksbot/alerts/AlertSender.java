package dev.talksbot.alerts;

/**
 * Sends one alert (Telegram HTML) to a chat. The Telegram implementation lives in
 * dev.talksbot.telegram; it waits out 429s itself (retry_after) and reports the rest.
 */
public interface AlertSender {
  enum Outcome {
    /** Delivered. */
    SENT,
    /** 403: the user blocked the bot or it left the group; the chat's subscriptions end. */
    BLOCKED,
    /** A failure worth retrying later (5xx, network, timeout, repeated 429). */
    RETRY,
    /** A failure that will not go away by retrying (400: chat not found, bad text). */
    PERMANENT
  }

  record Result(Outcome outcome, String detail) {
    public static final Result OK = new Result(Outcome.SENT, null);
  }

  Result send(long chatId, String html) throws InterruptedException;
}
