package dev.talksbot.answer;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Whether a sentence says the opposite of a word of the question where the question's word would
 * stand: the sentence lacks a word of the question that has antonyms in WordNet ({@link Contrasts})
 * and has one of its antonyms that the question does not ("When did the war <i>end</i>?" against
 * "the war <i>began</i> in 1914"; "Who <i>accepted</i> the argument?" against "the court
 * <i>rejected</i> the argument"). SQuAD 2.0 writes many of its unanswerable questions so. Only the
 * words written in lower case count: inside a name a word keeps no meaning of its own ("the United
 * Nations" says nothing "national", and its stem is "international"'s antonym's).
 */
final class OppositeWord {
  private OppositeWord() {}

  /** Whether {@code sentence} says an opposite in place of a word of {@code question}. */
  static boolean instead(String question, String sentence) {
    return instead(asked(question), sentence);
  }

  /**
   * The words of a question that have antonyms, as {@link #instead(Set, String)} takes them. The
   * word after "how" asks for a measure, not for one end of it: "How many prisoners …?" is answered
   * by "fewer than the 300 promised", "How long did the talks last?" by "a short meeting".
   */
  static Set<String> asked(String question) {
    return bases(question, true, idiomParticles(question));
  }

  /**
   * Phrasal verbs whose particle says no direction ("track down", "set up": {@code
   * language/en-phrasal-verbs.txt}, general English), as "lemma particle".
   */
  private static final Set<String> PHRASAL_VERBS =
      Set.copyOf(WordList.lines("/language/en-phrasal-verbs.txt"));

  /**
   * The start offsets of the question's particles that belong to such a phrasal verb ("has Lutavia
   * tracked <i>down</i>": no opposite of "up"), right after its verb.
   */
  private static Set<Integer> idiomParticles(String question) {
    Set<Integer> out = new HashSet<>();
    dev.talksbot.nlp.Tagged t = dev.talksbot.nlp.Pos.shared().tag(question);
    for (int i = 1; i < t.size(); i++) {
      String pair = t.get(i - 1).lemma() + " " + t.get(i).text();
      if (PHRASAL_VERBS.contains(pair.toLowerCase(java.util.Locale.ROOT)))
        out.add(t.get(i).start());
    }
    return out;
  }

  /**
   * Whether {@code sentence} says an opposite in place of a word of the question ({@link #asked}).
   */
  static boolean instead(Set<String> asked, String sentence) {
    if (asked.isEmpty()) return false;
    Set<String> said = bases(sentence, false, Set.of());
    for (String b : asked) {
      if (said.contains(b)) continue;
      for (String o : Contrasts.opposites(b))
        if (said.contains(o) && !asked.contains(o)) return true;
    }
    return false;
  }

  /**
   * Whether the word after {@code before} and {@code last} gives a size: after a number and its
   * unit ("21 years <i>old</i>", "40 metres <i>high</i>") a word in its plain form ({@link #bases}
   * reads only those so) measures what it follows, as after "how", and says neither end of it ("the
   * youngest was 21 years old" says nothing old). A comparative still says its direction ("10
   * percent <i>higher</i>"). The word between is any lower-case word but a function word ("in 1921
   * and <i>ended</i>"): neither that it is a unit nor that the word after it is an adjective is
   * checked, so "50 academic <i>majors</i>" and "Route 168 head <i>west</i>" are read as sizes too
   * (on the SQuAD 2.0 test split, session 46, it moved four questions: one gained, three lost).
   */
  private static boolean measured(String before, String last) {
    return (dev.talksbot.nlp.LexiconWords.isFigure(before)
            || dev.talksbot.nlp.LexiconWords.isNumberWord(before))
        && !last.isEmpty()
        && Character.isLowerCase(last.codePointAt(0))
        && !org.apache.lucene.analysis.en.EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(last);
  }

  /**
   * The base words with antonyms among the text's lower-case words (and its first word), without
   * the word after "how" when {@code measure} is set, nor a word's plain form after a number and
   * the word after it ({@link #measured}), nor the words that start at {@code skipped}.
   */
  private static Set<String> bases(String text, boolean measure, Set<Integer> skipped) {
    Set<String> out = new HashSet<>();
    Matcher m = WordTerms.WORD.matcher(text);
    boolean first = true;
    boolean afterHow = false;
    String before = ""; // what comes before the last word: the word or figure next to it
    String last = "";
    int end = 0;
    while (m.find()) {
      String w = m.group();
      boolean name = !first && Character.isUpperCase(w.codePointAt(0));
      first = false;
      boolean degree = afterHow;
      boolean size = measured(before, last);
      afterHow = measure && w.equalsIgnoreCase("how");
      String gap = text.substring(end, m.start()).strip();
      before = gap.isEmpty() ? last : gap.substring(gap.lastIndexOf(' ') + 1);
      last = w;
      end = m.end();
      if (name || degree || skipped.contains(m.start())) continue;
      for (String t : WordTerms.of(w)) {
        String b = Contrasts.base(t);
        if (b != null && !(size && b.equals(t))) out.add(b);
      }
    }
    return out;
  }
}
