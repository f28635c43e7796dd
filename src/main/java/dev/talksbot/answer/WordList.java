package dev.talksbot.answer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A list of words kept as a resource file (general language knowledge, not code): one entry a line,
 * lower-cased; blank lines and text after {@code #} are ignored.
 */
public final class WordList {
  private WordList() {}

  /** The entries of a classpath resource as written (case kept), in order. */
  public static java.util.List<String> lines(String resource) {
    try (InputStream in = WordList.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("resource " + resource + " is missing");
      java.util.List<String> out = new java.util.ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        int hash = line.indexOf('#');
        String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (!entry.isEmpty()) out.add(entry);
      }
      return java.util.List.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + resource, e);
    }
  }

  /**
   * The entries of a classpath resource as the index analyses text (stemmed terms), to compare with
   * {@link dev.talksbot.index.TextAnalysis#terms} of a question or sentence.
   */
  public static Set<String> analysed(String resource) {
    Set<String> out = new LinkedHashSet<>();
    for (String w : load(resource)) out.addAll(dev.talksbot.index.TextAnalysis.terms(w));
    return Set.copyOf(out);
  }

  /** The entries of a classpath resource, e.g. {@code /answer/pronouns.txt}. */
  public static Set<String> load(String resource) {
    try (InputStream in = WordList.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("resource " + resource + " is missing");
      Set<String> out = new LinkedHashSet<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        int hash = line.indexOf('#');
        String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (!entry.isEmpty()) out.add(entry.toLowerCase(Locale.ROOT));
      }
      return Set.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + resource, e);
    }
  }
}
