package dev.talksbot.config;

import java.nio.file.Path;

/**
 * @param host address the webhook server binds to
 * @param port port it listens on
 * @param path the URL path Telegram posts updates to
 * @param publicUrl the public https URL Telegram should call (registered with setWebhook at start);
 *     empty = register it yourself
 * @param secretFile a file holding the secret token Telegram sends with every request (used when
 *     {@code TELEGRAM_WEBHOOK_SECRET} is unset)
 */
public record WebhookSettings(
    String host, Integer port, String path, String publicUrl, Path secretFile) {
  public WebhookSettings {
    if (host == null || host.isBlank()) host = "127.0.0.1";
    if (port == null) port = 8443;
    if (path == null || path.isBlank()) path = "/telegram";
    if (!path.startsWith("/")) path = "/" + path;
    if (publicUrl != null && publicUrl.isBlank()) publicUrl = null;
    if (port < 0 || port > 65535)
      throw new ConfigException("telegram.webhook.port must be 0..65535");
    if (publicUrl != null
        && !publicUrl.startsWith("https://")
        && !publicUrl.startsWith("http://")) {
      throw new ConfigException("telegram.webhook.publicUrl must be an https:// URL");
    }
  }

  public WebhookSettings withSecretFile(Path file) {
    return Records.with(this, "secretFile", file);
  }
}
