package dev.talksbot.alerts.store;

/**
 * Send slots shared by every sender on the store (one process, or several instances on one
 * database), so Telegram's limits hold for all of them together. A key ({@code global}, {@code
 * chat:<id>}) is free from a time on; times are microseconds since the epoch (wall clock, the same
 * on every instance). One repository of the alerts store; every method is one transaction.
 */
public interface Pacing {
  /**
   * The next slot of {@code key} at or after {@code nowMicros}, taken: the slot after it is {@code
   * gapMicros} later. The caller waits until the returned time, then sends.
   */
  long nextSlot(String key, long nowMicros, long gapMicros);

  /**
   * When {@code key} is free at {@code nowMicros}, takes it until {@code nowMicros + gapMicros} and
   * returns {@code nowMicros}; otherwise takes nothing and returns when it becomes free.
   */
  long takeIfFree(String key, long nowMicros, long gapMicros);

  /** Keeps {@code key} taken at least until {@code untilMicros}. */
  void holdUntil(String key, long untilMicros);
}
