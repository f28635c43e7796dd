package dev.talksbot.telegram;

import java.io.Serializable;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Calls the Bot API with the rules Telegram asks for: a 429 waits {@code retry_after} seconds and
 * tries again; 5xx, network errors and hung calls (a timeout on every call) are retried with
 * exponential backoff up to a limit; a 403 (the user blocked the bot, or it was removed from the
 * group) is recorded and not retried; other 4xx are not retried.
 */
final class BotApi {
  private static final Logger log = LoggerFactory.getLogger(BotApi.class);

  /** At most this many 429 waits per call, and none longer than this. */
  private static final int MAX_RATE_LIMIT_WAITS = 10;

  private static final long MAX_RETRY_AFTER_SECONDS = 300;

  private final TelegramClient client;
  private final BotToken token;
  private final int attempts;
  private final Duration timeout;
  private final Duration backoffBase;
  private final Set<Long> blocked = ConcurrentHashMap.newKeySet();
  private final dev.talksbot.ops.Metrics metrics; // ops hook (issue 12)
  final AtomicLong calls = new AtomicLong();
  final AtomicLong retries = new AtomicLong();
  final AtomicLong rateLimited = new AtomicLong();
  final AtomicLong failures = new AtomicLong();

  /**
   * A call that failed for good; {@link #code} is Telegram's error code or 0 for network/timeout.
   */
  static final class ApiFailure extends Exception {
    final int code;

    ApiFailure(int code, String message) {
      super(message, null, false, false);
      this.code = code;
    }

    boolean badRequest() {
      return code == 400;
    }
  }

  BotApi(
      TelegramClient client, BotToken token, int attempts, Duration timeout, Duration backoffBase) {
    this(client, token, attempts, timeout, backoffBase, dev.talksbot.ops.Metrics.NONE);
  }

  /** The same, reporting every attempt's method and status to {@code metrics} (ops hook). */
  BotApi(
      TelegramClient client,
      BotToken token,
      int attempts,
      Duration timeout,
      Duration backoffBase,
      dev.talksbot.ops.Metrics metrics) {
    this.metrics = metrics;
    this.client = client;
    this.token = token;
    this.attempts = attempts;
    this.timeout = timeout;
    this.backoffBase = backoffBase;
  }

  /** Chats that blocked the bot (403) since the start, until they write again. */
  Set<Long> blockedChats() {
    return Set.copyOf(blocked);
  }

  void unblocked(long chatId) {
    blocked.remove(chatId);
  }

  boolean isBlocked(long chatId) {
    return blocked.contains(chatId);
  }

  /** Calls a method for a chat (chatId 0 when none), with the retry rules above. */
  <T extends Serializable, M extends BotApiMethod<T>> T call(long chatId, M method)
      throws ApiFailure, InterruptedException {
    String name = method.getMethod();
    int attempt = 0;
    int waits = 0;
    while (true) {
      attempt++;
      calls.incrementAndGet();
      CompletableFuture<T> f = null;
      Throwable err;
      try {
        f = client.executeAsync(method);
        T result = f.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        metrics.botApiCall(name, 200); // ops hook
        return result;
      } catch (TimeoutException e) {
        f.cancel(true);
        err = new TimeoutException("no answer within " + timeout.toSeconds() + " s");
      } catch (ExecutionException | CancellationException e) {
        err = e.getCause() != null ? e.getCause() : e;
      } catch (TelegramApiValidationException e) {
        failures.incrementAndGet();
        throw new ApiFailure(400, name + " invalid: " + token.scrub(e.getMessage()));
      } catch (TelegramApiException e) {
        err = e;
      }
      metrics.botApiCall( // ops hook: 0 = network error or timeout
          name,
          err instanceof TelegramApiRequestException q && q.getErrorCode() != null
              ? q.getErrorCode()
              : 0);
      if (err instanceof TelegramApiRequestException r
          && r.getErrorCode() != null
          && r.getErrorCode() > 0) {
        int code = r.getErrorCode();
        String msg = token.scrub(r.getApiResponse() != null ? r.getApiResponse() : r.getMessage());
        if (code == 429 && waits < MAX_RATE_LIMIT_WAITS) {
          waits++;
          attempt--; // a wait Telegram asked for is not a failed attempt
          long secs =
              r.getParameters() != null && r.getParameters().getRetryAfter() != null
                  ? r.getParameters().getRetryAfter()
                  : 1;
          secs = Math.min(Math.max(secs, 1), MAX_RETRY_AFTER_SECONDS);
          rateLimited.incrementAndGet();
          log.warn("{} for chat {}: 429, waiting {} s as Telegram asks", name, chatId, secs);
          TimeUnit.SECONDS.sleep(secs);
          continue;
        }
        if (code == 403) {
          if (chatId != 0) blocked.add(chatId);
          failures.incrementAndGet();
          log.warn(
              "{} for chat {}: 403 ({}); not retrying, chat marked as blocked", name, chatId, msg);
          throw new ApiFailure(403, msg);
        }
        if (code < 500) {
          failures.incrementAndGet();
          throw new ApiFailure(code, name + " failed: " + code + " " + msg);
        }
      }
      String why = token.scrub(describe(err));
      if (attempt >= attempts) {
        failures.incrementAndGet();
        log.warn("{} for chat {} failed after {} attempts: {}", name, chatId, attempt, why);
        throw new ApiFailure(
            err instanceof TelegramApiRequestException r && r.getErrorCode() != null
                ? r.getErrorCode()
                : 0,
            name + " failed: " + why); // 0: network error, timeout or unreadable body
      }
      retries.incrementAndGet();
      long delay = Math.min(backoffBase.toMillis() << Math.min(attempt - 1, 10), 30_000);
      delay = delay / 2 + ThreadLocalRandom.current().nextLong(delay / 2 + 1);
      log.info("{} for chat {} failed ({}); retry {} in {} ms", name, chatId, why, attempt, delay);
      Thread.sleep(delay);
    }
  }

  /** Sends without waiting or retrying (chat actions): failures are only logged at debug. */
  void fireAndForget(BotApiMethod<? extends Serializable> method) {
    try {
      client
          .executeAsync(method)
          .orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
          .whenComplete(
              (r, e) -> {
                if (e != null)
                  log.debug("{} failed: {}", method.getMethod(), token.scrub(describe(e)));
              });
    } catch (TelegramApiException | RuntimeException e) {
      log.debug("{} failed: {}", method.getMethod(), token.scrub(describe(e)));
    }
  }

  static String describe(Throwable t) {
    StringBuilder b = new StringBuilder();
    for (Throwable c = t;
        c != null && b.length() < 400;
        c = c.getCause() == c ? null : c.getCause()) {
      if (b.length() > 0) b.append(" <- ");
      b.append(c.getClass().getSimpleName());
      if (c.getMessage() != null) b.append(": ").append(c.getMessage());
    }
    return b.toString();
  }
}
