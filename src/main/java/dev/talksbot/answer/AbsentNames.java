package dev.talksbot.answer;

import dev.talksbot.index.TextAnalysis;
import dev.talksbot.nlp.LexiconWords;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The names a question gives that no retrieved passage contains ("When will they meet in
 * <i>Alaska</i>?" over coverage that never mentions Alaska): the coverage cannot say what happens
 * there, so no sentence answers and none is the nearest to an answer.
 *
 * <p>A name is a run of capitalised words after the question's first, read word by word among the
 * question's content terms. A word counts as contained when a retrieved passage has its analysed
 * term, or one that starts the same with four letters or more ("Frenchman" and "French", "Sept" and
 * "September"), or when a retrieved report writes with a capital a word it nearly spells (one edit
 * in words of four to seven letters, two from eight: a typo the spelling step left because the
 * misspelling is itself a word somewhere in the index; a name is mistyped for a name, so "India" is
 * not "indicated"), or when it is the initials of a phrase a retrieved report writes with capitals
 * ("POWs" for "Prisoners of War": {@link Initials#withJoiningWords}), or when the name is one of a
 * group of names that stand for one another ({@code language/name-aliases.txt}, {@code
 * answer/parties.tsv}: "the United States" and "the US") and a retrieved passage has another of the
 * group. Words shorter than three letters ("WW", "II") and the words that describe what a
 * "which"/"what" question asks for ("Which <i>Gulf</i> state …?": the answer names the state, not
 * the Gulf) are not read as names.
 */
final class AbsentNames {
  private AbsentNames() {}

  /** Shortest analysed term read as a name. */
  static final int MIN_NAME = 3;

  /** Shortest common start that makes two words forms of one name ("asia", "asian"). */
  static final int MIN_SHARED_START = 4;

  /** Shortest word in which two edits (not one) are still a misspelling. */
  static final int TWO_EDITS_FROM = 8;

  private static final Set<String> ASKING_DETERMINERS = Set.of("which", "what", "whose");

  /** Groups of names (each name as its analysed terms) that stand for one another. */
  private static final List<List<List<String>>> ALIASES =
      dev.talksbot.nlp.NameAliases.groups().stream()
          .map(g -> g.stream().map(TextAnalysis::terms).toList())
          .toList();

  /**
   * The question's names (runs of capitalised words, as written) of which some word no retrieved
   * passage contains; empty when there are no candidates to read.
   */
  static List<String> of(String question, Set<String> questionTerms, List<Candidate> cands) {
    if (cands.isEmpty()) return List.of();
    Set<String> retrieved = new HashSet<>();
    Map<String, Set<String>> headlines = new HashMap<>();
    for (Candidate c : cands) {
      retrieved.addAll(c.passageTerms());
      ReportContext.addTo(retrieved, c.article(), headlines); // its dateline's month, its headline
    }
    // the terms of words the reports write capitalised, read only when a name is not found
    Set<String> written = new HashSet<>();
    Set<String> read = new HashSet<>();
    Runnable readWritten =
        () -> {
          for (Candidate c : cands)
            if (read.add(c.article().id())) written.addAll(capitalisedTerms(c.article().text()));
        };
    return absent(question, questionTerms, retrieved, written, readWritten);
  }

  /**
   * The ids of the candidates' articles that do not name one of the question's names though another
   * candidate's article names it (the report is about something else: "What did the Vosk delegation
   * bring to the Tarn round?" and a report of another round that never names Tarn), apart from
   * those that lack only a month or a weekday ({@link Unnamed#times}).
   */
  static Set<String> unnamedBy(String question, Set<String> questionTerms, List<Candidate> cands) {
    return unnamed(question, questionTerms, cands).names();
  }

  /**
   * The articles that do not name what the question names though another candidate's does: {@code
   * names}, those that lack a name of something ("Tarn"), and {@code times}, those that lack only a
   * month or a weekday the question names ("the February swap", "on Feb 6"), which a report names
   * by its dateline's month or by a weekday of its week ({@link ReportContext#addTo}): a report of
   * another month tells of another event of the same kind, but the question is still answered by
   * the report of its month.
   */
  record Unnamed(Set<String> names, Set<String> times) {
    Unnamed {
      names = Set.copyOf(names);
      times = Set.copyOf(times);
    }

    /** No article lacks anything the question names. */
    static final Unnamed NONE = new Unnamed(Set.of(), Set.of());
  }

  /** Whether every word of a name is a month or a weekday ("February", "Feb.", "Friday"). */
  static boolean time(String name) {
    for (String w : name.split("\\s+")) {
      String bare = w.replaceAll("[.]$", "");
      if (!LexiconWords.isMonthOrWeekday(bare) && !LexiconWords.isMonthOrWeekday(bare + "."))
        return false;
    }
    return true;
  }

  /** {@link Unnamed}: the candidates' articles that lack a name, and those that lack a time. */
  static Unnamed unnamed(String question, Set<String> questionTerms, List<Candidate> cands) {
    // the question's names, read against nothing: none, and no report need be read
    if (absent(question, questionTerms, Set.of(), new HashSet<>(), () -> {}).isEmpty())
      return Unnamed.NONE;
    Map<String, List<String>> lacking = new HashMap<>(); // a name → the articles without it
    Set<String> read = new HashSet<>();
    Map<String, Set<String>> headlines = new HashMap<>();
    for (Candidate c : cands) {
      if (!read.add(c.article().id())) continue;
      Set<String> named = new HashSet<>(TextAnalysis.terms(c.article().text()));
      ReportContext.addTo(named, c.article(), headlines);
      Set<String> written = new HashSet<>();
      Runnable readWritten =
          () -> {
            if (written.isEmpty()) written.addAll(capitalisedTerms(c.article().text()));
          };
      for (String name : absent(question, questionTerms, named, written, readWritten))
        lacking.computeIfAbsent(name, n -> new ArrayList<>()).add(c.article().id());
    }
    Set<String> names = new HashSet<>();
    Set<String> times = new HashSet<>();
    for (Map.Entry<String, List<String>> e : lacking.entrySet())
      if (e.getValue().size() < read.size())
        (time(e.getKey()) ? times : names).addAll(e.getValue());
    times.removeAll(names);
    return new Unnamed(names, times);
  }

  /**
   * The question's names of which some word {@code present} (the analysed terms of what was read)
   * does not contain, nor nearly spells a word of {@code written} (the capitalised words' terms,
   * filled by {@code readWritten} when first needed).
   */
  private static List<String> absent(
      String question,
      Set<String> questionTerms,
      Set<String> present,
      Set<String> written,
      Runnable readWritten) {
    String[] tokens = question.strip().split("\\s+");
    if (titleCased(tokens, questionTerms)) return List.of();
    Set<String> excused = aliasedTerms(questionTerms, present);
    List<String> absent = new ArrayList<>();
    List<String> run = new ArrayList<>();
    boolean runAbsent = false;
    boolean describing = false;
    for (int i = 0; i <= tokens.length; i++) {
      String t = i < tokens.length ? Entities.strip(tokens[i]) : "";
      boolean asking = ASKING_DETERMINERS.contains(t.toLowerCase(Locale.ROOT));
      boolean capitalised = !t.isEmpty() && Character.isUpperCase(t.codePointAt(0));
      describing = asking || (describing && capitalised);
      boolean name = i > 0 && capitalised && !describing;
      if (!name) {
        if (runAbsent && !absent.contains(String.join(" ", run))) absent.add(String.join(" ", run));
        run.clear();
        runAbsent = false;
        continue;
      }
      run.add(t);
      for (String term : TextAnalysis.terms(t))
        runAbsent |=
            term.length() >= MIN_NAME
                && questionTerms.contains(term)
                && !excused.contains(term)
                && !present.contains(term)
                && present.stream().noneMatch(r -> sameStart(term, r))
                && noneNearlySpelt(term, written, readWritten);
    }
    return List.copyOf(absent);
  }

  /** Capitalised words after the first that, with no lower-case content word, mark title case. */
  static final int TITLE_CASE_MIN = 3;

  /**
   * Whether the question is written in title case ("When Will They Meet In Alaska?"): at least
   * {@link #TITLE_CASE_MIN} capitalised words after the first and no content word in lower case
   * ("won" in "Who won the FIFA World Cup?"), so that capitals do not mark names.
   */
  private static boolean titleCased(String[] tokens, Set<String> questionTerms) {
    int capitalised = 0;
    for (int i = 1; i < tokens.length; i++) {
      String t = Entities.strip(tokens[i]);
      if (t.isEmpty() || !Character.isLetter(t.codePointAt(0))) continue;
      if (Character.isUpperCase(t.codePointAt(0))) capitalised++;
      else if (TextAnalysis.terms(t).stream().anyMatch(questionTerms::contains)) return false;
    }
    return capitalised >= TITLE_CASE_MIN;
  }

  /**
   * The question's terms that belong to a name of an alias group of which a retrieved passage has
   * some name, or that stand for a party a retrieved term stands for too ({@code
   * answer/parties.tsv}: "Kremlin" where the passages say "Moscow").
   */
  private static Set<String> aliasedTerms(Set<String> questionTerms, Set<String> retrieved) {
    Set<String> out = new HashSet<>();
    for (List<List<String>> group : ALIASES) {
      boolean asked = false;
      boolean mentioned = false;
      for (List<String> name : group) {
        asked |= !name.isEmpty() && questionTerms.containsAll(name);
        mentioned |= !name.isEmpty() && retrieved.containsAll(name);
      }
      if (asked && mentioned)
        for (List<String> name : group) if (questionTerms.containsAll(name)) out.addAll(name);
    }
    Set<String> parties = new HashSet<>();
    for (String r : retrieved) {
      String party = QuestionShape.partyOf(r);
      if (party != null) parties.add(party);
    }
    for (String t : questionTerms) if (parties.contains(QuestionShape.partyOf(t))) out.add(t);
    return out;
  }

  /** Whether two analysed terms are forms of one word: one starts the other ("french"). */
  static boolean sameStart(String a, String b) {
    int shorter = Math.min(a.length(), b.length());
    return shorter >= MIN_SHARED_START && (a.startsWith(b) || b.startsWith(a));
  }

  /** Whether one analysed term is a misspelling of the other. */
  static boolean nearlySpelt(String a, String b) {
    int shorter = Math.min(a.length(), b.length());
    if (shorter < MIN_SHARED_START || Math.abs(a.length() - b.length()) > 2) return false;
    return dev.talksbot.nlp.EditDistance.between(a, b) <= (shorter >= TWO_EDITS_FROM ? 2 : 1);
  }

  /**
   * Whether no word the reports write capitalised is a misspelling of the term, nor is the term the
   * initials of a capitalised phrase they write ({@link Initials#withJoiningWords}: "POWs" for
   * "Prisoners of War").
   */
  private static boolean noneNearlySpelt(String term, Set<String> written, Runnable read) {
    read.run();
    return !written.contains(INITIALS + term)
        && written.stream().noneMatch(r -> nearlySpelt(term, r));
  }

  /** Put in front of the initials' terms where they sit among the capitalised words' terms. */
  private static final String INITIALS = "\u0001";

  /** A word written with a capital. */
  private static final java.util.regex.Pattern CAPITALISED =
      java.util.regex.Pattern.compile("\\p{Lu}[\\p{L}\\p{M}'’-]*");

  /**
   * The analysed terms of the words a text writes with a capital, and (marked {@link #INITIALS})
   * the initials of its capitalised phrases.
   */
  private static Set<String> capitalisedTerms(String text) {
    Set<String> out = new HashSet<>();
    java.util.regex.Matcher m = CAPITALISED.matcher(text);
    while (m.find()) out.addAll(TextAnalysis.terms(m.group()));
    for (String t : Initials.withJoiningWords(text)) out.add(INITIALS + t);
    return out;
  }
}
