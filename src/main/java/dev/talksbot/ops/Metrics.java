package dev.talksbot.ops;

/**
 * What the running bot reports for {@code /metrics}: the seam that {@code serve} passes to the
 * parts that measure something. {@link #NONE} ignores everything (the CLI and most tests); {@link
 * PrometheusMetrics} records into Micrometer. This interface owns every meter name, so dashboards
 * have one place to look.
 */
public interface Metrics {
  /** Ignores everything. */
  Metrics NONE = new Metrics() {};

  /** Questions answered by the pipeline; tags {@code outcome}, {@code answerer}. */
  String QUESTIONS = "talksbot.questions";

  /** Time from a question to its answer (histogram); tags {@code outcome}. */
  String ANSWER_LATENCY = "talksbot.answer.latency";

  /** Time spent finding passages for a question. */
  String RETRIEVAL_TIME = "talksbot.retrieval.time";

  /** Time spent in the answerer (the selector model or the language model). */
  String MODEL_TIME = "talksbot.model.time";

  /** Bot API calls (every attempt); tags {@code method}, {@code status} (200, 429, 5xx, …). */
  String BOT_API_CALLS = "talksbot.botapi.calls";

  /** Updates waiting for a worker. */
  String UPDATE_QUEUE = "talksbot.updates.queued";

  /** Alerts in the outbox waiting to be sent. */
  String OUTBOX_BACKLOG = "talksbot.alerts.backlog";

  /** Alerts given up on (parked) after their attempts. */
  String ALERTS_PARKED = "talksbot.alerts.parked";

  /** Alerts delivered since the start. */
  String ALERTS_SENT = "talksbot.alerts.sent";

  /** Articles in the index. */
  String ARTICLES = "talksbot.index.articles";

  /** Passages in the index. */
  String PASSAGES = "talksbot.index.passages";

  /** Articles that could not be ingested; tags {@code source} (inbox, feed), {@code reason}. */
  String INGEST_FAILURES = "talksbot.ingest.failures";

  /** How a question ended. */
  enum Outcome {
    ANSWERED,
    REFUSED,
    ERROR;

    public String tag() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A question went through the pipeline. */
  default void question(Outcome outcome, String answerer, long nanos) {}

  /** Time spent retrieving passages for one question. */
  default void retrieval(long nanos) {}

  /** Time spent in the answerer for one question. */
  default void model(long nanos) {}

  /**
   * One Bot API attempt.
   *
   * @param status Telegram's HTTP-like status (200 ok, 429, 403, 5xx…), 0 for a network error or
   *     timeout
   */
  default void botApiCall(String method, int status) {}

  /** An article from {@code source} (inbox, feed) could not be ingested. */
  default void ingestFailure(String source, Throwable error) {}
}
