package dev.talksbot.answer.llm;

import dev.talksbot.nlp.Pos;
import dev.talksbot.nlp.Tagged;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "What about the summit?" after "When is the next round?": the previous question asked again of
 * the new thing, in place of the thing it asked about — its person when the new thing is a name
 * ("What did Wendricht say about the canal?" after "What did Brennick say about the canal?"), else
 * its last noun phrase ("How many bodies were exchanged?" after "How many prisoners were
 * exchanged?"). A previous question with no such phrase ("When did they meet?"), or a name after a
 * question that names nobody, leaves the new thing to be asked about on its own: "Tell me about the
 * children".
 */
final class TopicShift {
  private TopicShift() {}

  /** The tags a noun phrase is made of (its head is a noun or a name). */
  private static final Set<String> PHRASE = Set.of("DET", "ADJ", "NUM", "NOUN", "PROPN");

  /** Question words a phrase does not take in ("many" in "how many prisoners"). */
  private static final Set<String> QUESTION_WORDS = RuleBasedRewriter.WORDS.set("question words");

  /** "The Ukrainian one": the word that stands for the replaced phrase's own noun. */
  static final Set<String> ONE = Set.of("one", "ones");

  /** The openers that ask the previous question of another thing ("what about the summit?"). */
  private static final java.util.regex.Pattern SHIFTS =
      java.util.regex.Pattern.compile("(?i)(?:and\\s+)?(?:what|how) about");

  /**
   * Whether a follow-up that opens with {@code opener} asks the previous question ({@code before})
   * of {@code tail}: "what about the summit?", not "and in June?" (a phrase that narrows) nor "and
   * the Ukrainian one?" without "what about"; "and Wendricht?" after a question that names a
   * person.
   */
  static boolean asks(String opener, String tail, String before) {
    if (SHIFTS.matcher(opener).matches())
      return RuleBasedRewriter.namesAThing(tail) && !startsWithPreposition(tail);
    // "and wendricht?" after "what did brennick say?": the same question of another person
    return isName(truecased(tail)) && firstName(Pos.shared().tag(truecased(before))) != null;
  }

  /** A run of letters: a word. */
  private static final java.util.regex.Pattern LETTERS = java.util.regex.Pattern.compile("\\p{L}+");

  /**
   * The text with each word of letters that is no English word capitalised: a name typed in lower
   * case ("what did brennick say" → "what did Brennick say"), so the tagger reads it as one.
   */
  static String truecased(String text) {
    StringBuilder out = new StringBuilder();
    java.util.regex.Matcher m = LETTERS.matcher(text);
    int last = 0;
    while (m.find()) {
      String w = m.group();
      out.append(text, last, m.start());
      boolean name =
          Character.isLowerCase(w.codePointAt(0))
              && !dev.talksbot.retrieval.QuestionSpeller.isEnglishWord(w);
      out.append(name ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
      last = m.end();
    }
    return out.append(text.substring(last)).toString();
  }

  /** Whether the text opens with a preposition ("in June"): it narrows, it names no new thing. */
  private static boolean startsWithPreposition(String text) {
    List<Tagged.Token> t = Pos.shared().tag(text).tokens();
    return !t.isEmpty() && t.getFirst().mainTag().equals("ADP");
  }

  /** What asking about {@code thing} instead reads as, after {@code before}. */
  static String of(String before, String thing) {
    String question = truecased(withoutContext(before));
    thing = truecased(thing);
    Tagged q = Pos.shared().tag(question);
    // a name stands for the question's name, or is asked about on its own ("Who leads Vosk?")
    int[] span = isName(thing) ? firstName(q) : lastNounPhrase(q);
    if (span == null) return "Tell me about " + thing;
    String[] words = thing.split("\\s+");
    if (words.length > 1 && ONE.contains(words[words.length - 1].toLowerCase(Locale.ROOT)))
      thing = thing.substring(0, thing.lastIndexOf(' ')) + " " + q.get(span[1] - 1).text();
    String out =
        question.substring(0, q.get(span[0]).start())
            + thing
            + question.substring(q.get(span[1] - 1).end());
    return out.strip() + "?";
  }

  /**
   * The previous question without the context a rewritten follow-up carried ("who heads them
   * (working groups)?" → "who heads them") and its closing punctuation.
   */
  static String withoutContext(String before) {
    return RuleBasedRewriter.stripEnd(before.replaceAll("\\s*\\([^()]*\\)\\s*", " ")).strip();
  }

  /** Whether every word of the thing is capitalised: a name ("Marsh", "Ivan Petrenko"). */
  private static boolean isName(String thing) {
    for (String w : thing.split("\\s+"))
      if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0))) return false;
    return true;
  }

  /** The first run of names in the question ({start, end} token indexes), or null. */
  private static int[] firstName(Tagged q) {
    for (int i = 1; i < q.size(); i++) { // not the question word
      if (!nameWord(q.get(i))) continue;
      int end = i;
      while (end < q.size() && nameWord(q.get(end))) end++;
      return new int[] {i, end};
    }
    return null;
  }

  /**
   * A word of a name: tagged one, or capitalised and no English word (the tagger reads an unknown
   * name as anything: "What did Wendricht say" tags it a verb).
   */
  private static boolean nameWord(Tagged.Token t) {
    if (t.isProperNoun()) return true;
    String w = t.text();
    return !w.isEmpty()
        && Character.isUpperCase(w.codePointAt(0))
        && w.chars().allMatch(Character::isLetter)
        && !dev.talksbot.retrieval.QuestionSpeller.isEnglishWord(w);
  }

  /** The question's last noun phrase, its determiner included ({start, end}), or null. */
  static int[] lastNounPhrase(Tagged q) {
    List<Tagged.Token> t = q.tokens();
    for (int end = t.size(); end > 1; end--) {
      Tagged.Token head = t.get(end - 1);
      if (!head.isNoun() && !head.isProperNoun()) continue;
      int start = end - 1;
      while (start > 1
          && (PHRASE.contains(t.get(start - 1).mainTag()) || modifier(t, start - 1))
          && !QUESTION_WORDS.contains(t.get(start - 1).text().toLowerCase(Locale.ROOT))) start--;
      return new int[] {start, end};
    }
    // the tagger may miss the noun ("the fourth round" as DET ADJ ADJ): the phrase after the last
    // determiner that ends the question
    for (int d = t.size() - 2; d > 0; d--)
      if (t.get(d).mainTag().equals("DET")) return new int[] {d, t.size()};
    return null;
  }

  /** "working" in "the working groups": read as a verb, it names the thing with its noun. */
  static boolean modifier(List<Tagged.Token> t, int i) {
    return t.get(i).text().endsWith("ing") && i + 1 < t.size() && t.get(i + 1).isNoun();
  }
}
