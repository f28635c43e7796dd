package dev.talksbot.telegram;

import java.text.Normalizer;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Inline answers cached briefly per normalized question (case, spacing, trailing punctuation and
 * Unicode form ignored) and interface language: typing {@code @bot question} sends a query per
 * keystroke pause, and several users ask the same. Bounded (least recently used goes first) and
 * timed ({@code telegram.inlineCacheSeconds}).
 */
final class InlineCache<V> {
  /** Entries kept at most; the least recently used is dropped beyond this. */
  static final int MAX_ENTRIES = 512;

  private final long ttlNanos;
  private final LongSupplier clock;
  private final Map<String, Timed<V>> map =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Timed<V>> e) {
          return size() > MAX_ENTRIES;
        }
      };

  private record Timed<V>(V value, long at) {}

  InlineCache(Duration ttl, LongSupplier clock) {
    if (ttl.isNegative()) throw new IllegalArgumentException("ttl must be >= 0: " + ttl);
    this.ttlNanos = ttl.toNanos();
    this.clock = clock;
  }

  /** The cache key of a question: NFKC, lower case, single spaces, no trailing punctuation. */
  static String normalize(String question) {
    String s = Normalizer.normalize(question, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    s = s.replaceAll("\\s+", " ").strip();
    return s.replaceAll("[\\s\\p{Punct}?¿؟。！？…]+$", "");
  }

  synchronized V get(String key) {
    if (ttlNanos == 0) return null;
    Timed<V> t = map.get(key);
    if (t == null) return null;
    if (clock.getAsLong() - t.at() >= ttlNanos) {
      map.remove(key);
      return null;
    }
    return t.value();
  }

  synchronized void put(String key, V value) {
    if (ttlNanos > 0) map.put(key, new Timed<>(value, clock.getAsLong()));
  }

  synchronized int size() {
    return map.size();
  }
}
