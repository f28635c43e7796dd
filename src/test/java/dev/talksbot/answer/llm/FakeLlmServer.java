package dev.talksbot.answer.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * A scripted model server on 127.0.0.1: {@code POST /v1/chat/completions} (OpenAI) and {@code POST
 * /api/chat} (Ollama). Each request takes the next scripted reply (the last one repeats); replies
 * may compute their content from the request (the passages it carried).
 */
final class FakeLlmServer implements AutoCloseable {
  static final ObjectMapper JSON = new ObjectMapper();

  /**
   * A reply: HTTP status, raw body (null: build from content), delay, or content from the request.
   */
  record Reply(
      int status, String rawBody, String content, long delayMs, Function<Request, String> dynamic) {
    static Reply content(String text) {
      return new Reply(200, null, text, 0, null);
    }

    static Reply dynamic(Function<Request, String> f) {
      return new Reply(200, null, null, 0, f);
    }

    static Reply status(int status, String body) {
      return new Reply(status, body, null, 0, null);
    }

    static Reply raw(String body) {
      return new Reply(200, body, null, 0, null);
    }

    Reply delayed(long ms) {
      return new Reply(status, rawBody, content, ms, dynamic);
    }
  }

  /** A received request: path, system message, user message, the whole JSON body. */
  record Request(String path, String system, String user, JsonNode body) {}

  private final HttpServer server;
  private final ConcurrentLinkedDeque<Reply> script = new ConcurrentLinkedDeque<>();
  private volatile Reply last = Reply.status(500, "{\"error\":{\"message\":\"no script\"}}");
  final List<Request> requests = new CopyOnWriteArrayList<>();

  FakeLlmServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newFixedThreadPool(4));
    server.createContext("/v1/chat/completions", ex -> handle(ex, false));
    server.createContext("/api/chat", ex -> handle(ex, true));
    server.start();
  }

  FakeLlmServer then(Reply... replies) {
    for (Reply r : replies) script.add(r);
    return this;
  }

  String openAiUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
  }

  String ollamaUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void handle(HttpExchange ex, boolean ollama) throws IOException {
    try (ex) {
      byte[] in = ex.getRequestBody().readAllBytes();
      JsonNode body = JSON.readTree(in);
      String system = null;
      String user = null;
      for (JsonNode m : body.path("messages")) {
        if (m.path("role").asText().equals("system")) system = m.path("content").asText();
        if (m.path("role").asText().equals("user")) user = m.path("content").asText();
      }
      Request req = new Request(ex.getRequestURI().getPath(), system, user, body);
      requests.add(req);
      Reply r = script.poll();
      if (r == null) r = last;
      else last = r;
      if (r.delayMs() > 0) {
        try {
          Thread.sleep(r.delayMs());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      String out;
      if (r.rawBody() != null) {
        out = r.rawBody();
      } else {
        String content = r.dynamic() != null ? r.dynamic().apply(req) : r.content();
        out =
            ollama
                ? ollamaBody(body.path("model").asText(), content)
                : openAiBody(body.path("model").asText(), content);
      }
      byte[] bytes = out.getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().add("Content-Type", "application/json");
      ex.sendResponseHeaders(r.status(), bytes.length);
      try (OutputStream os = ex.getResponseBody()) {
        os.write(bytes);
      }
    } catch (IOException | RuntimeException e) {
      // the client gave up (timeout): nothing to do
    }
  }

  /** A chat completion as OpenAI returns it. */
  static String openAiBody(String model, String content) {
    ObjectNode o = JSON.createObjectNode();
    o.put("id", "chatcmpl-test");
    o.put("object", "chat.completion");
    o.put("created", 1747400000L);
    o.put("model", model);
    ObjectNode choice = o.putArray("choices").addObject();
    choice.put("index", 0);
    ObjectNode msg = choice.putObject("message");
    msg.put("role", "assistant");
    msg.put("content", content);
    choice.putNull("logprobs");
    choice.put("finish_reason", "stop");
    ObjectNode usage = o.putObject("usage");
    usage.put("prompt_tokens", 100);
    usage.put("completion_tokens", 20);
    usage.put("total_tokens", 120);
    return o.toString();
  }

  /** A non-streaming /api/chat response as Ollama returns it. */
  static String ollamaBody(String model, String content) {
    ObjectNode o = JSON.createObjectNode();
    o.put("model", model);
    o.put("created_at", "2025-05-16T10:00:00.000000Z");
    ObjectNode msg = o.putObject("message");
    msg.put("role", "assistant");
    msg.put("content", content);
    o.put("done_reason", "stop");
    o.put("done", true);
    o.put("total_duration", 1000000L);
    o.put("prompt_eval_count", 100);
    o.put("eval_count", 20);
    return o.toString();
  }

  @Override
  public void close() {
    server.stop(0);
    ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
  }
}
