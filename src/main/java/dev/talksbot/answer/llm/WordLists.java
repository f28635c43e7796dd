package dev.talksbot.answer.llm;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * General language knowledge read from resource files under {@code /language/}: one entry a line,
 * {@code key = word, word, ...} (UTF-8; a key may contain spaces; an empty value is allowed; lines
 * starting with {@code #} and blank lines are skipped; a key given twice collects the words of
 * both). Entries keep the file's order.
 */
final class WordLists {
  private final String resource;
  private final Map<String, List<String>> entries;

  private WordLists(String resource, Map<String, List<String>> entries) {
    this.resource = resource;
    this.entries = entries;
  }

  /** Reads {@code /language/<name>}; a missing or malformed file is a clear error. */
  static WordLists load(String name) {
    String resource = "/language/" + name;
    Map<String, List<String>> entries = new LinkedHashMap<>();
    try (InputStream in = WordLists.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("resource " + resource + " is missing");
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("#")) continue;
        int eq = s.indexOf('=');
        if (eq <= 0) {
          throw new IllegalStateException(
              resource + " line " + n + ": expected 'key = word, word, ...' but found: " + s);
        }
        String key = s.substring(0, eq).strip();
        List<String> words = entries.computeIfAbsent(key, k -> new ArrayList<>());
        for (String w : s.substring(eq + 1).split(",")) {
          if (!w.isBlank()) words.add(w.strip());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource, e);
    }
    entries.replaceAll((k, v) -> List.copyOf(v));
    return new WordLists(resource, Collections.unmodifiableMap(entries));
  }

  /** Every entry, in file order. */
  Map<String, List<String>> entries() {
    return entries;
  }

  /** The words of a key that must be present. */
  List<String> list(String key) {
    List<String> words = entries.get(key);
    if (words == null) throw new IllegalStateException(resource + " lacks the entry '" + key + "'");
    return words;
  }

  /** The words of a key that must be present, as a set. */
  Set<String> set(String key) {
    return Collections.unmodifiableSet(new LinkedHashSet<>(list(key)));
  }
}
