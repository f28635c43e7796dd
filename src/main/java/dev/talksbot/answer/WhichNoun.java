package dev.talksbot.answer;

import dev.talksbot.index.TextAnalysis;
import dev.talksbot.nlp.Pos;
import dev.talksbot.nlp.Tagged;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * What a "which" question asks to be named ("Which ports were on the list?": ports), and whether a
 * sentence only counts them ("The list had 12 fishing ports") and names none: a count does not say
 * which.
 */
final class WhichNoun {
  private WhichNoun() {}

  private static final Set<String> ASKING = Set.of("which", "what");

  /**
   * The analysed terms of the plural noun that the question's opening "which" or "what" asks about
   * (adjectives between them: "Which small ports"); empty for any other question.
   */
  static Set<String> of(String question) {
    Tagged t = Pos.shared().tag(question);
    int i = 0;
    if (i < t.size() && t.get(i).mainTag().equals("ADP")) i++; // "In which cities …"
    if (i >= t.size() || !ASKING.contains(lower(t.get(i).text()))) return Set.of();
    int j = i + 1;
    while (j < t.size() && (t.get(j).mainTag().equals("ADJ") || partyWord(t.get(j)))) j++;
    if (j >= t.size() || !t.get(j).isNoun()) return Set.of();
    Tagged.Token noun = t.get(j);
    String text = lower(noun.text());
    boolean plural = text.endsWith("s") && !text.equals(lower(noun.lemma()));
    if (!plural || j + 1 < t.size() && t.get(j + 1).isNoun())
      return Set.of(); // "which peace talks"
    return Set.copyOf(WordTerms.of(noun.text()));
  }

  /**
   * Whether the sentence counts the noun ({@link CountedNoun#counts}) and names nothing else: no
   * proper noun but a party's ("The French list had 12 fishing ports").
   */
  static boolean onlyCounts(String sentence, Set<String> noun) {
    if (noun.isEmpty() || !CountedNoun.counts(sentence, noun)) return false;
    for (Tagged.Token token : Pos.shared().tag(sentence).tokens())
      if (token.isProperNoun() && !partyWord(token)) return false;
    return true;
  }

  private static boolean partyWord(Tagged.Token token) {
    Set<String> terms = new HashSet<>(TextAnalysis.terms(token.text()));
    return !terms.isEmpty() && terms.stream().allMatch(x -> QuestionShape.partyOf(x) != null);
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
