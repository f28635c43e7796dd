package dev.talksbot.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.talksbot.answer.llm.LlmAnswerers;
import dev.talksbot.config.AnswererKind;
import dev.talksbot.config.ConfigException;
import dev.talksbot.config.LlmSettings;
import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.config.TelegramMode;
import dev.talksbot.net.PageFetcher;
import dev.talksbot.telegram.BotToken;
import dev.talksbot.telegram.WebhookServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code doctor} checks that go over the network: Telegram, the language model, feeds. */
final class RemoteChecks {
  /** How long one doctor request may take (s): a check should not hang the report. */
  private static final int TIMEOUT_SECONDS = 10;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, String> env;
  private final TalksbotConfig cfg;
  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(TIMEOUT_SECONDS))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  RemoteChecks(Map<String, String> env, TalksbotConfig cfg) {
    this.env = env;
    this.cfg = cfg;
  }

  /** The token is accepted: getMe answers with the bot's username. */
  Finding getMe(BotToken token) {
    String base = cfg.telegram().apiUrl();
    try {
      JsonNode r = telegram(token, "getMe");
      if (r.path("ok").asBoolean(false)) {
        return new Finding.Ok(
            "Telegram", "the token is accepted: @" + r.path("result").path("username").asText());
      }
      int code = r.path("error_code").asInt(0);
      if (code == 401 || code == 404) {
        return new Finding.Problem(
            "Telegram",
            "the Bot API at " + base + " rejected the token (" + code + ")",
            "get the token again from @BotFather (/token) and update " + BotToken.ENV);
      }
      return new Finding.Problem(
          "Telegram",
          "getMe failed: " + token.scrub(r.path("description").asText("error " + code)),
          "check telegram.apiUrl and try again later");
    } catch (IOException e) {
      return new Finding.Problem(
          "Telegram",
          "cannot reach the Bot API at " + base + ": " + token.scrub(describe(e)),
          "check the network, a proxy or firewall, and telegram.apiUrl");
    }
  }

  /** Webhook mode: the public URL is https (or a webhook is registered) and a secret is set. */
  Optional<Finding> webhook(BotToken token) {
    if (cfg.telegram().mode() != TelegramMode.WEBHOOK) return Optional.empty();
    try {
      WebhookServer.secret(env, cfg.telegram().webhook());
    } catch (ConfigException e) {
      return Optional.of(
          new Finding.Problem(
              "webhook", e.getMessage(), "create a secret (docs/telegram.md, webhook mode)"));
    }
    String url = cfg.telegram().webhook().publicUrl();
    if (url != null) {
      if (!url.startsWith("https://")) {
        return Optional.of(
            new Finding.Problem(
                "webhook",
                "telegram.webhook.publicUrl " + url + " is not https",
                "Telegram only calls https URLs: put a TLS proxy in front and use its URL"));
      }
      return Optional.of(new Finding.Ok("webhook", url + ", secret set (not shown)"));
    }
    try {
      String registered = telegram(token, "getWebhookInfo").path("result").path("url").asText("");
      if (registered.isEmpty()) {
        return Optional.of(
            new Finding.Problem(
                "webhook",
                "no telegram.webhook.publicUrl and no webhook registered with Telegram",
                "set telegram.webhook.publicUrl (https) so serve registers it at start"));
      }
      return Optional.of(
          new Finding.Ok("webhook", "registered by hand: " + registered + ", secret set"));
    } catch (IOException e) {
      return Optional.of(
          new Finding.Problem(
              "webhook",
              "getWebhookInfo failed: " + token.scrub(describe(e)),
              "check the network and telegram.apiUrl"));
    }
  }

  /** When an LLM answerer is configured: the endpoint answers and lists the model. */
  Optional<Finding> llm() {
    if (!cfg.usesLlm()) return Optional.empty();
    LlmSettings s = cfg.llm();
    boolean openai = cfg.answerer() == AnswererKind.OPENAI;
    String base =
        s.baseUrl() != null
            ? s.baseUrl()
            : openai ? LlmAnswerers.OPENAI_DEFAULT_URL : LlmAnswerers.OLLAMA_DEFAULT_URL;
    String model =
        s.model() != null
            ? s.model()
            : openai ? LlmAnswerers.OPENAI_DEFAULT_MODEL : LlmAnswerers.OLLAMA_DEFAULT_MODEL;
    base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    String key = openai ? env.get(s.apiKeyEnv()) : null;
    if (openai && (key == null || key.isBlank())) {
      return Optional.of(
          new Finding.Problem(
              "LLM",
              "the API key variable " + s.apiKeyEnv() + " is not set",
              "set it (a local server that ignores keys accepts any value)"));
    }
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + (openai ? "/models" : "/api/tags")))
            .timeout(Duration.ofSeconds(TIMEOUT_SECONDS));
    if (key != null) b.header("Authorization", "Bearer " + key);
    try {
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        return Optional.of(
            new Finding.Problem(
                "LLM",
                base + " answered " + r.statusCode(),
                r.statusCode() == 401
                    ? "check the API key in " + s.apiKeyEnv()
                    : "check llm.baseUrl"));
      }
      List<String> names = new ArrayList<>();
      JsonNode list = JSON.readTree(r.body()).path(openai ? "data" : "models");
      for (JsonNode m : list) names.add(m.path(openai ? "id" : "name").asText());
      if (!names.contains(model)) {
        return Optional.of(
            new Finding.Problem(
                "LLM",
                base + " does not list the model " + model + " (it has " + names.size() + ")",
                openai ? "set llm.model to one it lists" : "run: ollama pull " + model));
      }
      return Optional.of(new Finding.Ok("LLM", base + " lists " + model));
    } catch (IOException e) {
      return Optional.of(
          new Finding.Problem(
              "LLM",
              "cannot reach " + base + ": " + describe(e),
              "start the server or fix llm.baseUrl"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of(new Finding.Problem("LLM", "interrupted", "run doctor again"));
    }
  }

  /** Each configured feed answers, through the same address guard serve uses. */
  List<Finding> feeds() {
    if (!cfg.alerts().enabled() || cfg.alerts().feeds().isEmpty()) return List.of();
    List<Finding> out = new ArrayList<>();
    try (PageFetcher fetcher = PageFetcher.of(cfg.alerts())) {
      for (String url : cfg.alerts().feeds()) {
        try {
          PageFetcher.Fetched f = fetcher.get(url);
          out.add(new Finding.Ok("feed", url + " (" + f.body().length + " bytes)"));
        } catch (PageFetcher.AddressNotAllowed e) {
          out.add(
              new Finding.Problem(
                  "feed",
                  url + ": " + e.getMessage(),
                  "list its address in alerts.fetchAllow if it is yours"));
        } catch (IOException e) {
          out.add(
              new Finding.Problem(
                  "feed",
                  url + ": " + describe(e),
                  "check the URL, or remove it from alerts.feeds"));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          out.add(new Finding.Problem("feed", url + ": interrupted", "run doctor again"));
          break;
        }
      }
    }
    return out;
  }

  private JsonNode telegram(BotToken token, String method) throws IOException {
    URI uri = URI.create(cfg.telegram().apiUrl() + "/bot" + token.reveal() + "/" + method);
    try {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(TIMEOUT_SECONDS)).build(),
              HttpResponse.BodyHandlers.ofString());
      try {
        return JSON.readTree(r.body());
      } catch (IOException e) {
        throw new IOException("HTTP " + r.statusCode() + " with a body that is not JSON");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted");
    }
  }

  private static String describe(Throwable e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
  }
}
