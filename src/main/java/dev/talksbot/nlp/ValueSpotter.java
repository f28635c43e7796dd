package dev.talksbot.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Typed values (people, organisations, places, numbers, dates) in an English sentence, found from
 * part-of-speech tags and general word knowledge, never from lists of names.
 *
 * <p>Order of work, each token used at most once:
 *
 * <ol>
 *   <li>DATE: a month with an optional day and year ("July 23", "July 23, 2025", "23 July 2025",
 *       "the 5th of May"), a weekday with an optional modifier ("last Tuesday"), a relative day
 *       ("yesterday"), a modified period ("last week", "this year"), and a bare year ("in 2025",
 *       "the 1990s") unless a noun follows ("2000 soldiers" is a count). Month and weekday names
 *       must be capitalised ("may" is a verb).
 *   <li>NUMBER: runs of NUM-tagged tokens or number words ("1,200", "twelve", "3.5 million"), with
 *       a following unit ("percent", "%") and a leading currency sign.
 *   <li>Proper-noun runs, classified by {@link NameSpotter}.
 * </ol>
 *
 * Month/weekday names, number words and units are in resource files under {@code /nlp/}.
 */
public final class ValueSpotter {

  private static final Pattern YEAR = Pattern.compile("(1[0-9]{3}|20[0-9]{2})s?");
  private static final Pattern DAY = Pattern.compile("([1-9]|[12][0-9]|3[01])(st|nd|rd|th)?");
  private static final Set<String> CURRENCY = Set.of("$", "€", "£", "¥", "₽", "₴");

  private ValueSpotter() {}

  /**
   * All values in the sentence, in order of position (cached, see {@link SpottedValues}: the
   * answerer reads the same sentences for every question).
   */
  public static List<TypedValue> values(String sentence) {
    Objects.requireNonNull(sentence, "sentence");
    List<TypedValue> cached = SpottedValues.get(sentence);
    if (cached != null) return cached;
    List<TypedValue> out = spot(sentence);
    SpottedValues.put(sentence, out);
    return out;
  }

  /**
   * As {@link #values(String)}, computed afresh and kept in no cache: for text whose values are
   * stored (the index's), which would otherwise fill the caches that questions use.
   */
  public static List<TypedValue> valuesOnce(String sentence) {
    Objects.requireNonNull(sentence, "sentence");
    List<TypedValue> cached = SpottedValues.get(sentence);
    return cached != null ? cached : spot(Pos.shared().tagOnce(sentence));
  }

  private static List<TypedValue> spot(String sentence) {
    return spot(Pos.shared().tag(sentence));
  }

  private static List<TypedValue> spot(Tagged t) {
    boolean[] used = new boolean[t.size()];
    List<TypedValue> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      int end = dateEnd(t, i);
      if (end > i) {
        out.add(value(t, i, end, AnswerType.DATE));
        mark(used, i, end);
        i = end - 1;
      }
    }
    for (int i = 0; i < t.size(); i++) {
      if (used[i] || !isNumber(t.get(i))) {
        continue;
      }
      int start = i > 0 && !used[i - 1] && CURRENCY.contains(t.get(i - 1).text()) ? i - 1 : i;
      int end = i + 1;
      while (end < t.size() && !used[end] && isNumber(t.get(end))) {
        end++;
      }
      end += unitLength(t, end);
      out.add(value(t, start, end, AnswerType.NUMBER));
      mark(used, start, end);
      i = end - 1;
    }
    out.addAll(NameSpotter.names(t, used));
    out.sort(Comparator.comparingInt(TypedValue::start));
    return List.copyOf(out);
  }

  /**
   * The values of the sentence that the question does not already name: a name (person,
   * organisation, place, other) is left out when any of its words is a word of the question ("Who
   * met Brennick?" leaves out "Anton Brennick"); a number or date when all of its words are.
   */
  public static List<TypedValue> values(String sentence, String question) {
    Objects.requireNonNull(question, "question");
    Set<String> asked = new HashSet<>();
    for (Tagged.Token token : Pos.shared().tag(question).tokens()) {
      asked.add(bare(token.text()));
    }
    List<TypedValue> out = new ArrayList<>();
    for (TypedValue v : values(sentence)) {
      List<String> words = words(v.text());
      boolean numeric = v.type() == AnswerType.NUMBER || v.type() == AnswerType.DATE;
      boolean named =
          numeric
              ? asked.containsAll(words)
              : words.stream().anyMatch(w -> Character.isLetter(w.charAt(0)) && asked.contains(w));
      if (!named) {
        out.add(v);
      }
    }
    return List.copyOf(out);
  }

  /** Whether the sentence holds a value of the type. */
  public static boolean has(String sentence, AnswerType type) {
    return values(sentence).stream().anyMatch(v -> v.type() == type);
  }

  /** Whether the sentence holds a value of the type that the question does not already name. */
  public static boolean has(String sentence, AnswerType type, String question) {
    return values(sentence, question).stream().anyMatch(v -> v.type() == type);
  }

  static TypedValue value(Tagged t, int from, int to, AnswerType type) {
    int start = t.get(from).start();
    Tagged.Token last = t.get(to - 1);
    int end = last.isPossessive() ? last.end() - 2 : last.end();
    return new TypedValue(t.sentence().substring(start, end), type, start, end);
  }

  private static void mark(boolean[] used, int from, int to) {
    for (int i = from; i < to; i++) {
      used[i] = true;
    }
  }

  // ---- dates ----

  /** Exclusive end of a date starting at token i, or -1. */
  private static int dateEnd(Tagged t, int i) {
    if (kind(t, i).equals("MODIFIER") && kind(t, i + 1).equals("PERIOD")) {
      return i + 2; // "last week", "this year"
    }
    int j = i;
    boolean modified =
        kind(t, j).equals("MODIFIER") && (isCapitalised(t, j + 1, "MONTH") || isWeekday(t, j + 1));
    if (modified) {
      j++;
    }
    if (isWeekday(t, j)) {
      int k = j + 1 < t.size() && t.get(j + 1).text().equals(",") ? j + 2 : j + 1;
      int longer = Math.max(monthPhraseEnd(t, k), dayMonthEnd(t, k));
      return longer > 0 ? longer : j + 1;
    }
    if (modified) {
      return monthPhraseEnd(t, j);
    }
    int longer = Math.max(monthPhraseEnd(t, i), dayMonthEnd(t, i));
    if (longer > 0) {
      return longer;
    }
    if (kind(t, i).equals("RELATIVE")) {
      return i + 1;
    }
    if (isYear(t, i) && !(i + 1 < t.size() && t.get(i + 1).isNoun())) {
      return i + 1;
    }
    return -1;
  }

  /** "July", "July 23", "July 2025", "July 23, 2025": exclusive end, or -1. */
  private static int monthPhraseEnd(Tagged t, int k) {
    if (!isCapitalised(t, k, "MONTH")) {
      return -1;
    }
    int e = k + 1;
    if (matches(t, e, DAY)) {
      e++;
    }
    if (e + 1 < t.size() && t.get(e).text().equals(",") && isYear(t, e + 1)) {
      e += 2;
    } else if (isYear(t, e)) {
      e++;
    }
    return e;
  }

  /** "23 July", "23rd of July 2025": exclusive end, or -1. */
  private static int dayMonthEnd(Tagged t, int k) {
    if (!matches(t, k, DAY)) {
      return -1;
    }
    int e = k + 1;
    if (e < t.size() && t.get(e).text().equalsIgnoreCase("of")) {
      e++;
    }
    if (!isCapitalised(t, e, "MONTH")) {
      return -1;
    }
    e++;
    return isYear(t, e) ? e + 1 : e;
  }

  private static boolean isWeekday(Tagged t, int i) {
    return isCapitalised(t, i, "WEEKDAY");
  }

  private static boolean isCapitalised(Tagged t, int i, String kind) {
    if (i < 0 || i >= t.size() || !kind(t, i).equals(kind)) {
      return false;
    }
    Tagged.Token token = t.get(i);
    String tag = token.mainTag();
    return Character.isUpperCase(token.text().charAt(0))
        && (tag.equals("PROPN") || tag.equals("NOUN") || tag.equals("NUM"));
  }

  private static boolean isYear(Tagged t, int i) {
    return matches(t, i, YEAR);
  }

  private static boolean matches(Tagged t, int i, Pattern p) {
    return i >= 0 && i < t.size() && p.matcher(t.get(i).text()).matches();
  }

  private static String kind(Tagged t, int i) {
    if (i < 0 || i >= t.size()) {
      return "";
    }
    String k = Lexicon.dateKind(t.get(i).text());
    return k == null ? "" : k;
  }

  // ---- numbers ----

  private static boolean isNumber(Tagged.Token token) {
    String text = token.text();
    boolean hasDigitOrLetter = text.chars().anyMatch(Character::isLetterOrDigit);
    return hasDigitOrLetter
        && (token.isNumber() || Lexicon.NUMBER_WORDS.contains(text.toLowerCase(Locale.ROOT)));
  }

  /** How many tokens from {@code from} form a unit of the number before ("per cent" → 2). */
  private static int unitLength(Tagged t, int from) {
    for (List<String> unit : Lexicon.NUMBER_UNITS) {
      boolean match = from + unit.size() <= t.size();
      for (int k = 0; match && k < unit.size(); k++) {
        match = t.get(from + k).text().toLowerCase(Locale.ROOT).equals(unit.get(k));
      }
      if (match) {
        return unit.size();
      }
    }
    return 0;
  }

  /** The words of a value: split at spaces, without trailing commas, bare. */
  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : text.split("\\s+")) {
      String trimmed = w.endsWith(",") ? w.substring(0, w.length() - 1) : w;
      if (!trimmed.isEmpty()) {
        out.add(bare(trimmed));
      }
    }
    return out;
  }

  /** The word without a possessive ending, case kept. */
  static String bareText(String word) {
    boolean possessive = word.length() > 2 && (word.endsWith("'s") || word.endsWith("’s"));
    return possessive ? word.substring(0, word.length() - 2) : word;
  }

  /** Lower case without a possessive ending. */
  static String bare(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.endsWith("'s") || w.endsWith("’s") ? w.substring(0, w.length() - 2) : w;
  }
}
