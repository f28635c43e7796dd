package dev.talksbot.nlp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Classifies runs of proper nouns (PROPN, Penn's NNP/NNPS) in a tagged sentence. A run is a
 * sequence of tokens not already used by a date or number, each a proper noun or a capitalised
 * adjective, noun or verb that is not the sentence's first word ("New York", "European Council"),
 * holding at least one proper noun. It may bridge an inner hyphen ("Knowles-Carter") and "of",
 * "for", "and" when it already holds an organisation word ("Ministry of Defence"); a possessive
 * ("Smith's") ends it. Rules, first match wins:
 *
 * <ol>
 *   <li>ORGANISATION: the run holds an organisation word ({@code /nlp/organisation-words.txt}:
 *       Ministry, Council, Agency, University, Party …) or is a single acronym ("NATO", "U.N.").
 *   <li>PLACE: the run holds a place word ({@code /nlp/place-words.txt}: States, Republic, Sea,
 *       Palace, Street …).
 *   <li>Titles ({@code /nlp/titles.txt}: President, Foreign Minister, Mr …) inside the run: the
 *       words after the last title are a PERSON; the words before the first title are classified on
 *       their own ("NATO Secretary General Jane Roe" → NATO, Jane Roe).
 *   <li>PLACE: after a strong place preposition (in, near …) whatever its length, after a weak one
 *       (at, from, to …) when it is one word ({@code /nlp/place-prepositions.tsv}); one "the" may
 *       stand between. A possessive run is never a place by this rule.
 *   <li>PERSON: two or more words of name shape (capitalised words or initials).
 *   <li>A single word: PERSON when it is a word of a person found in the same sentence ("Jane Roe …
 *       Roe said"), else PLACE (countries and cities are the commonest lone proper nouns in news;
 *       lone surnames are mostly introduced by a full name or a title first).
 *   <li>Anything else: OTHER.
 * </ol>
 */
final class NameSpotter {

  private static final Set<String> BRIDGES = Set.of("of", "for", "and", "&");
  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}|(\\p{Lu}\\.){2,4}");
  private static final Pattern NAME_WORD =
      Pattern.compile("\\p{Lu}[\\p{Ll}\\p{Lu}'’.\\-]*\\p{Ll}[\\p{L}'’\\-]*|\\p{Lu}\\.");

  private NameSpotter() {}

  /** Typed values for the proper-noun runs of {@code t} not yet {@code used} (marks them used). */
  static List<TypedValue> names(Tagged t, boolean[] used) {
    List<int[]> runs = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      if (used[i] || !isNameToken(t, i)) {
        continue;
      }
      int end = runEnd(t, used, i);
      if (hasProperNoun(t, i, end)) {
        runs.add(new int[] {i, end});
        for (int k = i; k < end; k++) {
          used[k] = true;
        }
      }
      i = end - 1;
    }
    List<TypedValue> out = new ArrayList<>();
    for (int[] run : runs) {
      classify(t, run[0], run[1], out);
    }
    return resolveLoneWords(out);
  }

  private static int runEnd(Tagged t, boolean[] used, int start) {
    int j = start + 1;
    while (j < t.size() && !t.get(j - 1).isPossessive()) {
      boolean nextFree = j + 1 < t.size() && !used[j + 1] && isNameToken(t, j + 1);
      if (!used[j] && isNameToken(t, j)) {
        j++;
      } else if (nextFree && isInnerHyphen(t, j)) {
        j += 2;
      } else if (nextFree
          && BRIDGES.contains(lower(t.get(j)))
          && hasOrganisationWord(t, start, j)) {
        j += 2;
      } else {
        break;
      }
    }
    return j;
  }

  /**
   * A proper noun, or a capitalised adjective, noun or verb inside the sentence (not its first
   * word, whose capital says nothing): "New York", "European Council", "United Nations". A first
   * word tagged as a proper noun whose lemma is not the word itself ("Negotiators" → negotiator) is
   * an inflected common word the tagger misread because of its capital.
   */
  private static boolean isNameToken(Tagged t, int i) {
    Tagged.Token token = t.get(i);
    if (!startsUpper(token)) {
      return false;
    }
    if (i == 0) {
      return token.isProperNoun() && token.lemma().equals(ValueSpotter.bare(token.text()));
    }
    String tag = token.mainTag();
    return token.isProperNoun() || tag.equals("ADJ") || tag.equals("NOUN") || tag.equals("VERB");
  }

  /** A hyphen with no space either side ("Knowles-Carter" tokenized as three tokens). */
  private static boolean isInnerHyphen(Tagged t, int j) {
    return t.get(j).text().equals("-")
        && t.get(j - 1).end() == t.get(j).start()
        && t.get(j).end() == t.get(j + 1).start();
  }

  private static boolean hasProperNoun(Tagged t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (t.get(k).isProperNoun()) {
        return true;
      }
    }
    return false;
  }

  private static void classify(Tagged t, int from, int to, List<TypedValue> out) {
    if (to - from >= 2 && "NAMED-DAY".equals(Lexicon.DATE_WORDS.get(lower(t.get(to - 1))))) {
      out.add(ValueSpotter.value(t, from, to, AnswerType.DATE)); // "Independence Day"
      return;
    }
    if (hasOrganisationWord(t, from, to) || (to - from == 1 && isAcronym(t.get(from)))) {
      out.add(ValueSpotter.value(t, from, to, AnswerType.ORGANISATION));
      return;
    }
    if (hasWordFrom(Lexicon.PLACE_WORDS, t, from, to)) {
      out.add(ValueSpotter.value(t, from, to, AnswerType.PLACE));
      return;
    }
    int firstTitle = -1;
    int lastTitle = -1;
    for (int k = from; k < to; k++) {
      if (Lexicon.TITLES.contains(lower(t.get(k)))) {
        firstTitle = firstTitle < 0 ? k : firstTitle;
        lastTitle = k;
      }
    }
    if (firstTitle >= 0) {
      if (firstTitle > from && hasProperNoun(t, from, firstTitle)) {
        classify(t, from, firstTitle, out);
      }
      if (lastTitle + 1 < to) {
        out.add(ValueSpotter.value(t, lastTitle + 1, to, AnswerType.PERSON));
      }
      return;
    }
    String preposition = placePreposition(t, from);
    boolean possessive = t.get(to - 1).isPossessive();
    if (!possessive
        && (preposition.equals("STRONG") || (preposition.equals("WEAK") && to - from == 1))) {
      out.add(ValueSpotter.value(t, from, to, AnswerType.PLACE));
      return;
    }
    boolean nameShaped = true;
    for (int k = from; k < to && nameShaped; k++) {
      String word = ValueSpotter.bareText(t.get(k).text());
      nameShaped = word.equals("-") || NAME_WORD.matcher(word).matches();
    }
    AnswerType type;
    if (to - from >= 2) {
      type = nameShaped ? AnswerType.PERSON : AnswerType.OTHER;
    } else {
      type = nameShaped ? AnswerType.PLACE : AnswerType.OTHER;
    }
    out.add(ValueSpotter.value(t, from, to, type));
  }

  /** A lone PLACE word that is also a word of a PERSON in the sentence becomes a PERSON. */
  private static List<TypedValue> resolveLoneWords(List<TypedValue> values) {
    Set<String> personWords = new HashSet<>();
    for (TypedValue v : values) {
      if (v.type() == AnswerType.PERSON) {
        for (String w : v.text().split("\\s+")) {
          personWords.add(w.toLowerCase(Locale.ROOT));
        }
      }
    }
    List<TypedValue> out = new ArrayList<>(values.size());
    for (TypedValue v : values) {
      boolean lone = v.type() == AnswerType.PLACE && !v.text().contains(" ");
      out.add(
          lone && personWords.contains(v.text().toLowerCase(Locale.ROOT))
              ? new TypedValue(v.text(), AnswerType.PERSON, v.start(), v.end())
              : v);
    }
    return out;
  }

  /** STRONG, WEAK or "" for the preposition before token i (one "the" may stand between). */
  private static String placePreposition(Tagged t, int i) {
    int p = i - 1;
    if (p >= 0 && lower(t.get(p)).equals("the")) {
      p--;
    }
    if (p < 0) {
      return "";
    }
    return Lexicon.PLACE_PREPOSITIONS.getOrDefault(lower(t.get(p)), "");
  }

  private static boolean hasOrganisationWord(Tagged t, int from, int to) {
    return hasWordFrom(Lexicon.ORGANISATION_WORDS, t, from, to);
  }

  private static boolean hasWordFrom(Set<String> words, Tagged t, int from, int to) {
    for (int k = from; k < to; k++) {
      if (words.contains(ValueSpotter.bare(t.get(k).text()))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAcronym(Tagged.Token token) {
    return ACRONYM.matcher(ValueSpotter.bareText(token.text())).matches();
  }

  private static boolean startsUpper(Tagged.Token token) {
    return Character.isUpperCase(token.text().charAt(0));
  }

  private static String lower(Tagged.Token token) {
    return token.text().toLowerCase(Locale.ROOT);
  }
}
