package dev.talksbot.config;

import java.nio.file.Path;

/**
 * The Telegram bot ({@code ./talksbot serve}). The token itself never lives in this file: it comes
 * from {@code TELEGRAM_BOT_TOKEN} or from the untracked file {@code tokenFile} names.
 *
 * @param mode {@code polling} (default, long polling) or {@code webhook}
 * @param apiUrl Bot API base URL, scheme://host[:port] without a path; env {@code
 *     TALKSBOT_TELEGRAM_API_URL}
 * @param tokenFile a file holding the bot token (used when {@code TELEGRAM_BOT_TOKEN} is unset)
 * @param workers threads answering updates
 * @param queueCapacity updates waiting for a worker before polling pauses
 * @param questionsPerMinute per-user flood limit (0 = no limit)
 * @param maxQuestionChars longest question accepted from Telegram, in characters
 * @param pollTimeoutSeconds long-poll timeout of getUpdates
 * @param requestTimeoutSeconds timeout of one Bot API call (sending, editing, ...)
 * @param sendAttempts attempts per call on 5xx and network errors (429 waits do not count)
 * @param shutdownSeconds how long a stop waits for answers in flight
 * @param webhook the webhook server (used when {@code mode} is {@code webhook})
 * @param feedback whether answers carry 👍/👎 buttons whose presses are stored (default false)
 * @param inlineCacheSeconds how long an inline-mode answer is cached per question, by the bot and
 *     by Telegram (0..3600, default 60; 0 = not cached)
 */
public record TelegramSettings(
    TelegramMode mode,
    String apiUrl,
    Path tokenFile,
    Integer workers,
    Integer queueCapacity,
    Integer questionsPerMinute,
    Integer maxQuestionChars,
    Integer pollTimeoutSeconds,
    Integer requestTimeoutSeconds,
    Integer sendAttempts,
    Integer shutdownSeconds,
    WebhookSettings webhook,
    Boolean feedback,
    Integer inlineCacheSeconds) {
  public static final String DEFAULT_API_URL = "https://api.telegram.org";

  public TelegramSettings {
    if (mode == null) mode = TelegramMode.POLLING;
    if (apiUrl == null || apiUrl.isBlank()) apiUrl = DEFAULT_API_URL;
    apiUrl = checkApiUrl(apiUrl.strip());
    if (workers == null) workers = 4;
    if (queueCapacity == null) queueCapacity = 1000;
    if (questionsPerMinute == null) questionsPerMinute = 10;
    if (maxQuestionChars == null) maxQuestionChars = 1000;
    if (pollTimeoutSeconds == null) pollTimeoutSeconds = 50;
    if (requestTimeoutSeconds == null) requestTimeoutSeconds = 30;
    if (sendAttempts == null) sendAttempts = 5;
    if (shutdownSeconds == null) shutdownSeconds = 20;
    if (webhook == null) webhook = new WebhookSettings(null, null, null, null, null);
    if (feedback == null) feedback = false;
    if (inlineCacheSeconds == null) inlineCacheSeconds = 60;
    if (inlineCacheSeconds < 0 || inlineCacheSeconds > 3600) {
      throw new ConfigException("telegram.inlineCacheSeconds must be 0..3600");
    }
    if (workers < 1 || workers > 64) throw new ConfigException("telegram.workers must be 1..64");
    if (queueCapacity < 1) throw new ConfigException("telegram.queueCapacity must be >= 1");
    if (questionsPerMinute < 0) {
      throw new ConfigException("telegram.questionsPerMinute must be >= 0 (0 = no limit)");
    }
    if (maxQuestionChars < 1 || maxQuestionChars > 2000) {
      throw new ConfigException("telegram.maxQuestionChars must be 1..2000");
    }
    if (pollTimeoutSeconds < 0 || pollTimeoutSeconds > 100) {
      throw new ConfigException("telegram.pollTimeoutSeconds must be 0..100");
    }
    if (requestTimeoutSeconds < 1 || requestTimeoutSeconds > 600) {
      throw new ConfigException("telegram.requestTimeoutSeconds must be 1..600");
    }
    if (sendAttempts < 1 || sendAttempts > 20) {
      throw new ConfigException("telegram.sendAttempts must be 1..20");
    }
    if (shutdownSeconds < 0 || shutdownSeconds > 600) {
      throw new ConfigException("telegram.shutdownSeconds must be 0..600");
    }
  }

  public static TelegramSettings defaults() {
    return new TelegramSettings(
        null, null, null, null, null, null, null, null, null, null, null, null, null, null);
  }

  private static String checkApiUrl(String url) {
    java.net.URI u;
    try {
      u = new java.net.URI(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    } catch (java.net.URISyntaxException e) {
      throw new ConfigException("telegram.apiUrl is not a URL: '" + url + "'");
    }
    if (u.getScheme() == null
        || !(u.getScheme().equals("http") || u.getScheme().equals("https"))
        || u.getHost() == null
        || (u.getPath() != null && !u.getPath().isEmpty())
        || u.getQuery() != null
        || u.getUserInfo() != null) {
      throw new ConfigException(
          "telegram.apiUrl must look like https://api.telegram.org or http://127.0.0.1:8081 "
              + "(scheme, host, optional port, no path), got '"
              + url
              + "'");
    }
    return u.toString();
  }

  public TelegramSettings withApiUrl(String url) {
    return Records.with(this, "apiUrl", url);
  }

  public TelegramSettings withPaths(Path tokenFile, WebhookSettings webhook) {
    return Records.with(
        this,
        java.util.Map.of(
            "tokenFile", new Records.Box(tokenFile), "webhook", new Records.Box(webhook)));
  }
}
