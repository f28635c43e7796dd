package dev.talksbot.answer.llm;

import java.time.Duration;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops calling a failing model for a while. After {@code failures} consecutive failures the
 * circuit opens for {@code openFor}; while open, {@link #allow()} is false and answers are
 * extractive. When the time is up one trial call is let through (half-open): success closes the
 * circuit, failure opens it again. Opening and closing are logged once each, never per question.
 * Thread-safe.
 */
public final class CircuitBreaker {
  private static final Logger log = LoggerFactory.getLogger(CircuitBreaker.class);

  enum State {
    CLOSED,
    OPEN,
    HALF_OPEN
  }

  private final String name;
  private final int failures;
  private final long openNanos;
  private final LongSupplier nanoClock;
  private State state = State.CLOSED;
  private int consecutive;
  private long openUntil;

  public CircuitBreaker(String name, int failures, Duration openFor) {
    this(name, failures, openFor, System::nanoTime);
  }

  CircuitBreaker(String name, int failures, Duration openFor, LongSupplier nanoClock) {
    if (failures < 1) throw new IllegalArgumentException("failures >= 1");
    this.name = name;
    this.failures = failures;
    this.openNanos = openFor.toNanos();
    this.nanoClock = nanoClock;
  }

  /** Whether a call may be made now (while half-open, only one caller gets true). */
  public synchronized boolean allow() {
    switch (state) {
      case CLOSED:
        return true;
      case OPEN:
        if (nanoClock.getAsLong() - openUntil >= 0) {
          state = State.HALF_OPEN;
          return true;
        }
        return false;
      default: // a trial call is under way
        return false;
    }
  }

  public synchronized void success() {
    if (state != State.CLOSED) log.warn("{}: the model answered again; circuit closed", name);
    state = State.CLOSED;
    consecutive = 0;
  }

  /** Records a failed call; {@code why} is a short description without secrets. */
  public synchronized void failure(String why) {
    consecutive++;
    if (state == State.HALF_OPEN) {
      open();
      log.info(
          "{}: trial call failed ({}); circuit open again for {} s",
          name,
          why,
          openNanos / 1_000_000_000L);
    } else if (state == State.CLOSED && consecutive >= failures) {
      open();
      log.warn(
          "{}: {} consecutive failures, last: {}; circuit open, answering extractively for {} s",
          name,
          consecutive,
          why,
          openNanos / 1_000_000_000L);
    } else if (state == State.CLOSED && consecutive == 1) {
      log.info("{}: call failed ({}); answering extractively", name, why);
    } else {
      log.debug("{}: call failed ({})", name, why);
    }
  }

  private void open() {
    state = State.OPEN;
    openUntil = nanoClock.getAsLong() + openNanos;
  }

  synchronized State state() {
    return state;
  }
}
