package dev.talksbot.cli;

import dev.talksbot.config.ConfigLoader;
import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.core.TalksBot;
import dev.talksbot.index.IndexProgress;
import dev.talksbot.index.OnnxEmbedder;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

/**
 * Loads the configuration and opens the core for a command, reporting build progress. The embedding
 * model loads on a background thread while the index and the catalog open, or not at all for
 * commands that embed nothing.
 */
final class Session {
  private Session() {}

  static TalksbotConfig config() {
    return ConfigLoader.forProcess().load();
  }

  /**
   * Opens the core; the embedding model loads in parallel with the index and the catalog, and the
   * language models a first question needs (part-of-speech tagging, the English word list of the
   * spelling corrector) on another thread from the start.
   */
  static TalksBot open() throws IOException {
    Prefetch.Opened started = Prefetch.take().orElse(null); // a prefetch started the preload
    preloadLanguage();
    TalksbotConfig cfg = started != null ? started.config() : config();
    return TalksBot.open(
        cfg,
        started != null
            ? started.embedder()
            : OnnxEmbedder.loadInBackground(cfg.embedding().model()),
        progress(new java.io.PrintWriter(System.err, true)));
  }

  /**
   * What {@link #open} starts with, for {@link Prefetch}: the native libraries' cache, the default
   * embedding model's load (kept when the configuration names that model, as the bundled one does;
   * otherwise the configured model loads once the configuration is read), the language models, the
   * configuration, then the SQLite library's cache for the article store. The process waits for
   * every started load to end before it exits (a native library setting up a model must not be cut
   * off), e.g. after a configuration error ({@link dev.talksbot.index.LazyEmbedder}).
   */
  static Prefetch.Opened prefetch() {
    NativeCache.useCachedOnnxRuntime();
    String guess = new dev.talksbot.config.EmbeddingSettings(null).model();
    var early = OnnxEmbedder.loadInBackground(guess); // an exit waits for its end (LazyEmbedder)
    preloadLanguage(); // after the model's start has set up SLF4J (two threads doing it race)
    TalksbotConfig cfg = config();
    String model = cfg.embedding().model();
    var opened =
        new Prefetch.Opened(
            cfg, model.equals(guess) ? early : OnnxEmbedder.loadInBackground(model));
    NativeCache.useCachedSqlite(); // the article store opens once this is taken
    return opened;
  }

  /**
   * Opens the core for a command that embeds nothing (e.g. listing sources): the model loads only
   * if something is embedded after all (a missing index being built).
   */
  static TalksBot openWithoutModel() throws IOException {
    TalksbotConfig cfg = config();
    return TalksBot.open(
        cfg,
        OnnxEmbedder.loadWhenUsed(cfg.embedding().model()),
        progress(new java.io.PrintWriter(System.err, true)));
  }

  /**
   * Loads the tagger's models and the English word list on a background thread (a first question
   * waits for whatever is not loaded yet; a failure here is only logged: the question's own load
   * reports it).
   */
  static void preloadLanguage() {
    if (!LANGUAGE_PRELOAD_STARTED.compareAndSet(false, true)) return;
    // SLF4J set up before the preload may log: set up by two threads at once, it reports (on
    // stderr) that it replays the calls it intercepted meanwhile
    org.slf4j.LoggerFactory.getILoggerFactory();
    Thread.ofPlatform()
        .daemon()
        .name("language-preload")
        .start(
            () -> {
              try {
                // the word list first: opening the core needs it, the tagger waits for a question
                dev.talksbot.retrieval.QuestionSpeller.preload();
                dev.talksbot.nlp.Pos.preload();
                dev.talksbot.nlp.WordRelations.preload(); // who-questions' disagreement rules
                dev.talksbot.answer.Contrasts.preload(); // words of opposite meaning
              } catch (RuntimeException | Error e) {
                org.slf4j.LoggerFactory.getLogger(Session.class)
                    .debug("language preload failed: {}", e.toString());
              }
            });
  }

  private static final java.util.concurrent.atomic.AtomicBoolean LANGUAGE_PRELOAD_STARTED =
      new java.util.concurrent.atomic.AtomicBoolean();

  /** Progress is printed at most this often (nanoseconds). */
  static final long PROGRESS_EVERY_NANOS = 2_000_000_000L;

  /** Off a terminal (a log file, a pipe), progress starts once a build has run this long. */
  static final long LONG_BUILD_NANOS = 10_000_000_000L;

  /** Whether stderr is a terminal: the launcher says so (it may filter stderr through a pipe). */
  static boolean stderrIsTerminal() {
    String said = System.getProperty("talksbot.stderr.tty");
    if (said != null) return Boolean.parseBoolean(said);
    return System.console() != null; // (JDK 21: stdin and stdout are a terminal)
  }

  /**
   * Progress on stderr: articles and passages done, rate, time left; at most every 2 seconds, on a
   * terminal or once the build is long, and the last line always.
   */
  static IndexProgress progress(java.io.PrintWriter err) {
    return progress(err, stderrIsTerminal());
  }

  static IndexProgress progress(java.io.PrintWriter err, boolean terminal) {
    return new IndexProgress() {
      long lastPrint;

      @Override
      public void update(int done, int total, long passages, long elapsedNanos) {
        long now = System.nanoTime();
        if (done != total && now - lastPrint < PROGRESS_EVERY_NANOS) return;
        if (done != total && !terminal && elapsedNanos < LONG_BUILD_NANOS) return;
        lastPrint = now;
        double secs = Math.max(1e-9, elapsedNanos / 1e9);
        double rate = done / secs;
        long left = rate > 0 ? (long) ((total - done) / rate) : 0;
        err.printf(
            Locale.ROOT,
            "indexing: %d/%d articles, %d passages, %.1f articles/s, %.1f passages/s, %s left%n",
            done,
            total,
            passages,
            rate,
            passages / secs,
            fmt(Duration.ofSeconds(left)));
        err.flush();
      }
    };
  }

  static String fmt(Duration d) {
    long s = d.toSeconds();
    return s >= 3600
        ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60)
        : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}
