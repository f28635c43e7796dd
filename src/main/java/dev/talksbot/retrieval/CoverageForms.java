package dev.talksbot.retrieval;

import dev.talksbot.index.TextAnalysis;
import dev.talksbot.index.Vocabulary;
import dev.talksbot.nlp.Pos;
import dev.talksbot.nlp.Tagged;
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
 * ({@link QuestionSpeller}): a number grouped by commas or not ("1200" and "1,200"), an ordinal in
 * figures ("2nd" and "second"), and another name of a group of names that stand for one another
 * ("UAE" and "United Arab Emirates", {@code language/name-aliases.txt}).
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
   * word ({@code functionWords}), and that the coverage has, but not also with a plural ending
   * ({@link #countNoun}: "lockkeeper" of "lockkeepers", a noun the English list lacks),
   * capitalised: a name typed in lower case; with it the coverage's words typed right next to it,
   * the rest of the name. The coverage is asked only about words that pass the checks held in
   * memory, each word once: a question on a cluster's index pays a request per word asked.
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
              && !english.contains(TextAnalysis.fold(w))
              && inCoverage(question, words, i, reader, inCoverage)
              && !countNoun(w, reader);
    }
    // the other words of such a name, typed next to it ("ivan petrenko"), are of the name too;
    // not the question's verbs and particles around it ("did brennick say about")
    boolean[] core = name.clone();
    for (int i = 0; i < words.size(); i++) {
      if (!core[i]) continue;
      for (int j = i - 1; j >= 0 && adjacent(question, words.get(j), words.get(j + 1)); j--) {
        if (name[j] || !nameNeighbour(question, words, j, reader, functionWords, inCoverage)) break;
        if (!readAsName(question, words, core, j)) break;
        name[j] = true;
      }
      for (int j = i + 1;
          j < words.size() && adjacent(question, words.get(j - 1), words.get(j));
          j++) {
        if (name[j] || !nameNeighbour(question, words, j, reader, functionWords, inCoverage)) break;
        if (!readAsName(question, words, core, j)) break;
        name[j] = true;
      }
    }
    return capitalised(question, words, name);
  }

  /**
   * Whether word j, next to a name, is read as a word of the name when capitalised with it: the
   * tagger reads "Ivan Petrenko" as two proper nouns but "Did Petrenko" as an auxiliary and a name.
   * A word right after a pronoun is that pronoun's verb ("who met petrenko"), though capitalised
   * the tagger would read it as a name; a word after the name must not be read as a verb,
   * preposition or the like as typed either ("petrenko say", which capitalised after two
   * capitalised words the tagger reads as a name too).
   */
  private static boolean readAsName(String question, List<int[]> words, boolean[] core, int j) {
    boolean after = j > 0 && core[j - 1];
    if (after && !ofAName(Pos.shared().tag(capitalised(question, words, core)), words.get(j)[0]))
      return false;
    boolean[] marked = core.clone();
    marked[j] = true;
    List<Tagged.Token> tokens = Pos.shared().tag(capitalised(question, words, marked)).tokens();
    int start = words.get(j)[0];
    for (int k = 0; k < tokens.size(); k++)
      if (tokens.get(k).start() == start)
        return PROPER_NOUN.equals(tokens.get(k).mainTag())
            && (k == 0 || !PRONOUN.equals(tokens.get(k - 1).mainTag()));
    return false;
  }

  /**
   * Universal POS tags a word never has when it is a word of a name: verbs, auxiliaries,
   * prepositions, adverbs, pronouns, conjunctions and particles.
   */
  private static final Set<String> NOT_OF_A_NAME =
      Set.of("AUX", "VERB", "ADP", "ADV", "PRON", "SCONJ", "CCONJ", "PART");

  /** Whether the word at {@code start} is tagged as a name's word may be. */
  private static boolean ofAName(Tagged tagged, int start) {
    for (Tagged.Token t : tagged.tokens())
      if (t.start() == start) return !NOT_OF_A_NAME.contains(t.mainTag());
    return false;
  }

  /** The universal POS tag of a pronoun. */
  private static final String PRONOUN = "PRON";

  /** The universal POS tag of a proper noun. */
  private static final String PROPER_NOUN = "PROPN";

  /** The question with the marked words capitalised. */
  private static String capitalised(String question, List<int[]> words, boolean[] marked) {
    StringBuilder out = new StringBuilder(question);
    for (int i = 0; i < words.size(); i++)
      if (marked[i]) {
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

  /**
   * Whether the coverage also writes the word with a plural ending ("lockkeeper" and
   * "lockkeepers"), or, for a word with one, without it ("lockkeepers" and "lockkeeper"): a noun
   * that is counted, not a name.
   */
  private static boolean countNoun(String word, Vocabulary.View reader) throws IOException {
    String w = TextAnalysis.fold(word);
    if (hasSpelling(reader, w + "s") || hasSpelling(reader, w + "es")) return true;
    if (w.length() > MIN_NAME_LENGTH && w.endsWith("es") && hasSpelling(reader, chop(w, 2)))
      return true;
    return w.length() > MIN_NAME_LENGTH && w.endsWith("s") && hasSpelling(reader, chop(w, 1));
  }

  private static String chop(String word, int letters) {
    return word.substring(0, word.length() - letters);
  }

  /** Whether the coverage has word i, asked of the vocabulary once. */
  private static boolean inCoverage(
      String question, List<int[]> words, int i, Vocabulary.View reader, Boolean[] known)
      throws IOException {
    if (known[i] == null)
      known[i] = hasSpelling(reader, TextAnalysis.fold(text(question, words.get(i))));
    return known[i];
  }

  /**
   * Whether the coverage has the folded word in any spelling analysis reads as one ("brodskiy"
   * where it writes "Brodskyy": {@link TextAnalysis#spellings}).
   */
  static boolean hasSpelling(Vocabulary.View reader, String folded) throws IOException {
    if (reader.contains(folded)) return true;
    for (String s : TextAnalysis.spellings(folded))
      if (!s.equals(folded) && reader.contains(s)) return true;
    return false;
  }

  /** An ordinal written in figures ("2nd", "4th"); group 1 is its number. */
  private static final Pattern ORDINAL_FIGURES = Pattern.compile("(?i)(\\d{1,2})(?:st|nd|rd|th)");

  /** English ordinal words in order, first = index 0 ({@code language/en-ordinals.txt}). */
  private static final List<String> ORDINALS =
      dev.talksbot.nlp.ResourceLines.of("/language/en-ordinals.txt");

  /**
   * An ordinal written in figures as the word the coverage writes it with ("the 2nd swap" read as
   * "the second swap"), when the coverage lacks the figures; null otherwise.
   */
  static String ordinal(String word, Vocabulary.View reader) throws IOException {
    Matcher m = ORDINAL_FIGURES.matcher(word);
    if (!m.matches()) return null;
    int n = Integer.parseInt(m.group(1));
    if (n < 1 || n > ORDINALS.size() || reader.contains(TextAnalysis.fold(word))) return null;
    String ordinal = ORDINALS.get(n - 1);
    return reader.contains(ordinal) ? ordinal : null;
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
    String folded = TextAnalysis.fold(word);
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
    return !abbreviation || name.equals(word) || !english.contains(TextAnalysis.fold(word));
  }

  /** Whether the coverage has every word of a name. */
  private static boolean inCoverage(String name, Vocabulary.View reader) throws IOException {
    Matcher words = WORD.matcher(name);
    boolean any = false;
    while (words.find()) {
      if (!reader.contains(TextAnalysis.fold(words.group()))) return false;
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
