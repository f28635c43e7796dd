package dev.talksbot.telegram;

import dev.talksbot.alerts.AlertSender;
import dev.talksbot.config.TelegramSettings;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;

/**
 * Sends alerts through the Bot API with {@link BotApi}'s rules, but one attempt per call for
 * anything but 429 (the outbox retries with its own backoff and parks): 429 waits retry_after; 403
 * is BLOCKED; 400 PERMANENT (HTML refused: sent again as plain text first); the rest RETRY.
 */
public final class TelegramAlertSender implements AlertSender, AutoCloseable {
  private final BotApi api;
  private final OkHttpClient ownHttp;

  TelegramAlertSender(BotApi api, OkHttpClient ownHttp) {
    this.api = api;
    this.ownHttp = ownHttp;
  }

  /** A sender with its own HTTP client (for tools and a dispatcher outside {@code serve}). */
  public static TelegramAlertSender create(TelegramSettings s, BotToken token) {
    URI u = URI.create(s.apiUrl());
    int port = u.getPort() > 0 ? u.getPort() : (u.getScheme().equals("https") ? 443 : 80);
    OkHttpClient http =
        new OkHttpClient.Builder()
            .dispatcher(
                new okhttp3.Dispatcher(
                    Executors.newCachedThreadPool(TelegramService.daemon("alert-http"))))
            .connectTimeout(Duration.ofSeconds(10))
            .readTimeout(Duration.ofSeconds(s.requestTimeoutSeconds()))
            .build();
    OkHttpTelegramClient client =
        new OkHttpTelegramClient(
            http, token.reveal(), new TelegramUrl(u.getScheme(), u.getHost(), port, false));
    return new TelegramAlertSender(forAlerts(client, token, s), http);
  }

  static BotApi forAlerts(
      org.telegram.telegrambots.meta.generics.TelegramClient client,
      BotToken token,
      TelegramSettings s) {
    return new BotApi(
        client, token, 1, Duration.ofSeconds(s.requestTimeoutSeconds()), Duration.ofMillis(500));
  }

  @Override
  public Result send(long chatId, String html) throws InterruptedException {
    List<String> parts = MessageSplitter.split(html);
    for (String part : parts) {
      Result r = one(chatId, part, true);
      if (r.outcome() == Outcome.PERMANENT
          && r.detail() != null
          && r.detail().contains("entities")) {
        r = one(chatId, Html.toPlain(part), false);
      }
      if (r.outcome() != Outcome.SENT) return r;
    }
    return Result.OK;
  }

  private Result one(long chatId, String text, boolean html) throws InterruptedException {
    var b =
        SendMessage.builder()
            .chatId(chatId)
            .text(text)
            .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build());
    if (html) b.parseMode(Replies.HTML);
    try {
      api.call(chatId, b.build());
      return Result.OK;
    } catch (BotApi.ApiFailure f) {
      if (f.code == 403) return new Result(Outcome.BLOCKED, f.getMessage());
      if (f.code == 400) return new Result(Outcome.PERMANENT, f.getMessage());
      return new Result(Outcome.RETRY, f.getMessage());
    }
  }

  @Override
  public void close() {
    if (ownHttp != null) {
      ownHttp.dispatcher().cancelAll();
      ownHttp.dispatcher().executorService().shutdownNow();
      ownHttp.connectionPool().evictAll();
    }
  }
}
