package dev.talksbot.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Abbreviations of names whose letters also spell a function word ("US", "WHO"; {@code
 * language/en-capital-abbreviations.txt}): written in capitals they become the term the dotted
 * spelling gives ("US" and "U.S." one term, never the pronoun "us"), and a question typed in lower
 * case gets its capitals back where only the name can stand ("what did the us say": no pronoun
 * follows "the").
 */
final class CapitalAbbreviations extends TokenFilter {
  static final Set<String> WORDS = load("/language/en-capital-abbreviations.txt");

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  CapitalAbbreviations(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) return false;
    String word = term.toString();
    if (WORDS.contains(word)) term.setEmpty().append(dotted(word));
    return true;
  }

  /** "US" → "U.S": the standard tokenizer's token for "U.S.". */
  static String dotted(String word) {
    StringBuilder b = new StringBuilder(word.length() * 2);
    for (int i = 0; i < word.length(); i++) {
      if (i > 0) b.append('.');
      b.append(word.charAt(i));
    }
    return b.toString();
  }

  /** "the" and a listed abbreviation typed in lower case. */
  private static final Pattern AFTER_THE = Pattern.compile("(?i)\\b(the\\s+)(\\p{L}+)(?!\\p{L})");

  /**
   * The question with a listed abbreviation after "the" in capitals ("what did the us say" → "what
   * did the US say"); other text unchanged.
   */
  static String capitalise(String question) {
    Matcher m = AFTER_THE.matcher(question);
    StringBuilder b = new StringBuilder();
    boolean changed = false;
    while (m.find()) {
      String upper = m.group(2).toUpperCase(Locale.ROOT);
      boolean listed = WORDS.contains(upper) && !m.group(2).equals(upper);
      m.appendReplacement(b, Matcher.quoteReplacement(m.group(1) + (listed ? upper : m.group(2))));
      changed |= listed;
    }
    if (!changed) return question;
    m.appendTail(b);
    return b.toString();
  }

  private static Set<String> load(String resource) {
    try (InputStream in = CapitalAbbreviations.class.getResourceAsStream(resource)) {
      if (in == null) throw new IllegalStateException("resource " + resource + " is missing");
      Set<String> out = new HashSet<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        int hash = line.indexOf('#');
        String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (!entry.isEmpty()) out.add(entry);
      }
      return Set.copyOf(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
