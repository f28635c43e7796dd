package dev.talksbot.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class OpsServerTest {
  final HttpClient http = HttpClient.newHttpClient();

  HttpResponse<String> call(int port, String method, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void readinessNamesTheFirstMissingPartAndLivenessFollowsTheReceiver() throws Exception {
    Readiness r = new Readiness();
    AtomicBoolean polling = new AtomicBoolean();
    try (PrometheusMetrics m = new PrometheusMetrics();
        OpsServer s = OpsServer.start("127.0.0.1", 0, r, m)) {
      int port = s.port();
      assertThat(call(port, "GET", "/readyz").statusCode()).isEqualTo(503);
      assertThat(call(port, "GET", "/readyz").body()).contains("the index is not open yet");
      assertThat(call(port, "GET", "/healthz").statusCode()).isEqualTo(503);
      r.up(Readiness.Part.INDEX);
      r.up(Readiness.Part.BOT_API);
      assertThat(call(port, "GET", "/readyz").body()).contains("state store");
      r.up(Readiness.Part.STATE_STORE);
      r.receiving(polling::get);
      assertThat(call(port, "GET", "/readyz").body()).contains("not receiving updates");
      polling.set(true);
      assertThat(call(port, "GET", "/readyz").statusCode()).isEqualTo(200);
      assertThat(call(port, "GET", "/healthz").statusCode()).isEqualTo(200);
      polling.set(false); // polling died: neither alive nor ready
      assertThat(call(port, "GET", "/healthz").statusCode()).isEqualTo(503);
      assertThat(call(port, "GET", "/readyz").statusCode()).isEqualTo(503);
      assertThat(call(port, "POST", "/metrics").statusCode()).isEqualTo(405);
      assertThat(call(port, "GET", "/metrics/x").statusCode()).isEqualTo(404);
    }
  }

  @Test
  void metricsRenderPrometheusTextWithTheNamedMeters() throws Exception {
    try (PrometheusMetrics m = new PrometheusMetrics();
        OpsServer s = OpsServer.start("127.0.0.1", 0, new Readiness(), m)) {
      m.question(Metrics.Outcome.ERROR, null, 5_000_000);
      m.ingestFailure("feed", new java.io.IOException("gone"));
      m.ingestFailure("feed", new java.io.IOException("gone again"));
      HttpResponse<String> r = call(s.port(), "GET", "/metrics");
      assertThat(r.statusCode()).isEqualTo(200);
      assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
      assertThat(r.body())
          .contains("talksbot_questions_total{answerer=\"none\",outcome=\"error\"} 1.0")
          .contains("talksbot_ingest_failures_total{reason=\"IOException\",source=\"feed\"} 2.0")
          .contains("talksbot_answer_latency_seconds_bucket{outcome=\"error\",le=\"0.025\"} 1")
          .contains("jvm_threads_live_threads");
    }
  }
}
