package dev.talksbot.answer;

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
    return dev.talksbot.nlp.ResourceLines.of(resource);
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

  /**
   * The words as a regex alternation, each quoted ("a|b|c" without a group around it), in their
   * order.
   */
  public static String alternatives(java.util.Collection<String> words) {
    return String.join("|", words.stream().map(java.util.regex.Pattern::quote).toList());
  }

  /** The entries of a classpath resource, e.g. {@code /answer/pronouns.txt}, in lower case. */
  public static Set<String> load(String resource) {
    Set<String> out = new LinkedHashSet<>();
    for (String entry : lines(resource)) out.add(entry.toLowerCase(Locale.ROOT));
    return Set.copyOf(out);
  }
}
