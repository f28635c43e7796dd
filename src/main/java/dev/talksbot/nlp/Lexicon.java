package dev.talksbot.nlp;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * General English word knowledge used by {@link QuestionType} and {@link ValueSpotter}, read once
 * from the resource files under {@code /nlp/}. Lines starting with {@code #} and blank lines are
 * ignored; words are compared in lower case.
 */
final class Lexicon {

  /** Head nouns, wh-words and "how X" cues to answer types (TRANSPARENT maps to null). */
  static final Map<String, AnswerType> ANSWER_CUES;

  /** Head nouns that pass the question on to the noun after "of" ("the name of the city"). */
  static final Set<String> TRANSPARENT_HEADS;

  static final Set<String> ORGANISATION_WORDS = Set.copyOf(lines("organisation-words.txt"));
  static final Set<String> PLACE_WORDS = Set.copyOf(lines("place-words.txt"));
  static final Set<String> TITLES = Set.copyOf(lines("titles.txt"));
  static final Set<String> NUMBER_WORDS = Set.copyOf(lines("number-words.txt"));

  /** Number words to the value each writes ("three" → "3"; {@code nlp/number-values.tsv}). */
  static final Map<String, String> NUMBER_VALUES = Map.copyOf(table("number-values.tsv"));

  /** Units after a number, each split into its lower-case words ("per cent" → [per, cent]). */
  static final List<List<String>> NUMBER_UNITS =
      lines("number-units.txt").stream().map(u -> List.of(u.split(" +"))).toList();

  /** Date words to their kind: MONTH, WEEKDAY, RELATIVE, MODIFIER or PERIOD. */
  static final Map<String, String> DATE_WORDS = Map.copyOf(table("date-words.tsv"));

  /** Place prepositions to their strength: STRONG or WEAK. */
  static final Map<String, String> PLACE_PREPOSITIONS = Map.copyOf(table("place-prepositions.tsv"));

  static {
    Map<String, AnswerType> cues = new LinkedHashMap<>();
    java.util.HashSet<String> transparent = new java.util.HashSet<>();
    for (Map.Entry<String, String> e : table("answer-types.tsv").entrySet()) {
      if (e.getValue().equals("TRANSPARENT")) {
        transparent.add(e.getKey());
      } else {
        try {
          cues.put(e.getKey(), AnswerType.valueOf(e.getValue()));
        } catch (IllegalArgumentException bad) {
          throw new IllegalStateException(
              "nlp/answer-types.tsv: unknown type '" + e.getValue() + "' for '" + e.getKey() + "'");
        }
      }
    }
    ANSWER_CUES = Map.copyOf(cues);
    TRANSPARENT_HEADS = Set.copyOf(transparent);
  }

  private Lexicon() {}

  static String dateKind(String word) {
    return DATE_WORDS.get(word.toLowerCase(Locale.ROOT));
  }

  /** The non-comment lines of {@code /nlp/name}, trimmed and in lower case. */
  static List<String> lines(String name) {
    return ResourceLines.of("/nlp/" + name).stream().map(l -> l.toLowerCase(Locale.ROOT)).toList();
  }

  /** A two-column tab-separated resource: first column (lower case) to second (upper case kept). */
  static Map<String, String> table(String name) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : lines(name)) {
      String[] cols = line.split("\t");
      if (cols.length != 2 || cols[0].isBlank() || cols[1].isBlank()) {
        throw new IllegalStateException(
            "nlp/" + name + ": expected 'word<TAB>value', got '" + line + "'");
      }
      if (out.put(cols[0].strip(), cols[1].strip().toUpperCase(Locale.ROOT)) != null) {
        throw new IllegalStateException("nlp/" + name + ": '" + cols[0] + "' appears twice");
      }
    }
    return out;
  }
}
