package dev.talksbot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a sentence says what a named person is, for a question that asks who the person is ("Who
 * is Jane Doe?"): the name followed by an appositive or relative clause ("Jane Doe, the deputy
 * envoy, …", "Jane Doe, Freedonia's former trade minister, …", "Jane Doe, who heads the panel, …")
 * or preceded by an office ("special envoy Jane Doe", "Deputy Minister Jane Doe"). A sentence that
 * only names the person ("Jane Doe said …") does not.
 */
final class PersonDescription {
  private PersonDescription() {}

  /** Offices and titles before a name ({@code nlp/titles.txt}), lower case. */
  private static final Set<String> TITLES = WordList.load("/nlp/titles.txt");

  /** Titles of address that say nothing of what a person does ("Mr"). */
  private static final Set<String> HONORIFICS = WordList.load("/language/en-honorifics.txt");

  /** Words that open an appositive after a name ("the", "a", "who"). */
  private static final Set<String> OPENERS = WordList.load("/language/en-appositive-openers.txt");

  /** After a name: a comma, an optional quote, a word and an optional possessive ending. */
  private static final Pattern AFTER = Pattern.compile("^\\s*,\\s*[\"“]?(\\p{L}+)(['’]s\\b)?");

  /** Whether {@code text} says what the person {@code name} ("Jane Doe") is. */
  static boolean describes(String text, String name) {
    String[] words = name.strip().split("\\s+");
    Matcher last = wordAt(words[words.length - 1]).matcher(text);
    while (last.find())
      if (appositive(text.substring(last.end())) && !coordinated(text.substring(0, last.start())))
        return true;
    // an office right before the name, or before up to FIRST_NAMES capitalised words leading to it
    Matcher first = wordAt(words[0]).matcher(text);
    while (first.find()) if (officeBefore(text.substring(0, first.start()))) return true;
    return false;
  }

  /** A word, with the full stop of an abbreviation ("Gen."). */
  private static final Pattern WORD = Pattern.compile("\\p{L}+\\.?");

  /**
   * Whether the text before a name ends with an office, maybe followed by up to {@link
   * #FIRST_NAMES} capitalised words ("Lutavian President Anton" before "Brennick").
   */
  private static boolean officeBefore(String before) {
    List<String> words = words(before);
    for (int j = 0; j <= FIRST_NAMES && j < words.size(); j++) {
      String w = words.get(words.size() - 1 - j);
      if (office(w)) return true;
      if (!Character.isUpperCase(w.charAt(0))) return false;
    }
    return false;
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) out.add(m.group());
    return out;
  }

  /** Whether a word is an office or title that says what a person does ("envoy", not "Mr"). */
  private static boolean office(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return TITLES.contains(w) && !HONORIFICS.contains(w);
  }

  /**
   * Capitalised words that may stand between an office and the name asked about ("palace spokesman
   * Pavel Moen" for "Who is Moen?").
   */
  static final int FIRST_NAMES = 2;

  /**
   * For "Who is Jane Doe?": the first group with a sentence that says what she is ({@link
   * #describes}) leads, quoting that sentence (its other reports still cite the same fact); failing
   * that, the most probable candidate that names her as fully as the best one does and says what
   * she is leads on its own (the sentence model, which learned "who" questions from ones that ask
   * for a person, prefers a sentence that names someone else too). The other groups keep their
   * order.
   */
  static List<FactGroup> first(List<FactGroup> groups, List<Candidate> cands, String name) {
    for (int i = 0; i < groups.size(); i++) {
      List<Candidate> members = groups.get(i).members();
      for (int m = 0; m < members.size(); m++) {
        if (!describes(members.get(m).text(), name)) continue;
        if (i == 0 && m == 0) return groups;
        List<Candidate> reordered = new ArrayList<>(members);
        reordered.addFirst(reordered.remove(m));
        List<FactGroup> out = new ArrayList<>(groups);
        out.remove(i);
        out.addFirst(new FactGroup(List.copyOf(reordered)));
        return out;
      }
    }
    double fullCoverage = cands.getFirst().coverage();
    for (Candidate c : cands) {
      if (c.coverage() < fullCoverage || !describes(c.text(), name)) continue;
      List<FactGroup> out = new ArrayList<>(groups);
      out.addFirst(new FactGroup(List.of(c)));
      return out;
    }
    return groups;
  }

  private static Pattern wordAt(String word) {
    return Pattern.compile("(?<!\\p{L})" + Pattern.quote(word) + "(?!\\p{L})");
  }

  /** Coordinating conjunctions ({@code language/en-coordinators.txt}). */
  private static final Set<String> COORDINATORS = WordList.load("/language/en-coordinators.txt");

  /**
   * Whether the name after {@code before} is the second of two joined by a conjunction ("Brennick
   * and Marsh"): a clause after it speaks of both.
   */
  private static boolean coordinated(String before) {
    List<String> words = words(before);
    for (int j = 0; j <= FIRST_NAMES && j < words.size(); j++) {
      String w = words.get(words.size() - 1 - j);
      if (!Character.isUpperCase(w.charAt(0)))
        return COORDINATORS.contains(w.toLowerCase(Locale.ROOT));
    }
    return false;
  }

  /** Whether the text right after a name opens an appositive or relative clause. */
  private static boolean appositive(String after) {
    Matcher m = AFTER.matcher(after);
    if (!m.find()) return false;
    if (m.group(2) != null) return true; // "Freedonia's former trade minister"
    return OPENERS.contains(m.group(1).toLowerCase(Locale.ROOT)) || office(m.group(1));
  }
}
