package dev.talksbot.index;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Work on a list done on worker threads and used in order: the caller's thread prepares each item
 * in order (what must be decided one item after another), workers build from the prepared items
 * (the costly, independent part: embedding), and the caller's thread takes each result in order as
 * soon as it is ready, while the next items build. A failure on a worker fails the whole run with
 * the worker's own exception, and the workers stop.
 *
 * @param <T> the items
 * @param <P> an item prepared
 * @param <R> what a worker builds from it
 */
public final class InOrder<T, P, R> {
  /**
   * Items building at once per worker: two, so a worker starts the next item while the caller's
   * thread uses the one it finished.
   */
  static final int IN_FLIGHT_PER_WORKER = 2;

  /** Worker threads by default: one per core, or the system property talksbot.index.workers. */
  public static int defaultWorkers() {
    int byDefault = Runtime.getRuntime().availableProcessors();
    return Math.max(1, Integer.getInteger("talksbot.index.workers", byDefault));
  }

  /** Prepares item {@code i} on the caller's thread, in order. */
  @FunctionalInterface
  public interface Prepare<T, P> {
    P prepare(int i, T item) throws IOException;
  }

  /** Builds on a worker thread. */
  @FunctionalInterface
  public interface Build<P, R> {
    R build(P prepared) throws IOException;
  }

  /** Uses a result on the caller's thread, in order. */
  @FunctionalInterface
  public interface Use<P, R> {
    void use(int i, P prepared, R result) throws IOException;
  }

  private final int workers;
  private final String threadName;

  /**
   * @param workers worker threads (at least 1)
   * @param threadName the workers' name prefix (they are numbered)
   */
  public InOrder(int workers, String threadName) {
    if (workers < 1) throw new IllegalArgumentException("workers must be at least 1: " + workers);
    this.workers = workers;
    this.threadName = threadName;
  }

  /** Prepares, builds and uses every item, in order. */
  public void run(List<T> items, Prepare<T, P> prepare, Build<P, R> build, Use<P, R> use)
      throws IOException {
    AtomicInteger names = new AtomicInteger();
    ExecutorService pool =
        Executors.newFixedThreadPool(
            workers,
            r -> {
              Thread t = new Thread(r, threadName + names.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    Deque<Pending<P, R>> window = new ArrayDeque<>();
    try {
      for (int i = 0; i < items.size(); i++) {
        P p = prepare.prepare(i, items.get(i));
        window.addLast(new Pending<>(i, p, pool.submit(() -> build.build(p))));
        boolean last = i == items.size() - 1;
        while (!window.isEmpty() && (last || window.size() >= workers * IN_FLIGHT_PER_WORKER)) {
          Pending<P, R> head = window.removeFirst();
          use.use(head.index, head.prepared, resultOf(head));
        }
      }
    } finally {
      for (Pending<P, R> p : window) p.result.cancel(true);
      pool.shutdownNow();
    }
  }

  private record Pending<P, R>(int index, P prepared, Future<R> result) {}

  private static <P, R> R resultOf(Pending<P, R> p) throws IOException {
    try {
      return p.result.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while building item " + p.index);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) throw io;
      if (cause instanceof UncheckedIOException u) throw u.getCause();
      if (cause instanceof RuntimeException r) throw r;
      if (cause instanceof Error err) throw err;
      throw new IOException("building item " + p.index + " failed", cause);
    }
  }
}
