package dev.talksbot.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;

/** {@link Metrics} recorded into a Micrometer registry that renders Prometheus text. */
public final class PrometheusMetrics implements Metrics, AutoCloseable {
  /**
   * Histogram buckets of the answer latency: an extractive answer takes tens of milliseconds, a
   * language model seconds; the last bucket is above the default LLM timeout of 60 s.
   */
  private static final Duration[] LATENCY_BUCKETS = {
    Duration.ofMillis(25),
    Duration.ofMillis(50),
    Duration.ofMillis(100),
    Duration.ofMillis(250),
    Duration.ofMillis(500),
    Duration.ofSeconds(1),
    Duration.ofSeconds(2),
    Duration.ofSeconds(5),
    Duration.ofSeconds(10),
    Duration.ofSeconds(30),
    Duration.ofSeconds(90)
  };

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final JvmGcMetrics gc = new JvmGcMetrics();
  private final Timer retrieval;
  private final Timer model;

  public PrometheusMetrics() {
    new JvmMemoryMetrics().bindTo(registry);
    gc.bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
    new FileDescriptorMetrics().bindTo(registry);
    retrieval =
        Timer.builder(RETRIEVAL_TIME)
            .description("time spent finding passages for a question")
            .serviceLevelObjectives(LATENCY_BUCKETS)
            .register(registry);
    model =
        Timer.builder(MODEL_TIME)
            .description("time spent in the answerer (selector model or language model)")
            .serviceLevelObjectives(LATENCY_BUCKETS)
            .register(registry);
  }

  /** The metrics in Prometheus text format (version 0.0.4). */
  public String scrape() {
    return registry.scrape();
  }

  @Override
  public void question(Outcome outcome, String answerer, long nanos) {
    Counter.builder(QUESTIONS)
        .description("questions by outcome and answerer")
        .tag("outcome", outcome.tag())
        .tag("answerer", answerer == null ? "none" : answerer)
        .register(registry)
        .increment();
    Timer.builder(ANSWER_LATENCY)
        .description("time from a question to its answer")
        .tag("outcome", outcome.tag())
        .serviceLevelObjectives(LATENCY_BUCKETS)
        .register(registry)
        .record(nanos, TimeUnit.NANOSECONDS);
  }

  @Override
  public void retrieval(long nanos) {
    retrieval.record(nanos, TimeUnit.NANOSECONDS);
  }

  @Override
  public void model(long nanos) {
    model.record(nanos, TimeUnit.NANOSECONDS);
  }

  @Override
  public void botApiCall(String method, int status) {
    Counter.builder(BOT_API_CALLS)
        .description("Bot API call attempts by method and status (0 = network error or timeout)")
        .tag("method", method)
        .tag("status", Integer.toString(status))
        .register(registry)
        .increment();
  }

  @Override
  public void ingestFailure(String source, Throwable error) {
    Counter.builder(INGEST_FAILURES)
        .description("articles that could not be ingested, by source and reason")
        .tag("source", source)
        .tag("reason", error == null ? "unknown" : error.getClass().getSimpleName())
        .register(registry)
        .increment();
  }

  /** A gauge read at every scrape. */
  public void gauge(String name, String description, Supplier<Number> value) {
    Gauge.builder(name, value).description(description).strongReference(true).register(registry);
  }

  /** A monotonic count kept elsewhere, read at every scrape. */
  public <T> void counter(String name, String description, T owner, ToDoubleFunction<T> count) {
    FunctionCounter.builder(name, owner, count).description(description).register(registry);
  }

  @Override
  public void close() {
    gc.close();
    registry.close();
  }
}
