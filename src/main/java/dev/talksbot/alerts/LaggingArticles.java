package dev.talksbot.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * New-article events whose article is not in this instance's index yet. With several instances, the
 * article may have arrived through another one: this instance's index follower adds it within a
 * moment, so the matcher waits for it instead of dropping the event (which would lose every alert
 * of that article). An article that does not show up within {@link #WAIT} is given up.
 */
final class LaggingArticles {
  /**
   * How long an event waits for its article to reach this instance's index. The index follower
   * looks every 200 ms and indexes an article in about a second; a minute covers a loaded machine
   * and a follower that was busy with a batch, and bounds how long a truly missing article holds up
   * the events after it.
   */
  static final Duration WAIT = Duration.ofSeconds(60);

  private final Map<Long, Instant> since = new HashMap<>();

  /**
   * True when the event (seq) should wait for its article (first seen missing less than {@link
   * #WAIT} ago); false when it has waited long enough and is to be given up.
   */
  synchronized boolean keepWaiting(long seq, Instant now) {
    Instant first = since.computeIfAbsent(seq, k -> now);
    if (Duration.between(first, now).compareTo(WAIT) < 0) return true;
    since.remove(seq);
    return false;
  }

  /** The event's article arrived (or the event was handled): forget its waiting time. */
  synchronized void arrived(long seq) {
    since.remove(seq);
  }
}
