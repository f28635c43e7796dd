package dev.talksbot.index;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * An embedder whose model loads on first use, or on a background thread from its creation: the name
 * and dimension are known at once (the index checks them on opening), the model only when something
 * is embedded.
 */
public final class LazyEmbedder implements Embedder {
  private final String name;
  private final int dimension;
  private final Supplier<Embedder> loader;
  private volatile CompletableFuture<Embedder> model;

  private LazyEmbedder(String name, int dimension, Supplier<Embedder> loader) {
    this.name = name;
    this.dimension = dimension;
    this.loader = loader;
  }

  /** Starts loading now on a daemon thread. */
  static LazyEmbedder started(String name, int dimension, Supplier<Embedder> loader) {
    LazyEmbedder e = new LazyEmbedder(name, dimension, loader);
    e.start();
    return e;
  }

  /** Loads on the first embedding. */
  static LazyEmbedder deferred(String name, int dimension, Supplier<Embedder> loader) {
    return new LazyEmbedder(name, dimension, loader);
  }

  /** The loads started and not ended yet, in this process. */
  private static final java.util.Set<CompletableFuture<Embedder>> LOADING =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  /**
   * Waits until every started load has ended, at most {@code seconds} in all: a process calls this
   * before it exits. ONNX Runtime closes its environment in a shutdown hook of its own, and
   * shutdown hooks run at once, so a model still being set up on a loading thread when the process
   * exits meets a closed environment and crashes the JVM (SIGSEGV, exit code 134, a crash log in
   * the working folder); no shutdown hook of ours could hold that one back.
   */
  public static void awaitLoads(long seconds) {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(seconds);
    for (CompletableFuture<Embedder> f : List.copyOf(LOADING)) {
      long left = deadline - System.nanoTime();
      if (left <= 0) return;
      try {
        f.get(left, java.util.concurrent.TimeUnit.NANOSECONDS);
      } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
        // only the end mattered; whoever embeds sees the failure
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** Whether the model has been asked for (loading or loaded). */
  boolean loadStarted() {
    return model != null;
  }

  private synchronized CompletableFuture<Embedder> start() {
    if (model == null) {
      // SLF4J set up before the loader logs: set up by two threads at once, it reports (on
      // stderr) that it replays the calls it intercepted meanwhile
      org.slf4j.LoggerFactory.getILoggerFactory();
      CompletableFuture<Embedder> f = new CompletableFuture<>();
      Thread t =
          new Thread(
              () -> {
                try {
                  f.complete(loader.get());
                } catch (Throwable ex) {
                  f.completeExceptionally(ex);
                }
              },
              "embedding-model-load");
      t.setDaemon(true);
      LOADING.add(f);
      f.whenComplete((done, failed) -> LOADING.remove(f));
      t.start();
      model = f;
    }
    return model;
  }

  private Embedder model() {
    CompletableFuture<Embedder> f = model;
    if (f == null) f = start();
    try {
      return f.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error err) throw err;
      throw e;
    }
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int dimension() {
    return dimension;
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
