package dev.talksbot.index;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Texts by key, least recently used dropped first once they hold more than a number of characters
 * (the newest text always stays, however long). Thread-safe.
 */
final class TextCache {
  private final long maxChars;
  private final LinkedHashMap<String, String> texts = new LinkedHashMap<>(16, 0.75f, true);
  private long chars;

  TextCache(long maxChars) {
    if (maxChars < 1) throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
    this.maxChars = maxChars;
  }

  synchronized String get(String key) {
    return texts.get(key);
  }

  synchronized void put(String key, String text) {
    String old = texts.put(key, text);
    chars += text.length() - (old == null ? 0 : old.length());
    Iterator<Map.Entry<String, String>> it = texts.entrySet().iterator();
    while (chars > maxChars && texts.size() > 1) {
      chars -= it.next().getValue().length();
      it.remove();
    }
  }

  synchronized int size() {
    return texts.size();
  }

  synchronized long chars() {
    return chars;
  }
}
