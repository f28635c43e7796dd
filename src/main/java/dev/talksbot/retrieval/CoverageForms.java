package dev.talksbot.retrieval;

import dev.talksbot.index.Vocabulary;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Forms of a question's words that the coverage writes otherwise, read before spelling is corrected
 * ({@link QuestionSpeller}): a number grouped by commas or not ("1200" and "1,200"), and another
 * name of a group of names that stand for one another ("UAE" and "United Arab Emirates", {@code
 * language/name-aliases.txt}).
 */
final class CoverageForms {
  private CoverageForms() {}

  /** Runs of letters and digits: the words of a name. */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}]+");

  /**
   * A number as the coverage writes it ("1200" read as "1,200", "1,200" as "1200") when the
   * coverage has that form and not the question's, or null to keep it.
   */
  static String regroup(String number, Vocabulary.View reader) throws IOException {
    String plain = number.replace(",", "");
    String other = number.equals(plain) ? grouped(plain) : plain;
    if (other.equals(number) || reader.contains(number) || !reader.contains(other)) return null;
    return other;
  }

  /** Words shorter than this are not read as names typed in lower case. */
  private static final int MIN_NAME_LENGTH = QuestionSpeller.MIN_WORD_LENGTH;

  /**
   * The question with each word of lower-case letters that is no English word, no question or stop
   * word ({@code functionWords}), and that the coverage has, capitalised: a name typed in lower
   * case; with it the coverage's words typed right next to it, the rest of the name. The coverage
   * is asked only about words that pass the checks held in memory, each word once: a question on a
   * cluster's index pays a request per word asked.
   */
  static String capitaliseNames(
      String question, Vocabulary.View reader, EnglishWords english, Set<String> functionWords)
      throws IOException {
    List<int[]> words = new ArrayList<>(); // {start, end} of each word
    Matcher m = WORD.matcher(question);
    while (m.find()) words.add(new int[] {m.start(), m.end()});
    Boolean[] inCoverage = new Boolean[words.size()]; // asked once, when needed
    boolean[] name = new boolean[words.size()];
    for (int i = 0; i < words.size(); i++) {
      String w = text(question, words.get(i));
      name[i] =
          w.length() >= MIN_NAME_LENGTH
              && lowerContentWord(w, functionWords)
              && !english.contains(EnglishWords.fold(w))
              && inCoverage(question, words, i, reader, inCoverage);
    }
    // the other words of such a name, typed next to it ("ivan petrenko"), are of the name too
    for (int i = 0; i < words.size(); i++) {
      if (!name[i]) continue;
      for (int j = i - 1; j >= 0 && adjacent(question, words.get(j), words.get(j + 1)); j--) {
        if (name[j] || !nameNeighbour(question, words, j, reader, functionWords, inCoverage)) break;
        name[j] = true;
      }
      for (int j = i + 1;
          j < words.size() && adjacent(question, words.get(j - 1), words.get(j));
          j++) {
        if (name[j] || !nameNeighbour(question, words, j, reader, functionWords, inCoverage)) break;
        name[j] = true;
      }
    }
    StringBuilder out = new StringBuilder(question);
    for (int i = 0; i < words.size(); i++)
      if (name[i]) {
        int at = words.get(i)[0];
        out.setCharAt(at, Character.toUpperCase(question.charAt(at)));
      }
    return out.toString();
  }

  private static String text(String question, int[] span) {
    return question.substring(span[0], span[1]);
  }

  /** Whether two words stand side by side, one space between them. */
  private static boolean adjacent(String question, int[] left, int[] right) {
    return right[0] == left[1] + 1 && question.charAt(left[1]) == ' ';
  }

  /** A word of lower-case letters, no question or stop word. */
  private static boolean lowerContentWord(String w, Set<String> functionWords) {
    return w.chars().allMatch(Character::isLowerCase) && !functionWords.contains(w);
  }

  /**
   * A word typed next to a name that is of the name: a lower-case content word the coverage has.
   */
  private static boolean nameNeighbour(
      String question,
      List<int[]> words,
      int j,
      Vocabulary.View reader,
      Set<String> functionWords,
      Boolean[] inCoverage)
      throws IOException {
    return lowerContentWord(text(question, words.get(j)), functionWords)
        && inCoverage(question, words, j, reader, inCoverage);
  }

  /** Whether the coverage has word i, asked of the vocabulary once. */
  private static boolean inCoverage(
      String question, List<int[]> words, int i, Vocabulary.View reader, Boolean[] known)
      throws IOException {
    if (known[i] == null)
      known[i] = reader.contains(EnglishWords.fold(text(question, words.get(i))));
    return known[i];
  }

  /** Groups of names that stand for one another ({@code language/name-aliases.txt}). */
  private static final List<List<String>> ALIASES = aliases();

  private static List<List<String>> aliases() {
    List<List<String>> groups = new ArrayList<>();
    for (List<String> names : dev.talksbot.nlp.NameAliases.groups()) {
      List<String> group = new ArrayList<>(names);
      // one-word names first: an abbreviation names one thing where its words may be common
      group.sort(Comparator.comparingInt(n -> n.split("\\s+").length));
      groups.add(List.copyOf(group));
    }
    return List.copyOf(groups);
  }

  /**
   * Another name of the word's alias group that the coverage has, when the coverage lacks the word
   * ("UAE" read as "United Arab Emirates"), or null.
   */
  static String alias(String word, Vocabulary.View reader, EnglishWords english)
      throws IOException {
    String folded = EnglishWords.fold(word);
    boolean absent = false;
    for (List<String> group : ALIASES) {
      if (group.stream().noneMatch(n -> names(word, n, english))) continue;
      if (!absent && reader.contains(folded)) return null;
      absent = true;
      for (String name : group)
        if (!name.equalsIgnoreCase(word) && inCoverage(name, reader)) return name;
    }
    return null;
  }

  /**
   * Whether a question word is written as the name: the same letters in any case, but an
   * abbreviation in capitals ("US", "UN") only in capitals when its letters are an English word
   * ("tell us" does not name the United States).
   */
  private static boolean names(String word, String name, EnglishWords english) {
    if (!name.equalsIgnoreCase(word)) return false;
    boolean abbreviation = name.length() > 1 && name.equals(name.toUpperCase(Locale.ROOT));
    return !abbreviation || name.equals(word) || !english.contains(EnglishWords.fold(word));
  }

  /** Whether the coverage has every word of a name. */
  private static boolean inCoverage(String name, Vocabulary.View reader) throws IOException {
    Matcher words = WORD.matcher(name);
    boolean any = false;
    while (words.find()) {
      if (!reader.contains(EnglishWords.fold(words.group()))) return false;
      any = true;
    }
    return any;
  }

  /** Digits with a comma between each group of three from the right ("1200" -> "1,200"). */
  static String grouped(String digits) {
    StringBuilder out = new StringBuilder(digits);
    for (int i = digits.length() - 3; i > 0; i -= 3) out.insert(i, ',');
    return out.toString();
  }
}
