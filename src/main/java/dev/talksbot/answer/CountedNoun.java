package dev.talksbot.answer;

import dev.talksbot.nlp.AnswerType;
import dev.talksbot.nlp.Pos;
import dev.talksbot.nlp.Tagged;
import dev.talksbot.nlp.TypedValue;
import dev.talksbot.nlp.ValueSpotter;
import dev.talksbot.nlp.WordRelations;
import java.util.Locale;
import java.util.Set;

/**
 * What a "how many" question counts, and whether a sentence gives that count: "how many children
 * are on the list" counts children, and "a list of 412 children" counts them where "61 of the
 * children on the list" counts only some of them (a part: "N of the …") and "many of the children"
 * counts nothing; "how many people" counts people of any kind ("250 prisoners": a kind of person by
 * WordNet, {@link WordRelations#isKindOfPerson}). A "how long" question counts units of time or
 * length ("lasted barely forty minutes"; {@code /answer/measure-units.txt}).
 */
final class CountedNoun {
  private CountedNoun() {}

  /**
   * Most words between a number and the noun it counts ("250 Russian servicemen", "84 were
   * civilians").
   */
  static final int MAX_GAP = 3;

  /** The analysed units of time and length a "how long" answer counts in. */
  static final Set<String> MEASURE_UNITS = WordList.analysed("/answer/measure-units.txt");

  /** Punctuation that ends the phrase a number counts. */
  private static final Set<String> CLAUSE_ENDS = Set.of(",", ";", ":", ".");

  /** Words that end a count before its noun: a part of a whole ("61 of the children"). */
  private static final Set<String> PART_OF = Set.of("of", "out");

  /**
   * The analysed terms of the noun a "how many" question counts ("how many Ukrainian children" →
   * the term of "children"); empty for any other question. For one that counts a part, the noun
   * after its copula ("how many of the 250 were border guards": guards), and none when no noun
   * follows it ("how many of the 250 were wounded"), whose count need not name it. For "how long",
   * the units of time and length; for "how many times", also the question's verbs ("… did X visit":
   * visits).
   */
  static Set<String> of(String question) {
    return of(Pos.shared().tag(question));
  }

  /** {@link #of(String)} for a question already tagged. */
  static Set<String> of(Tagged t) {
    for (int i = 0; i + 1 < t.size(); i++) {
      if (!lower(t.get(i).text()).equals("how")) continue;
      String next = lower(t.get(i + 1).text());
      if (next.equals("long")) return MEASURE_UNITS;
      if (!next.equals("many")) continue;
      int j = i + 2;
      boolean part = j < t.size() && lower(t.get(j).text()).equals("of");
      if (part) j = complement(t, j);
      while (j < t.size() && t.get(j).mainTag().equals("ADJ")) j++;
      int head = -1;
      while (j < t.size()
          && (t.get(j).isNoun() || t.get(j).isProperNoun() || part && person(t.get(j)))) head = j++;
      if (head < 0) return Set.of();
      Set<String> terms = new java.util.HashSet<>(WordTerms.of(t.get(head).text()));
      String lemma = lower(t.get(head).lemma());
      if (WordRelations.countsPeople(lemma)) terms.add(ANY_PERSON);
      else if (WordRelations.isKindOfPerson(lemma)) terms.add(SAME_SENSE + lemma);
      if (terms.equals(TIMES)) { // "how many times did X visit": times, or visits
        for (int k = head + 1; k < t.size(); k++)
          if (t.get(k).mainTag().equals("VERB")) terms.addAll(WordTerms.of(t.get(k).text()));
      }
      return Set.copyOf(terms);
    }
    return Set.of();
  }

  /**
   * For "how many of the 250 were border guards", the index of what the copula's complement starts
   * with (after its determiners): the part the question counts; past the end when there is none
   * ("how many of them were freed"), so nothing is counted.
   */
  private static int complement(Tagged t, int of) {
    for (int k = of + 1; k < t.size(); k++) {
      if (!t.get(k).lemma().equals("be")) continue;
      int j = k + 1;
      while (j < t.size() && t.get(j).mainTag().equals("DET")) j++;
      int end = j;
      while (end < t.size() && !t.get(end).mainTag().equals("PUNCT")) end++;
      // the complement ends the question: "… was Setanta awarded?" is a passive, no complement
      Tagged.Token last = end == t.size() ? null : t.get(end - 1);
      return last == null || last.isNoun() || last.isProperNoun() || person(last) ? j : t.size();
    }
    return t.size();
  }

  /**
   * Whether a word the tagger did not read as a noun names a kind of person by its lemma: after a
   * copula, "… were marines" is a noun the tagger may read as a verb.
   */
  private static boolean person(Tagged.Token token) {
    return WordRelations.isKindOfPerson(token.lemma());
  }

  /**
   * Stands among the counted noun's terms when it counts people of any kind ("how many people"),
   * whom a number of prisoners, civilians or residents counts too.
   */
  static final String ANY_PERSON = "\u0000person";

  /**
   * Stands, before the lemma, among the counted noun's terms when it names a kind of person ("how
   * many kids"), whom a kind of person of the same sense counts too ("33 children": WordNet, {@link
   * WordRelations#sameSense}).
   */
  static final String SAME_SENSE = "\u0001";

  /**
   * Whether the sentence holds a number that counts the noun: the noun follows the number within
   * {@link #MAX_GAP} words (another number among them: "75,000 to 100,000 people"; "of" before the
   * noun itself: "thousands of prisoners"), with no part of a whole ("61 of the children"), end of
   * clause, or other noun that ends the phrase the number counts ("12 ships carried children")
   * between them; or the number counts a part of them named earlier in the sentence ("412 children
   * …, and 17 of them"); or a hyphen joins the number to the noun ("a 60-day truce"); or, for "how
   * long", an article gives one unit ("an hour or two"); or, for "how many times", an ordinal gives
   * the count ("his fourth visit", "for the 3rd time").
   */
  static boolean counts(String sentence, Set<String> noun) {
    if (noun.isEmpty()) return false;
    if (CountWords.hyphenated(sentence, noun)) return true;
    if (noun.containsAll(TIMES) && CountWords.ordinal(sentence, noun)) return true;
    if (noun.equals(MEASURE_UNITS) && CountWords.oneUnit(sentence)) return true;
    Tagged t = null;
    for (TypedValue v : ValueSpotter.values(sentence)) {
      if (v.type() != AnswerType.NUMBER) continue;
      if (t == null) t = Pos.shared().tag(sentence);
      if (countsAt(t, v, noun)) return true;
    }
    return false;
  }

  /**
   * Whether the number {@code v} of the sentence tagged {@code t} counts the noun (the noun follows
   * it, or it counts a part of them named earlier: {@link #counts} for one number).
   */
  static boolean countsAt(Tagged t, TypedValue v, Set<String> noun) {
    return nounFollows(t, v.end(), noun)
        || partOfNamed(t, v.start(), v.end(), noun)
        || countedBefore(t, v.start(), noun);
  }

  /**
   * The analysed noun of "how many times", which an ordinal answers too, as a count of the
   * question's verb does ("four visits" for "how many times did X visit").
   */
  static final Set<String> TIMES = Set.copyOf(WordTerms.of("times"));

  /**
   * Whether the part-of word at {@code i} takes a whole that is already known: a determiner or
   * pronoun follows ("61 of the children", "17 of them"), where "thousands of prisoners" counts the
   * prisoners.
   */
  private static boolean partOfAWhole(Tagged t, int i) {
    if (i + 1 >= t.size()) return true;
    String tag = t.get(i + 1).mainTag();
    return tag.equals("DET") || tag.equals("PRON") || tag.equals("NUM");
  }

  /** Pronouns that stand for a noun named before them: "17 of them". */
  private static final Set<String> BACK_REFERENCES = Set.of("them", "those", "these");

  /**
   * A number of a group named earlier in the sentence ("a list of 412 children …, and 17 of them
   * have been returned"): "N of them" counts the children that have been returned.
   */
  private static boolean partOfNamed(Tagged t, int start, int end, Set<String> noun) {
    int i = firstFrom(t, end);
    if (i + 1 >= t.size() || !lower(t.get(i).text()).equals("of")) return false;
    if (!BACK_REFERENCES.contains(lower(t.get(i + 1).text()))) return false;
    for (int k = 0; k < t.size() && t.get(k).end() <= start; k++)
      if (formOf(t.get(k), noun)) return true;
    return false;
  }

  /** Kinds of word that may stand between "of" and its number ("more than", "another"). */
  private static final Set<String> QUALIFIER_TAGS = Set.of("ADV", "ADJ", "ADP", "DET");

  /** Most words between "of" and the number it takes ("of <i>more than</i> 1,000"). */
  static final int MAX_QUALIFIERS = 2;

  /**
   * Whether the noun stands before "of" and the number ("the bodies of more than 1,000 soldiers",
   * "a list of 412 children"): the number counts it as well as what follows; between "of" and the
   * number at most {@link #MAX_QUALIFIERS} adverbs, adjectives, prepositions or determiners ("more
   * than", "at least", "another").
   */
  private static boolean countedBefore(Tagged t, int start, Set<String> noun) {
    int i = 0;
    while (i < t.size() && t.get(i).end() <= start) i++;
    int j = i - 1;
    for (int skipped = 0; j >= 0 && skipped < MAX_QUALIFIERS; skipped++, j--) {
      String tag = t.get(j).mainTag();
      if (lower(t.get(j).text()).equals("of")) break;
      if (!QUALIFIER_TAGS.contains(tag)) return false;
    }
    if (j < 1 || !lower(t.get(j).text()).equals("of")) return false;
    Tagged.Token before = t.get(j - 1);
    return (before.isNoun() || before.isProperNoun()) && formOf(before, noun);
  }

  private static boolean nounFollows(Tagged t, int from, Set<String> noun) {
    for (int i = firstFrom(t, from), seen = 0; seen <= MAX_GAP && i < t.size(); seen++, i++) {
      Tagged.Token token = t.get(i);
      if (joining(t, i)) {
        seen--; // "full-time teachers": the hyphen joins two words of one
        continue;
      }
      if (formOf(token, noun)) return true;
      String word = lower(token.text());
      if (PART_OF.contains(word) && partOfAWhole(t, i)) return false;
      if (token.mainTag().equals("PUNCT") || CLAUSE_ENDS.contains(word)) return false;
      boolean nounHere = token.isNoun() || token.isProperNoun();
      boolean nounNext = i + 1 < t.size() && (t.get(i + 1).isNoun() || t.get(i + 1).isProperNoun());
      if (nounHere && !nounNext) return false; // the number counts this noun
    }
    return false;
  }

  /** Whether token i is a hyphen written between two words with no space ("full-time"). */
  private static boolean joining(Tagged t, int i) {
    return t.get(i).text().equals("-")
        && i > 0
        && i + 1 < t.size()
        && t.get(i - 1).end() == t.get(i).start()
        && t.get(i).end() == t.get(i + 1).start();
  }

  /** The index of the first token that starts at or after a character offset. */
  private static int firstFrom(Tagged t, int offset) {
    int i = 0;
    while (i < t.size() && t.get(i).start() < offset) i++;
    return i;
  }

  /**
   * Whether the token is a form of the counted noun, a kind of person when it counts people, or a
   * kind of person of the same sense when it counts one kind ("children" for "kids").
   */
  private static boolean formOf(Tagged.Token token, Set<String> noun) {
    if (WordTerms.of(token.text()).stream().anyMatch(noun::contains)) return true;
    return token.isNoun() && kindCounted(token.lemma().toLowerCase(Locale.ROOT), noun);
  }

  /**
   * Whether a noun's lemma names people the counted noun counts: a kind of person when it counts
   * people, a kind of person of the same sense when it counts one kind.
   */
  static boolean kindCounted(String lemma, Set<String> noun) {
    if (noun.contains(ANY_PERSON))
      return WordRelations.isKindOfPerson(lemma) || WordRelations.countsPeople(lemma);
    if (!WordRelations.isKindOfPerson(lemma)) return false;
    for (String term : noun)
      if (term.startsWith(SAME_SENSE) && WordRelations.sameSense(term.substring(1), lemma))
        return true;
    return false;
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
