package dev.talksbot.telegram;

import dev.talksbot.config.ConfigException;
import dev.talksbot.config.TelegramSettings;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Executors;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.objects.User;

/**
 * The connection to the Bot API: one OkHttp client (bounded dispatcher, timeouts from the
 * settings), the TelegramBots client on it, {@link BotApi}'s retry rules, and the bot itself
 * (getMe), which also checks the token.
 */
record BotConnection(
    OkHttpClient http, OkHttpTelegramClient client, BotApi api, TelegramUrl url, User me) {

  /** Requests in flight at most, overall and per host. */
  static final int MAX_REQUESTS = 64;

  static final int MAX_REQUESTS_PER_HOST = 32;

  /** A long poll's read timeout is its poll timeout plus this margin, in seconds. */
  static final int POLL_READ_MARGIN_SECONDS = 15;

  /** Connects and asks getMe; a rejected token is a {@link ConfigException}. */
  static BotConnection open(
      TelegramSettings s, BotToken token, Duration retryBackoff, dev.talksbot.ops.Metrics metrics)
      throws InterruptedException {
    URI u = URI.create(s.apiUrl());
    int port = u.getPort() > 0 ? u.getPort() : (u.getScheme().equals("https") ? 443 : 80);
    TelegramUrl url = new TelegramUrl(u.getScheme(), u.getHost(), port, false);
    Dispatcher dispatcher =
        new Dispatcher(Executors.newCachedThreadPool(TelegramService.daemon("tg-http")));
    dispatcher.setMaxRequests(MAX_REQUESTS);
    dispatcher.setMaxRequestsPerHost(MAX_REQUESTS_PER_HOST);
    OkHttpClient http =
        new OkHttpClient.Builder()
            .dispatcher(dispatcher)
            .connectTimeout(Duration.ofSeconds(10))
            .readTimeout(
                Duration.ofSeconds(
                    Math.max(
                        s.requestTimeoutSeconds(),
                        s.pollTimeoutSeconds() + POLL_READ_MARGIN_SECONDS)))
            .writeTimeout(Duration.ofSeconds(s.requestTimeoutSeconds()))
            .retryOnConnectionFailure(true)
            .build();
    OkHttpTelegramClient client = new OkHttpTelegramClient(http, token.reveal(), url);
    BotApi api =
        new BotApi(
            client,
            token,
            s.sendAttempts(),
            Duration.ofSeconds(s.requestTimeoutSeconds()),
            retryBackoff,
            metrics);
    try {
      return new BotConnection(http, client, api, url, api.call(0, new GetMe()));
    } catch (BotApi.ApiFailure f) {
      http.dispatcher().executorService().shutdownNow();
      if (f.code == 401 || f.code == 404) {
        throw new ConfigException(
            "Telegram rejected the bot token ("
                + f.code
                + "): check TELEGRAM_BOT_TOKEN "
                + "or telegram.tokenFile; @BotFather shows the token again with /token");
      }
      throw new IllegalStateException(
          "cannot reach the Bot API at " + s.apiUrl() + ": " + f.getMessage());
    }
  }

  /** Cancels the calls in flight and frees the client's threads and connections. */
  void shutdown() {
    http.dispatcher().cancelAll();
    http.dispatcher().executorService().shutdownNow();
    http.connectionPool().evictAll();
  }
}
