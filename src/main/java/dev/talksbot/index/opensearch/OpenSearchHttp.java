package dev.talksbot.index.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.talksbot.config.OpenSearchSettings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * JSON over HTTP to an OpenSearch cluster (plain {@code java.net.http} and Jackson): requests go to
 * the hosts in turn, and a host that refuses the connection, times out or answers 502/503/504 is
 * skipped for the next one, so a stopped node costs one failed attempt, not an answer. Credentials,
 * when configured, go in a basic-authentication header and never into messages.
 */
final class OpenSearchHttp {
  /** Connecting to a node: a live node on the network answers far sooner. */
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);

  /** One request (searches are milliseconds; bulk writes of a large rebuild take longer). */
  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

  /** Longest part of an error body quoted in a message. */
  static final int ERROR_BODY_CHARS = 500;

  /** Answers meaning "this node cannot serve now, another may". */
  private static final Set<Integer> TRY_NEXT = Set.of(502, 503, 504);

  static final ObjectMapper JSON = new ObjectMapper();

  private final List<String> hosts;
  private final String authorization;
  private final HttpClient client;
  private final AtomicInteger next = new AtomicInteger();

  OpenSearchHttp(List<String> hosts, OpenSearchSettings.Credentials credentials) {
    if (hosts.isEmpty()) throw new IllegalArgumentException("no OpenSearch hosts");
    this.hosts = List.copyOf(hosts);
    this.authorization =
        credentials == null
            ? null
            : "Basic "
                + Base64.getEncoder()
                    .encodeToString(
                        (credentials.username() + ":" + credentials.password())
                            .getBytes(StandardCharsets.UTF_8));
    this.client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
  }

  /** The answer to a request: status and parsed body (null when empty). */
  record Reply(int status, JsonNode body) {}

  /** Sends a request; any status is returned (the caller decides what is an error). */
  Reply send(String method, String path, String body, String contentType) throws IOException {
    int start = Math.floorMod(next.getAndIncrement(), hosts.size());
    IOException last = null;
    for (int i = 0; i < hosts.size(); i++) {
      String host = hosts.get((start + i) % hosts.size());
      HttpRequest.Builder b =
          HttpRequest.newBuilder(URI.create(host + path))
              .timeout(REQUEST_TIMEOUT)
              .method(
                  method,
                  body == null
                      ? HttpRequest.BodyPublishers.noBody()
                      : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
      if (body != null) b.header("Content-Type", contentType);
      if (authorization != null) b.header("Authorization", authorization);
      try {
        HttpResponse<String> r = client.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (TRY_NEXT.contains(r.statusCode()) && i + 1 < hosts.size()) {
          last = new IOException(host + " answered " + r.statusCode());
          continue;
        }
        String text = r.body();
        return new Reply(
            r.statusCode(), text == null || text.isEmpty() ? null : JSON.readTree(text));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while talking to OpenSearch", e);
      } catch (IOException e) {
        // refused, timed out, or closed by a node shutting down: the next host may answer
        last = new IOException("OpenSearch node " + host + ": " + e.getMessage(), e);
      }
    }
    throw new IOException("no OpenSearch node answered (" + hosts + ")", last);
  }

  /** A JSON request that must succeed (2xx). */
  JsonNode json(String method, String path, Object body) throws IOException {
    String text =
        body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body);
    return ok(method, path, send(method, path, text, "application/json"));
  }

  /** A bulk request (NDJSON) that must succeed with no item failing. */
  JsonNode bulk(String ndjson) throws IOException {
    JsonNode r = ok("POST", "/_bulk", send("POST", "/_bulk", ndjson, "application/x-ndjson"));
    if (r.path("errors").asBoolean(false)) {
      for (JsonNode item : r.path("items")) {
        JsonNode op = item.elements().next();
        if (op.has("error"))
          throw new IOException(
              "OpenSearch bulk write failed: " + clip(op.get("error").toString()));
      }
    }
    return r;
  }

  private static JsonNode ok(String method, String path, Reply r) throws IOException {
    if (r.status() / 100 == 2) return r.body() == null ? JSON.createObjectNode() : r.body();
    throw new IOException(
        "OpenSearch "
            + method
            + " "
            + path
            + " answered "
            + r.status()
            + ": "
            + clip(r.body() == null ? "" : r.body().toString()));
  }

  static String clip(String s) {
    return s.length() <= ERROR_BODY_CHARS ? s : s.substring(0, ERROR_BODY_CHARS) + "…";
  }

  @Override
  public String toString() {
    return "OpenSearchHttp" + hosts;
  }
}
