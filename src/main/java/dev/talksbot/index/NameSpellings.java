package dev.talksbot.index;

import dev.talksbot.nlp.ResourceLines;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * Reads the spellings of one name as one term, on lower-cased terms, so that a report, a question
 * and the answerer meet one term whichever spelling each uses: the endings that English
 * transliterations of one Slavic name spell differently ({@code
 * language/en-transliteration-endings.txt}: "Brodskyy", "Brodskiy", "Brodskii" are "Brodsky"; short
 * words keep their endings), and the one-word names of a group of names that stand for one another
 * ({@code language/name-aliases.txt}: "Bombay" is "Mumbai"; groups with a name of several words or
 * an abbreviation are read at question time only, {@code retrieval.CoverageForms}).
 */
final class NameSpellings extends TokenFilter {
  /** Letters a word keeps before a listed ending for the ending to be read (not "taxi", "ski"). */
  static final int MIN_STEM = 5;

  /** Written ending → the ending it is read as, longest first. */
  static final Map<String, String> ENDINGS = read();

  private static Map<String, String> read() {
    Map<String, String> endings = new LinkedHashMap<>();
    ResourceLines.of("/language/en-transliteration-endings.txt").stream()
        .map(line -> line.split("=", 2))
        .sorted((a, b) -> b[0].strip().length() - a[0].strip().length())
        .forEach(p -> endings.put(p[0].strip(), p[1].strip()));
    return java.util.Collections.unmodifiableMap(endings);
  }

  /** One-word alias → the first name of its group, lower case, accents folded. */
  static final Map<String, String> ONE_WORD_ALIASES = oneWordAliases();

  private static Map<String, String> oneWordAliases() {
    Map<String, String> out = new java.util.HashMap<>();
    for (java.util.List<String> group : dev.talksbot.nlp.NameAliases.groups()) {
      boolean oneWords =
          group.stream()
              .allMatch(n -> n.chars().allMatch(Character::isLetter) && !n.equals(n.toUpperCase()));
      if (!oneWords) continue;
      String first = TextAnalysis.fold(group.getFirst());
      for (String name : group)
        if (!TextAnalysis.fold(name).equals(first)) out.put(TextAnalysis.fold(name), first);
    }
    return Map.copyOf(out);
  }

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  NameSpellings(TokenStream in) {
    super(in);
  }

  /** The word read as its group's first name, or with a listed ending read as its one form. */
  static String fold(String word) {
    String alias = ONE_WORD_ALIASES.get(word);
    if (alias != null) return alias;
    for (Map.Entry<String, String> e : ENDINGS.entrySet()) {
      String end = e.getKey();
      if (word.length() >= MIN_STEM + end.length() && word.endsWith(end)) {
        return word.substring(0, word.length() - end.length()) + e.getValue();
      }
    }
    return word;
  }

  /**
   * Every spelling of the lower-case word that reads as the same ("brodskiy" → "brodsky",
   * "brodskyy", "brodskiy", "brodskii"; "brodsky" the same); just the word when it neither has a
   * listed ending nor ends as one is read.
   */
  static java.util.Set<String> spellings(String word) {
    String folded = fold(word);
    java.util.Set<String> out = new java.util.TreeSet<>();
    out.add(word);
    for (Map.Entry<String, String> e : ENDINGS.entrySet()) {
      if (!folded.endsWith(e.getValue())) continue;
      String stem = folded.substring(0, folded.length() - e.getValue().length());
      if (stem.length() < MIN_STEM) continue;
      out.add(stem + e.getValue());
      out.add(stem + e.getKey());
    }
    return out;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) return false;
    if (!keyword.isKeyword()) {
      String word = term.toString();
      String folded = fold(word);
      if (!folded.equals(word)) term.setEmpty().append(folded);
    }
    return true;
  }
}
