package dev.talksbot.answer;

import java.util.Locale;
import java.util.Set;

/**
 * Sentences that begin with a pronoun, or whose speaker is a pronoun ("…, he said, …"), lean on the
 * sentence before them for who they are about.
 */
final class Pronouns {
  private static final Set<String> WORDS = WordList.load("/answer/pronouns.txt");

  /** The pronouns that can be the subject of a verb of saying ("he", not "that"). */
  private static final Set<String> SUBJECTS = WordList.load("/answer/subject-pronouns.txt");

  private Pronouns() {}

  /** Whether a lower-case word is a pronoun that can be the subject of a verb of saying. */
  static boolean isSubject(String word) {
    return SUBJECTS.contains(word);
  }

  /** True when any word of the text is a pronoun. */
  static boolean containsPronoun(String text) {
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
      if (WORDS.contains(w)) return true;
    return false;
  }

  /**
   * Verbs of saying ({@code answer/speech-verbs.txt}), analysed in their base, -s and past forms:
   * the stemmer does not always join them ("added" is "ad", "add" is "add").
   */
  private static final Set<String> SPEECH = speechTerms();

  private static Set<String> speechTerms() {
    Set<String> out = new java.util.HashSet<>();
    for (String v : WordList.load("/answer/speech-verbs.txt"))
      for (String form : new String[] {v, v + "s", v + "ed", v + "d"})
        out.addAll(dev.talksbot.index.TextAnalysis.terms(form));
    return Set.copyOf(out);
  }

  /** Words from the opening pronoun to its verb of saying ("He said", "She later told"). */
  static final int SPEECH_REACH = 2;

  /**
   * True when the sentence opens with a subject pronoun whose verb of saying follows within {@link
   * #SPEECH_REACH} words ("He said Russia regarded Geneva as unsuitable."): it gives the words of
   * the person the sentence before names. "That said, …" opens with a pronoun too, but not with a
   * speaker.
   */
  static boolean reportSpeech(String sentence) {
    if (!SUBJECTS.contains(firstWord(sentence))) return false;
    java.util.List<String> words = dev.talksbot.index.TextAnalysis.words(sentence);
    for (int j = 1; j <= Math.min(SPEECH_REACH, words.size() - 1); j++)
      if (saying(words.get(j))) return true;
    return false;
  }

  /** Whether a word is a verb of saying in a finite form ("said", "tells"; not "saying"). */
  private static boolean saying(String word) {
    java.util.List<String> t = dev.talksbot.index.TextAnalysis.terms(word);
    return !t.isEmpty() && SPEECH.contains(t.getFirst()) && !word.endsWith("ing");
  }

  static boolean startsWithPronoun(String sentence) {
    return WORDS.contains(firstWord(sentence));
  }

  /** A reporting clause set off by a comma: ", he said," or ", she later told reporters". */
  private static final java.util.regex.Pattern SET_OFF =
      java.util.regex.Pattern.compile(",\\s*(\\p{L}+)((?:\\s+\\p{L}+){1," + SPEECH_REACH + "})");

  /**
   * True when the sentence leans on the one before it for who it is about: it starts with a
   * pronoun, or a subject pronoun with a verb of saying is set off by a comma inside it ("Ukraine's
   * delegation, he said, had been ready to fly."), so its speaker is the person the sentence before
   * names.
   */
  static boolean leansOnPrevious(String sentence) {
    if (startsWithPronoun(sentence)) return true;
    java.util.regex.Matcher m = SET_OFF.matcher(sentence);
    while (m.find()) {
      if (!SUBJECTS.contains(m.group(1).toLowerCase(Locale.ROOT))) continue;
      for (String w : m.group(2).strip().split("\\s+")) if (saying(w)) return true;
    }
    return false;
  }

  /** A closing reporting clause: ", his office said." or ", officials told reporters." */
  private static final java.util.regex.Pattern CLOSING =
      java.util.regex.Pattern.compile(
          ",((?:\\s+[\\p{L}'’]+){1," + (SPEECH_REACH + 2) + "})\\s*\\p{P}*\\s*$");

  /**
   * The sentence without its closing reporting clause ("Vosk is due in Tarn, his office said." is
   * "Vosk is due in Tarn"): the clause says who reported it, not what the sentence says happened.
   * The sentence itself when it closes with none.
   */
  static String withoutClosingReport(String sentence) {
    java.util.regex.Matcher m = CLOSING.matcher(sentence);
    if (!m.find()) return sentence;
    for (String w : m.group(1).strip().split("\\s+"))
      if (saying(w)) return sentence.substring(0, m.start());
    return sentence;
  }

  /** The sentence's first word in lower case (empty when it opens with no letter). */
  private static String firstWord(String sentence) {
    String s = sentence.strip();
    int end = 0;
    while (end < s.length() && Character.isLetter(s.charAt(end))) end++;
    return s.substring(0, end).toLowerCase(Locale.ROOT);
  }
}
