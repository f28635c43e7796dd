package dev.talksbot.ops;

import dev.talksbot.alerts.AlertsRuntime;
import dev.talksbot.alerts.store.AlertStore;
import dev.talksbot.answer.CorpusInfo;
import dev.talksbot.config.OpsSettings;
import java.io.IOException;
import java.util.function.BooleanSupplier;
import java.util.function.IntSupplier;
import java.util.function.Supplier;

/**
 * The operations side of {@code serve}: readiness, metrics and (when {@code ops.port} is set) the
 * HTTP endpoint. {@code serve} starts it first, so {@code /readyz} answers 503 while the index
 * loads, and reports each part as it comes up.
 */
public final class OpsRuntime implements AutoCloseable {
  /** Store statistics are read at most this often (ms), however often /metrics is scraped. */
  private static final long STATS_MAX_AGE_MILLIS = 1000;

  private final Readiness readiness;
  private final PrometheusMetrics metrics;
  private final OpsServer server;

  private OpsRuntime(Readiness readiness, PrometheusMetrics metrics, OpsServer server) {
    this.readiness = readiness;
    this.metrics = metrics;
    this.server = server;
  }

  /** Starts the endpoint when {@code settings.enabled()}; otherwise only keeps readiness. */
  public static OpsRuntime start(OpsSettings settings) throws IOException {
    Readiness readiness = new Readiness();
    if (!settings.enabled()) return new OpsRuntime(readiness, null, null);
    PrometheusMetrics m = new PrometheusMetrics();
    try {
      return new OpsRuntime(
          readiness, m, OpsServer.start(settings.host(), settings.port(), readiness, m));
    } catch (IOException | RuntimeException e) {
      m.close();
      throw new IOException(
          "cannot listen on "
              + settings.host()
              + ":"
              + settings.port()
              + " for ops (ops.port / TALKSBOT_OPS_PORT): "
              + e.getMessage(),
          e);
    }
  }

  /** What parts report to: a no-op when the endpoint is off. */
  public Metrics metrics() {
    return metrics == null ? Metrics.NONE : metrics;
  }

  /** The port the endpoint listens on, or -1 when off. */
  public int port() {
    return server == null ? -1 : server.port();
  }

  /** The index is open: its article and passage counts become gauges. */
  public void indexOpen(Supplier<CorpusInfo> corpus) {
    readiness.up(Readiness.Part.INDEX);
    if (metrics == null) return;
    metrics.gauge(Metrics.ARTICLES, "articles in the index", () -> corpus.get().articles());
    metrics.gauge(Metrics.PASSAGES, "passages in the index", () -> corpus.get().passages());
  }

  /** The state store is open (null alerts: alerts are off, nothing else to open). */
  public void stateStoreOpen(AlertsRuntime alerts) {
    readiness.up(Readiness.Part.STATE_STORE);
    if (metrics == null || alerts == null) return;
    Supplier<AlertStore.Stats> stats = memo(alerts.store()::stats);
    metrics.gauge(Metrics.OUTBOX_BACKLOG, "alerts waiting to be sent", () -> stats.get().backlog());
    metrics.gauge(Metrics.ALERTS_PARKED, "alerts given up on", () -> stats.get().parked());
    metrics.counter(
        Metrics.ALERTS_SENT,
        "alerts delivered since the start",
        alerts.dispatcher(),
        d -> d.sent.get());
  }

  /**
   * The Bot API answered getMe and updates are coming in.
   *
   * @param receiving true while polling runs or the webhook server listens
   * @param queued updates waiting for a worker
   */
  public void botApiUp(BooleanSupplier receiving, IntSupplier queued) {
    readiness.receiving(receiving);
    readiness.up(Readiness.Part.BOT_API);
    if (metrics == null) return;
    metrics.gauge(Metrics.UPDATE_QUEUE, "updates waiting for a worker", queued::getAsInt);
  }

  public Readiness readiness() {
    return readiness;
  }

  private static <T> Supplier<T> memo(Supplier<T> source) {
    return new Supplier<>() {
      private T value;
      private long at;

      @Override
      public synchronized T get() {
        long now = System.currentTimeMillis();
        if (value == null || now - at > STATS_MAX_AGE_MILLIS) {
          value = source.get();
          at = now;
        }
        return value;
      }
    };
  }

  @Override
  public void close() {
    if (server != null) server.close();
    if (metrics != null) metrics.close();
  }
}
