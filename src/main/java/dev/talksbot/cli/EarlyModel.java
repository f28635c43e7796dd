package dev.talksbot.cli;

import dev.talksbot.index.Embedder;
import dev.talksbot.index.OnnxEmbedder;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * An embedding model whose load starts before the configuration is read, on its own daemon thread:
 * {@link Prefetch} starts the default model's load at once and keeps it when the configuration
 * names that model (the bundled one does), so the load no longer waits for the configuration. Name
 * and dimension are known at once; embedding waits for the load and throws its failure.
 */
final class EarlyModel implements Embedder {
  private final Embedder named;
  private final CompletableFuture<Embedder> model = new CompletableFuture<>();

  private EarlyModel(String name) {
    this.named = OnnxEmbedder.loadWhenUsed(name); // name and dimension only: loads nothing
  }

  /** Starts loading the model {@code name} (one {@link OnnxEmbedder} knows) now. */
  static EarlyModel start(String name) {
    return start(name, OnnxEmbedder::load);
  }

  /** As {@link #start(String)}, loading with {@code loader} (tests). */
  static EarlyModel start(String name, Function<String, Embedder> loader) {
    EarlyModel m = new EarlyModel(name);
    // SLF4J set up before the loader logs: set up by two threads at once, it reports (on stderr)
    // that it replays the calls it intercepted meanwhile
    org.slf4j.LoggerFactory.getILoggerFactory();
    Thread.ofPlatform()
        .daemon()
        .name("embedding-model-load")
        .start(
            () -> {
              try {
                m.model.complete(loader.apply(name));
              } catch (Throwable e) {
                m.model.completeExceptionally(e);
              }
            });
    return m;
  }

  /**
   * Waits until the load has ended, whatever its outcome: a process must not exit while a native
   * library is still setting up a model on another thread.
   */
  void awaitLoadEnd() {
    try {
      model.get(LOAD_END_WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      // only the end mattered; whoever embeds sees the failure
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A model loads in about a second; a load hung this long no longer holds the process. */
  static final long LOAD_END_WAIT_SECONDS = 60;

  private Embedder model() {
    try {
      return model.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error err) throw err;
      throw e;
    }
  }

  @Override
  public String name() {
    return named.name();
  }

  @Override
  public int dimension() {
    return named.dimension();
  }

  @Override
  public float[] embedQuery(String text) {
    return model().embedQuery(text);
  }

  @Override
  public float[] embedPassage(String text) {
    return model().embedPassage(text);
  }

  @Override
  public List<float[]> embedPassages(List<String> texts) {
    return model().embedPassages(texts);
  }
}
