package dev.talksbot.telegram;

import dev.talksbot.config.WebhookSettings;

/**
 * A webhook server alone in a fresh JVM, started the way {@code serve} starts it (no other
 * HttpServer before it), for {@link WebhookServerTest}: prints {@code port N}, accepts every update
 * and exits when its stdin closes.
 */
public final class WebhookIdleProbe {
  private WebhookIdleProbe() {}

  public static void main(String[] args) throws Exception {
    WebhookServer s =
        WebhookServer.start(
            new WebhookSettings("127.0.0.1", 0, "/tg", null, null), args[0], u -> true);
    System.out.println("port " + s.port());
    System.out.flush();
    while (System.in.read() >= 0) {
      // wait for the test to close our stdin
    }
    s.stop();
  }
}
