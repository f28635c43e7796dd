package dev.talksbot.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The general language knowledge the ingest rules use, read from text files under {@code
 * src/main/resources/ingest/}: one entry a line, blank lines and lines starting with {@code #}
 * ignored.
 */
final class WordLists {
  private WordLists() {}

  /** The entries of {@code ingest/<name>}, stripped, in file order. */
  static List<String> load(String name) {
    String path = "/ingest/" + name;
    InputStream in = WordLists.class.getResourceAsStream(path);
    if (in == null) throw new IllegalStateException("missing resource " + path);
    List<String> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        String s = line.strip();
        if (!s.isEmpty() && !s.startsWith("#")) out.add(s);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + path, e);
    }
    if (out.isEmpty()) throw new IllegalStateException("resource " + path + " has no entries");
    return List.copyOf(out);
  }

  /** The entries of {@code ingest/<name>} in lower case. */
  static Set<String> lowerCaseSet(String name) {
    return load(name).stream()
        .map(s -> s.toLowerCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
  }

  /** The entries of {@code ingest/<name>} as whole-line, case-insensitive regular expressions. */
  static List<Pattern> patterns(String name) {
    return load(name).stream()
        .map(r -> Pattern.compile(r, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE))
        .toList();
  }
}
