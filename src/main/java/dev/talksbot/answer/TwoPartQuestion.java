package dev.talksbot.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a question that asks two things ("Who signed it and when did they meet?", "Where and when
 * was it held?") into two standalone questions, so each part is answered and cited on its own. A
 * second part that leans on the first ("… and when did they meet?") gets the first part's content
 * words, as a follow-up would. Question words come from a resource file.
 */
final class TwoPartQuestion {
  private TwoPartQuestion() {}

  private static final Set<String> WH = WordList.load("/answer/question-words.txt");

  private static final String WH_ALT = String.join("|", WH);

  /** "X and wh… Y?": a second question introduced by a question word after "and". */
  private static final Pattern SECOND =
      Pattern.compile(
          "(?i)^(.+?)[,;]?\\s+and\\s+((?:(?:"
              + String.join("|", WordList.load("/answer/prepositions.txt"))
              + ")\\s+)?(?:"
              + WH_ALT
              + ")\\b.+)$");

  /** "Wh1 and wh2 rest?": two question words sharing one predicate. */
  private static final Pattern SHARED =
      Pattern.compile("(?i)^(" + WH_ALT + ")\\s+and\\s+(" + WH_ALT + ")\\b(.+)$");

  /** Fewer content terms than this make a part lean on the other for context. */
  static final int MIN_OWN_TERMS = 2;

  /** Two coordinated words: "the Russian and Ukrainian delegations". */
  private static final Pattern COORDINATED =
      Pattern.compile("\\b([\\p{L}'’-]+)\\s+and\\s+([\\p{L}'’-]+)\\b");

  /** The parts: one (the question itself) or two. */
  static List<String> split(String question) {
    String q = question.strip();
    Matcher co = COORDINATED.matcher(q);
    while (co.find()) {
      // two parties qualifying one word ask two things: one question per party; parties that are
      // what the question is about together ("between Russia and Ukraine", "Kyiv and Moscow
      // wanting to …") ask one thing
      if (isParty(co.group(1)) && isParty(co.group(2)) && qualifiesNoun(q, co.end())) {
        return List.of(
            q.substring(0, co.start()) + co.group(1) + q.substring(co.end()),
            q.substring(0, co.start()) + co.group(2) + q.substring(co.end()));
      }
    }
    Matcher shared = SHARED.matcher(q);
    if (shared.matches()) {
      String rest = shared.group(3);
      return List.of(capitalise(shared.group(1)) + rest, capitalise(shared.group(2)) + rest);
    }
    Matcher m = SECOND.matcher(q);
    if (!m.matches() || !startsWithQuestionWord(m.group(1))) return List.of(q);
    String first = m.group(1).strip();
    String second = m.group(2).strip();
    if (!first.endsWith("?")) first = first + "?";
    List<String> firstTerms = new ArrayList<>(SentenceFeatures.questionTerms(first));
    second = withOwnedThing(first, second);
    if (SentenceFeatures.questionTerms(second).size() < MIN_OWN_TERMS
        || Pronouns.containsPronoun(second)) {
      String context = String.join(" ", words(first));
      second = second.replaceAll("\\?+$", "") + " (" + context + ")?";
    }
    return firstTerms.isEmpty() ? List.of(q) : List.of(first, capitalise(second));
  }

  /** A party's possessive that closes a part, what it owns left out: "… and who leads Moscow's?" */
  private static final Pattern ELIDED_OWNED = Pattern.compile("([\\p{L}-]+)['’]s\\s*\\?*$");

  /** A possessive: "Kyiv's". */
  private static final Pattern OWNER = Pattern.compile("\\b([\\p{L}-]+)['’]s\\b");

  /**
   * The second part with what its closing party's possessive leaves out, taken from the first
   * part's party possessive: "Who leads Kyiv's team in the panel, and who leads Moscow's?" asks
   * "who leads Moscow's team in the panel?", not who leads anything of Moscow's.
   */
  static String withOwnedThing(String first, String second) {
    Matcher e = ELIDED_OWNED.matcher(second);
    if (!e.find() || !isParty(e.group(1))) return second;
    Matcher o = OWNER.matcher(first);
    while (o.find()) {
      if (!isParty(o.group(1))) continue;
      String owned = first.substring(o.end()).replaceAll("[?!.]+$", "").strip();
      return owned.isEmpty() ? second : second.replaceAll("\\s*\\?*$", "") + " " + owned + "?";
    }
    return second;
  }

  /** Whether the word that starts at or after {@code offset} is a common noun (by the tagger). */
  private static boolean qualifiesNoun(String question, int offset) {
    for (dev.talksbot.nlp.Tagged.Token t : dev.talksbot.nlp.Pos.shared().tag(question).tokens())
      if (t.start() >= offset) return t.isNoun();
    return false;
  }

  private static boolean isParty(String word) {
    List<String> t = dev.talksbot.index.TextAnalysis.terms(word);
    return t.size() == 1 && QuestionShape.partyOf(t.getFirst()) != null;
  }

  private static boolean startsWithQuestionWord(String s) {
    String w = s.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
    return WH.contains(w) || AUXILIARIES.contains(w);
  }

  private static final Set<String> AUXILIARIES = WordList.load("/answer/auxiliaries.txt");

  /** The first part's words without its question word and auxiliaries, for context. */
  private static List<String> words(String first) {
    List<String> out = new ArrayList<>();
    for (String w : first.replaceAll("[?!.,;]", " ").strip().split("\\s+")) {
      String l = w.toLowerCase(Locale.ROOT);
      if (!WH.contains(l) && !AUXILIARIES.contains(l)) out.add(w);
    }
    return out;
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
