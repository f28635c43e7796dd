package dev.talksbot.telegram;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.function.LongSupplier;

/** Per-user sliding-window limit: at most N messages in any 60 s; warns once per window. */
final class FloodLimiter {
  enum Verdict {
    ALLOW,
    WARN,
    DROP
  }

  private static final long WINDOW_NANOS = 60_000_000_000L;
  private final int perMinute;
  private final LongSupplier clock;
  private final Map<Long, State> users = new HashMap<>();

  private static final class State {
    final ArrayDeque<Long> times = new ArrayDeque<>();
    long warnedAt = Long.MIN_VALUE;
  }

  FloodLimiter(int perMinute, LongSupplier clock) {
    this.perMinute = perMinute;
    this.clock = clock;
  }

  synchronized Verdict check(long userId) {
    if (perMinute <= 0) return Verdict.ALLOW;
    long now = clock.getAsLong();
    if (users.size() > 10_000) purge(now);
    State s = users.computeIfAbsent(userId, k -> new State());
    while (!s.times.isEmpty() && now - s.times.peekFirst() >= WINDOW_NANOS) s.times.pollFirst();
    if (s.times.size() < perMinute) {
      s.times.addLast(now);
      return Verdict.ALLOW;
    }
    if (s.warnedAt != Long.MIN_VALUE && now - s.warnedAt < WINDOW_NANOS) return Verdict.DROP;
    s.warnedAt = now;
    return Verdict.WARN;
  }

  /** Seconds until the user may ask again. */
  synchronized long waitSeconds(long userId) {
    State s = users.get(userId);
    if (s == null || s.times.isEmpty()) return 0;
    long left = WINDOW_NANOS - (clock.getAsLong() - s.times.peekFirst());
    return Math.max(1, (left + 999_999_999L) / 1_000_000_000L);
  }

  private void purge(long now) {
    for (Iterator<State> it = users.values().iterator(); it.hasNext(); ) {
      State s = it.next();
      if (s.times.isEmpty() || now - s.times.peekLast() >= WINDOW_NANOS) it.remove();
    }
  }
}
