package dev.talksbot.answer;

import dev.talksbot.nlp.LexiconWords;
import dev.talksbot.nlp.Pos;
import dev.talksbot.nlp.Tagged;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a sentence counts the thing a question counts with another number, and never with the
 * question's: "What did the five delegates sign?" against "the four delegates signed the accord";
 * "What was the Tarn X.75 network?" against "an X.25 network". SQuAD 2.0 writes some of its
 * unanswerable questions by changing a number of the sentence they copy. A count is a run of
 * numbers (digits, or the number words of {@code nlp/number-words.txt}) and the nouns it may count:
 * in the question the last noun of the first run of nouns at most {@link #GAP} words after it (by
 * the tagger: "five Tarn delegates" counts delegates), every noun of that run when it is a name
 * ("the Six Years War" counts years or wars), its first content word when the tagger reads no noun
 * there; in the sentence any word so near. Words are compared by their analysed terms, numbers by
 * their value ("three" is "3", {@code nlp/number-values.tsv}).
 */
final class OtherCount {
  private OtherCount() {}

  /** Most words after a number run that may stand before the noun it counts. */
  static final int GAP = 3;

  /**
   * A number and the noun it counts.
   *
   * @param value the run's values, space-separated ("3 million")
   * @param counted the analysed terms of the nouns it may count
   */
  record Count(String value, Set<String> counted) {
    Count {
      if (value.isBlank()) throw new IllegalArgumentException("count: no number");
      if (counted.isEmpty()) throw new IllegalArgumentException("count: nothing counted");
      counted = Set.copyOf(counted);
    }
  }

  /**
   * A count the question may write without counting: "What is one concept …?" asks for one of
   * several, which a sentence giving "two concepts" answers.
   */
  static final String ONE = "one";

  /** A word (split at hyphens: "six-day" is two) or a number written in digits. */
  private static final Pattern TOKEN =
      Pattern.compile("\\p{L}[\\p{L}\\p{M}'’]*|\\d[\\d,]*(?:\\.\\d+)?");

  /** Punctuation between two words that ends the phrase a number counts. */
  private static final Pattern CLAUSE_END = Pattern.compile("[,;:.?!()]");

  /** The counts the question writes. */
  static List<Count> asked(String question) {
    List<MatchResult> tokens = tokens(question);
    Tagged tagged = Pos.shared().tag(question);
    List<Count> out = new ArrayList<>();
    for (int[] run : runs(tokens)) {
      boolean one = run[1] == run[0] + 1 && tokens.get(run[0]).group().equalsIgnoreCase(ONE);
      Set<String> counted = one ? Set.of() : counted(question, tokens, tagged, run[1]);
      if (!counted.isEmpty()) out.add(new Count(value(tokens, run[0], run[1]), counted));
    }
    return out;
  }

  /**
   * The analysed terms of the nouns a question's number run ending before token {@code end} may
   * count: the last noun of the first run of nouns within {@link #GAP} words, or every noun of the
   * run when the last is capitalised (a name's first noun may be the one counted: "the Six Years
   * War"), else the first content word there; none if none.
   */
  private static Set<String> counted(
      String question, List<MatchResult> tokens, Tagged tagged, int end) {
    List<String> nouns = new ArrayList<>();
    String first = null;
    for (int j = end; j < Math.min(end + GAP, tokens.size()) && !ended(question, tokens, j); j++) {
      String word = tokens.get(j).group();
      if (number(word)) break;
      boolean content = !WordTerms.of(word).isEmpty();
      if (first == null && content) first = word;
      if (noun(tagged, tokens.get(j).start())) nouns.add(word);
      else if (!nouns.isEmpty() || content) break;
    }
    if (nouns.isEmpty()) return first == null ? Set.of() : new HashSet<>(WordTerms.of(first));
    // a name's nouns may each be what it counts ("the Six Years War"); else the last noun is
    // ("five Tarn delegates" counts delegates)
    String head = nouns.getLast();
    Set<String> out = new HashSet<>();
    for (String noun : Character.isUpperCase(head.codePointAt(0)) ? nouns : List.of(head))
      out.addAll(WordTerms.of(noun));
    return out;
  }

  /**
   * Whether {@code sentence} counts a thing of {@code asked} with another number and writes none of
   * that count's number anywhere.
   */
  static boolean instead(List<Count> asked, String sentence) {
    if (asked.isEmpty()) return false;
    List<MatchResult> tokens = tokens(sentence);
    List<int[]> runs = runs(tokens);
    Set<String> numbers = new HashSet<>();
    for (int[] run : runs) numbers.add(value(tokens, run[0], run[1]));
    for (Count a : asked) {
      if (numbers.contains(a.value())) continue;
      for (int[] run : runs)
        for (int j = run[1]; j < Math.min(run[1] + GAP, tokens.size()); j++) {
          if (ended(sentence, tokens, j)) break;
          if (WordTerms.of(tokens.get(j).group()).stream().anyMatch(a.counted()::contains))
            return true;
        }
    }
    return false;
  }

  /** The runs of numbers among the tokens, each as its first index and its end (exclusive). */
  private static List<int[]> runs(List<MatchResult> tokens) {
    List<int[]> runs = new ArrayList<>();
    for (int i = 0; i < tokens.size(); ) {
      int end = i;
      while (end < tokens.size() && number(tokens.get(end).group())) end++;
      if (end == i) {
        i++;
        continue;
      }
      runs.add(new int[] {i, end});
      i = end;
    }
    return runs;
  }

  /** The run's value, its numbers' values space-separated. */
  private static String value(List<MatchResult> tokens, int from, int to) {
    StringBuilder v = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (!v.isEmpty()) v.append(' ');
      v.append(value(tokens.get(i).group()));
    }
    return v.toString();
  }

  /** Whether punctuation that ends a phrase stands before token {@code j}. */
  private static boolean ended(String text, List<MatchResult> tokens, int j) {
    return j > 0
        && CLAUSE_END
            .matcher(text.substring(tokens.get(j - 1).end(), tokens.get(j).start()))
            .find();
  }

  /** Whether the tagger reads the word at {@code offset} as (part of) a noun. */
  private static boolean noun(Tagged tagged, int offset) {
    for (Tagged.Token t : tagged.tokens())
      if (t.start() <= offset && offset < t.end()) return t.isNoun() || t.isProperNoun();
    return false;
  }

  private static List<MatchResult> tokens(String text) {
    List<MatchResult> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) out.add(m.toMatchResult());
    return out;
  }

  private static boolean number(String token) {
    return LexiconWords.isNumber(token);
  }

  /** A number token's value ("three" is "3"). */
  private static String value(String token) {
    return LexiconWords.numberValue(token.toLowerCase(Locale.ROOT));
  }
}
