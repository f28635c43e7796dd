package dev.talksbot.telegram;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fixed pool of named threads that runs tasks in submission order per key (a chat), round-robin
 * across keys, with at most {@code capacity} tasks waiting or running. {@link #submit} blocks (up
 * to a timeout) when full, which makes the poller wait instead of buffering without bound.
 */
final class OrderedExecutor {
  private static final Logger log = LoggerFactory.getLogger(OrderedExecutor.class);

  private final ThreadPoolExecutor pool;
  private final Semaphore permits;
  private final int capacity;
  private final Map<Object, Lane> lanes = new HashMap<>();
  private final Object lock = new Object();
  private boolean shutdown;
  private int pending;

  private static final class Lane {
    final ArrayDeque<Runnable> tasks = new ArrayDeque<>();
  }

  OrderedExecutor(String name, int threads, int capacity) {
    this.capacity = capacity;
    this.permits = new Semaphore(capacity);
    AtomicInteger n = new AtomicInteger();
    ThreadFactory tf =
        r -> {
          Thread t = new Thread(r, name + "-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        };
    // the queue holds at most one entry per busy lane, and lanes are bounded by capacity
    this.pool =
        new ThreadPoolExecutor(
            threads, threads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), tf);
  }

  /**
   * Queues a task behind the others of its key.
   *
   * @return false when the executor is shut down or stayed full for the whole timeout
   */
  boolean submit(Object key, Runnable task, long timeoutMillis) throws InterruptedException {
    if (!permits.tryAcquire(timeoutMillis, TimeUnit.MILLISECONDS)) return false;
    synchronized (lock) {
      if (shutdown) {
        permits.release();
        return false;
      }
      pending++;
      Lane lane = lanes.get(key);
      if (lane != null) {
        lane.tasks.addLast(task);
        return true;
      }
      lane = new Lane();
      lane.tasks.addLast(task);
      lanes.put(key, lane);
      Lane l = lane;
      pool.execute(() -> runOne(key, l));
      return true;
    }
  }

  private void runOne(Object key, Lane lane) {
    Runnable task;
    synchronized (lock) {
      task = lane.tasks.peekFirst();
    }
    try {
      task.run();
    } catch (Throwable t) {
      log.error("task for {} failed: {}", key, BotToken.scrubAll(String.valueOf(t)));
    } finally {
      synchronized (lock) {
        lane.tasks.pollFirst();
        pending--;
        permits.release();
        if (lane.tasks.isEmpty()) {
          lanes.remove(key);
        } else if (!pool.isShutdown()) {
          pool.execute(() -> runOne(key, lane)); // back of the queue: fair across chats
        }
        lock.notifyAll();
      }
    }
  }

  /** Tasks queued or running. */
  int pending() {
    synchronized (lock) {
      return pending;
    }
  }

  int capacity() {
    return capacity;
  }

  /** Refuses new tasks and waits up to the timeout for queued ones; true when all finished. */
  boolean shutdownAndWait(long timeoutMillis) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
    synchronized (lock) {
      shutdown = true;
      while (pending > 0) {
        long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
        if (left <= 0) break;
        lock.wait(left);
      }
    }
    boolean done = pending() == 0;
    pool.shutdownNow();
    return done;
  }
}
