package dev.talksbot.index;

import dev.talksbot.nlp.ResourceLines;
import java.io.IOException;
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
  static final Set<String> WORDS =
      Set.copyOf(ResourceLines.of("/language/en-capital-abbreviations.txt"));

  /** The longest listed abbreviation: longer tokens are passed on without a look. */
  private static final int LONGEST = WORDS.stream().mapToInt(String::length).max().orElse(0);

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  CapitalAbbreviations(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) return false;
    if (term.length() < 2 || term.length() > LONGEST || !Character.isUpperCase(term.charAt(0)))
      return true;
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
    return AFTER_THE
        .matcher(question)
        .replaceAll(
            r -> {
              String upper = r.group(2).toUpperCase(Locale.ROOT);
              String word = WORDS.contains(upper) ? upper : r.group(2);
              return Matcher.quoteReplacement(r.group(1) + word);
            });
  }
}
