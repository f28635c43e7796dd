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

  /**
   * Waits until a started load has ended, whatever its outcome, at most {@code seconds}: a process
   * must not exit while a native library is still setting up a model on another thread. Returns at
   * once when no load was started.
   */
  public void awaitLoadEnd(long seconds) {
    CompletableFuture<Embedder> f = model;
    if (f != null) awaitLoadEnd(f, seconds);
  }

  /** A model loads in about a second; a load hung this long no longer holds the process. */
  static final long LOAD_END_WAIT_SECONDS = 60;

  private static void awaitLoadEnd(CompletableFuture<Embedder> f, long seconds) {
    try {
      f.get(seconds, java.util.concurrent.TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      // only the end mattered; whoever embeds sees the failure
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static boolean addShutdownHook(Thread hook) {
    try {
      Runtime.getRuntime().addShutdownHook(hook);
      return true;
    } catch (IllegalStateException shuttingDown) {
      return false; // the process is already exiting: nothing left to hold it for
    }
  }

  private static void removeShutdownHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running or has run: it returns as soon as the load has ended
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
      // a process must not exit while a native library sets up the model on the loading thread
      // (ONNX Runtime crashes the JVM in its session setup when the process is torn down under
      // it): the exit waits for the load to end, whichever command exits early
      Thread waitForLoad =
          new Thread(() -> awaitLoadEnd(f, LOAD_END_WAIT_SECONDS), "embedding-model-load-end");
      boolean hooked = addShutdownHook(waitForLoad);
      if (hooked) f.whenComplete((done, failed) -> removeShutdownHook(waitForLoad));
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
