package dev.talksbot.answer;

import dev.talksbot.index.TextAnalysis;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question word that negates a word the coverage uses, by "non" ("the non-Wendricht League", "a
 * nonviolent campaign") or by a prefix the lexicon reads as making the word's opposite ("unstable",
 * "informal", "impossible", "disapprove": {@link Contrasts}, from WordNet), when no retrieved
 * sentence has the negated word and some sentence has the word without its prefix: the coverage
 * speaks of the thing, not of what is not it, and nothing retrieved answers. SQuAD 2.0 makes many
 * unanswerable questions so; on its tune half refusing them gains 38 questions: for "non", 29
 * unanswerable refused and 2 answers lost (their sentences say "no religion" and "political
 * reasons" for "non-religious"; counting a negation before a word that starts like the prefixed one
 * as saying it won one back and lost two refusals, "not Islamist" for "non-Islamic"); for the other
 * prefixes, 12 refused and 1 lost. So does "least" before a word ("What is the least dominant
 * sector?" over "The dominant sectors are …": 4 unanswerable refused, none lost; and "non" written
 * apart, "non paid", 3 refused, none lost).
 */
final class NegatedWord {
  private NegatedWord() {}

  /** Fewest letters of the word after the prefix ("none", "nonce", "until" negate nothing). */
  static final int MIN_STEM = 4;

  /** "non", joined, hyphenated or written apart ("non paid"): a negation whatever the word. */
  private static final Pattern NON =
      Pattern.compile("(?i)(?<![\\p{L}\\d])non(?:-|\\s)?(\\p{L}{" + MIN_STEM + ",})");

  /** Prefixes that negate a word only when the lexicon gives the two words as opposites. */
  private static final Pattern OTHER =
      Pattern.compile("(?i)(?<![\\p{L}\\d])(?:un|in|im|il|ir|dis)(\\p{L}{" + MIN_STEM + ",})");

  /** "least" before a word: the question asks about the other end of what the word says. */
  private static final Pattern LEAST =
      Pattern.compile("(?i)(?<![\\p{L}\\d])least\\s+(\\p{L}{" + MIN_STEM + ",})");

  /** Whether the question has such a word that the candidates say only without its prefix. */
  static boolean unsaid(String question, List<Candidate> cands) {
    if (negatorUnsaid(LEAST, "least\\s+", question, cands)) return true;
    if (negatorUnsaid(NON, "non[-\\s]?", question, cands)) return true;
    for (Matcher m = OTHER.matcher(question); m.find(); ) {
      String word = m.group().toLowerCase(Locale.ROOT);
      String stem = m.group(1).toLowerCase(Locale.ROOT);
      if (opposites(word, stem) && onlyPlain(cands, Pattern.quote(word), stem)) return true;
    }
    return false;
  }

  /**
   * Whether the question negates a word by a negator ({@code pattern}, its word in group 1) that
   * the candidates say only without it ({@code said}: the negator as a candidate may write it).
   */
  private static boolean negatorUnsaid(
      Pattern pattern, String said, String question, List<Candidate> cands) {
    for (Matcher m = pattern.matcher(question); m.find(); ) {
      String stem = m.group(1).toLowerCase(Locale.ROOT);
      if (onlyPlain(cands, said + Pattern.quote(stem), stem)) return true;
    }
    return false;
  }

  /**
   * Whether no candidate has the negated word ({@code negated}, a regular expression) and some
   * candidate has the word without its prefix ({@code stem}).
   */
  private static boolean onlyPlain(List<Candidate> cands, String negated, String stem) {
    Pattern said = Pattern.compile("(?iu)(?<![\\p{L}\\d])" + negated);
    Pattern plain = Pattern.compile("(?iu)(?<![\\p{L}\\d-])" + Pattern.quote(stem));
    return cands.stream().noneMatch(c -> said.matcher(c.text()).find())
        && cands.stream().anyMatch(c -> plain.matcher(c.text()).find());
  }

  /** Whether the lexicon gives the two words as opposites ("unstable" and "stable"). */
  private static boolean opposites(String word, String stem) {
    List<String> w = TextAnalysis.terms(word);
    List<String> s = TextAnalysis.terms(stem);
    if (w.size() != 1 || s.size() != 1) return false;
    String base = Contrasts.base(w.getFirst());
    String other = Contrasts.base(s.getFirst());
    return base != null && other != null && Contrasts.opposites(base).contains(other);
  }
}
