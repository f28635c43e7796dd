package dev.talksbot.answer;

import dev.talksbot.index.TextAnalysis;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a text qualifies the words a question qualifies ({@link QuestionShape}) only by other
 * qualifiers: another party ("the French delegation" when the question asks about the German one),
 * another ordinal ("the fourth round" for the third), a word of opposite meaning ("the largest
 * cities" for the smallest). A party qualifies the word up to {@link #QUALIFIER_REACH} terms after
 * it with no article between ("handed France a list" is no list of France's), through a possessive
 * ("Lutavia says its demands"), or as the subject the text opens with when it names no party of the
 * question's ("Paris has fielded the same team").
 */
final class OtherQualifiers {
  private OtherQualifiers() {}

  /** A party word qualifies an asked-about word up to this many terms before it. */
  static final int QUALIFIER_REACH = 2;

  /** A possessive ("its demands") points back to a party at most this many terms before it. */
  static final int POSSESSIVE_REACH = 8;

  /** Possessive determiners, analysed ({@code answer/possessives.txt}). */
  private static final Set<String> POSSESSIVES = WordList.analysed("/answer/possessives.txt");

  /** Articles: a word before one does not qualify the noun after it ("handed France a list"). */
  private static final Set<String> ARTICLES = WordList.load("/language/en-articles.txt");

  /** Leading quotes and spaces, then the text's first word and the character after it. */
  private static final Pattern FIRST_WORD = Pattern.compile("^[\\s\"“‘'(]*(\\p{L}+)(.?)");

  /**
   * Whether the text ({@code seq} its analysed terms; {@code text} null when only the terms are
   * known) qualifies a word of the question's (party, word) {@code pairs} only by other parties.
   */
  static boolean parties(String text, List<String> seq, List<String[]> pairs) {
    if (pairs.stream().noneMatch(p -> seq.contains(p[1]))) return false; // nothing asked is here
    Words words = text == null ? null : Words.of(text, seq);
    return otherQualifier(seq, words, pairs, QuestionShape::partyOf, true, subjectParty(text));
  }

  /**
   * A text's words ({@link TextAnalysis#words}) and the word position of each of its analysed terms
   * ({@link TextAnalysis#positions}), to see what stands between two terms.
   */
  record Words(List<String> words, int[] positions) {
    /**
     * The text's words, or null when its terms are not {@code seq} (no telling what is between).
     */
    static Words of(String text, List<String> seq) {
      int[] positions = TextAnalysis.positions(text);
      return positions.length == seq.size() ? new Words(TextAnalysis.words(text), positions) : null;
    }

    /** The word right before term i's word, or null when it opens the text. */
    String wordBefore(int i) {
      int p = positions[i] - 1;
      return p >= 0 && p < words.size() ? words.get(p) : null;
    }

    /** Whether an article stands between the words of terms k and i. */
    boolean articleBetween(int k, int i) {
      for (int p = positions[k] + 1; p < positions[i] && p < words.size(); p++)
        if (ARTICLES.contains(words.get(p))) return true;
      return false;
    }
  }

  /**
   * (party, word) for each word of the question a party qualifies: the term right after a party
   * word, or after a run of them ("the Russian and Ukrainian delegations" qualifies the delegations
   * by both), when it is one of the question's terms ({@code qTerms}). A party owns no number
   * ("with France on the 2022 accord" qualifies no year by France) nor a function word ("returned
   * to Lutavia after the talks" qualifies no "after"; {@code tagged} is the question tagged).
   */
  static List<String[]> partyPairs(
      List<String> seq, Set<String> qTerms, dev.talksbot.nlp.Tagged tagged) {
    Set<String> function = functionTerms(tagged);
    List<String[]> pairs = new ArrayList<>();
    for (int i = 0; i + 1 < seq.size(); i++) {
      if (QuestionShape.partyOf(seq.get(i)) == null) continue;
      int j = i;
      while (j < seq.size() && QuestionShape.partyOf(seq.get(j)) != null) j++;
      if (j < seq.size()
          && qTerms.contains(seq.get(j))
          && !number(seq.get(j))
          && !function.contains(seq.get(j))) {
        for (int k = i; k < j; k++)
          pairs.add(new String[] {QuestionShape.partyOf(seq.get(k)), seq.get(j)});
      }
      i = j - 1;
    }
    return pairs;
  }

  /**
   * The analysed terms of the question's function words ({@link
   * dev.talksbot.nlp.Tagged#CLOSED_CLASS_TAGS}), which name no thing a party could own.
   */
  private static Set<String> functionTerms(dev.talksbot.nlp.Tagged tagged) {
    Set<String> out = new HashSet<>();
    for (int i = 0; i < tagged.size(); i++)
      if (dev.talksbot.nlp.Tagged.CLOSED_CLASS_TAGS.contains(tagged.get(i).mainTag()))
        out.addAll(TextAnalysis.terms(tagged.get(i).text()));
    return out;
  }

  /** Whether an analysed term is a number written in figures ("2022"). */
  private static boolean number(String term) {
    return term.chars().allMatch(Character::isDigit);
  }

  /** Most words of a compound an ordinal qualifies ("the first dock group meeting": three). */
  static final int COMPOUND_MAX = 3;

  /**
   * (qualifier, word) for each term that {@code keyOf} reads as a qualifier (its key, or null) and
   * whose next term is one the question asks about; for a {@code compound} qualifier (an ordinal),
   * also each further term of the run of question terms after it, up to {@link #COMPOUND_MAX}: "the
   * first dock group meeting" asks about the first meeting, which "its second meeting" is not
   * (SQuAD 2.0 tune unchanged; fresh news questions one wrong answer refused). Only for telling
   * another round ({@link QuestionShape#otherRound}): the words a sentence must name to be about
   * the same round ({@link NewerReports#namesTheOrdinal}) stay the word right after the ordinal
   * ("the fourth round take place" is no compound). Not for a word with antonyms: "short truces
   * Lutavia offered" qualifies the truces, not Lutavia.
   */
  static List<String[]> pairs(
      List<String> seq,
      Set<String> qTerms,
      java.util.function.Function<String, String> keyOf,
      boolean compound) {
    List<String[]> out = new ArrayList<>();
    for (int i = 0; i + 1 < seq.size(); i++) {
      String key = keyOf.apply(seq.get(i));
      if (key != null && qTerms.contains(seq.get(i + 1)))
        out.add(new String[] {key, seq.get(i + 1)});
      if (key == null || !compound) continue;
      for (int k = i + 2; k <= i + COMPOUND_MAX && k < seq.size(); k++) {
        if (!qTerms.contains(seq.get(k)) || !qTerms.contains(seq.get(k - 1))) break;
        out.add(new String[] {key, seq.get(k)});
      }
    }
    return out;
  }

  /**
   * Whether the text qualifies a word of the (ordinal, word) {@code pairs} only by other ordinals.
   */
  static boolean ordinals(List<String> seq, List<String[]> pairs) {
    return otherQualifier(seq, null, pairs, QuestionShape::ordinal, false, null);
  }

  /**
   * Whether, for a word the question qualifies by a word that has antonyms ({@code pairs}: (base
   * word, asked word), "the smallest cities"), the text qualifies it right before only by an
   * antonym ("the largest cities").
   */
  static boolean contrasts(List<String> seq, List<String[]> pairs) {
    for (String[] pair : pairs) {
      boolean same = false;
      boolean other = false;
      for (int i = 1; i < seq.size(); i++) {
        if (!seq.get(i).equals(pair[1])) continue;
        String before = Contrasts.base(seq.get(i - 1));
        if (before == null) continue;
        if (before.equals(pair[0])) same = true;
        else if (Contrasts.opposites(pair[0]).contains(before)) other = true;
      }
      if (other && !same) return true;
    }
    return false;
  }

  /**
   * The party a text opens with as its subject ("Paris has …"), or null: its first word is a party
   * word not followed by a possessive ("Paris's …") or a hyphen ("Paris-based …").
   */
  static String subjectParty(String text) {
    if (text == null) return null;
    Matcher m = FIRST_WORD.matcher(text);
    if (!m.find()) return null;
    String after = m.group(2);
    if (after.equals("'") || after.equals("’") || after.equals("-")) return null;
    List<String> terms = TextAnalysis.terms(m.group(1));
    return terms.size() == 1 ? QuestionShape.partyOf(terms.getFirst()) : null;
  }

  /**
   * Whether, for some word the question qualifies ({@code pairs}: (qualifier, word)), the text
   * qualifies it only by other qualifiers ({@code keyOf}: a term's qualifier, or null): the words
   * up to {@link #QUALIFIER_REACH} before it with no article between (by {@code words}; null: no
   * telling, all of them) and, with {@code possessives}, the party a possessive before it points
   * back to; failing both, the text's {@code subject} (a key, or null) when the text names none of
   * the question's qualifiers.
   */
  private static boolean otherQualifier(
      List<String> seq,
      Words words,
      List<String[]> pairs,
      Function<String, String> keyOf,
      boolean possessives,
      String subject) {
    if (pairs.isEmpty()) return false;
    Map<String, Set<String>> asked = new HashMap<>(); // word -> qualifiers the question gives it
    for (String[] pair : pairs) asked.computeIfAbsent(pair[1], k -> new HashSet<>()).add(pair[0]);
    for (var e : asked.entrySet()) {
      boolean same = false;
      boolean other = false;
      boolean unownedBySubject = false;
      for (int i = 0; i < seq.size(); i++) {
        if (!seq.get(i).equals(e.getKey())) continue;
        List<String> owners = new ArrayList<>();
        for (int k = Math.max(0, i - QUALIFIER_REACH); k < i; k++)
          if (words == null || !words.articleBetween(k, i)) owners.add(seq.get(k));
        if (possessives && i > 0 && POSSESSIVES.contains(seq.get(i - 1))) {
          // "Lutavia says its demands": the possessive's owner is the nearest party before it that
          // is no object of a preposition ("a truce with Lutavia or tariffs on those who buy its
          // oil" is not Lutavia's oil)
          for (int k = i - 2; k >= Math.max(0, i - 1 - POSSESSIVE_REACH); k--)
            if (keyOf.apply(seq.get(k)) != null && !afterPreposition(words, k)) {
              owners.add(seq.get(k));
              break;
            }
        }
        boolean owned = false;
        for (String t : owners) {
          String key = keyOf.apply(t);
          if (key == null) continue;
          owned = true;
          if (e.getValue().contains(key)) same = true;
          else other = true;
        }
        if (!owned && subject != null && !e.getValue().contains(subject)) unownedBySubject = true;
      }
      if (!other && !same && unownedBySubject && !names(seq, e.getValue(), keyOf)) return true;
      if (other && !same) return true;
    }
    return false;
  }

  /** Prepositions, lower case ({@code answer/prepositions.txt}). */
  private static final Set<String> PREPOSITIONS = WordList.load("/answer/prepositions.txt");

  /**
   * Whether the word of term k follows a preposition other than "by" (the doer of a passive), not
   * at the text's opening ("In Lutavia, its ..." speaks of Lutavia's); false when there is no
   * telling.
   */
  private static boolean afterPreposition(Words words, int k) {
    if (words == null || words.positions()[k] < 2) return false;
    String before = words.wordBefore(k);
    if (before == null) return false;
    String w = before.toLowerCase(java.util.Locale.ROOT);
    return !w.equals("by") && PREPOSITIONS.contains(w);
  }

  /** Whether the text names one of {@code keys} anywhere. */
  private static boolean names(List<String> seq, Set<String> keys, Function<String, String> keyOf) {
    for (String t : seq) if (keys.contains(keyOf.apply(t))) return true;
    return false;
  }
}
