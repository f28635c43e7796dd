package dev.talksbot.answer;

import dev.talksbot.index.TextAnalysis;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The named speaker of a question that asks what someone said: "What did <b>China</b> say about
 * …?", "What does the <b>Vatican</b> think …?", "… according to <b>Jane Roe</b>?" (verbs of saying
 * in {@code answer/speech-verbs.txt}). Its capitalised words are the speaker's name; a sentence
 * that names none of them, nor does the sentence it leans on, does not say what that speaker said.
 * A speaker named only in common words ("the minister", "he") names nothing to look for.
 */
final class StatedSpeaker {
  private static final Pattern ASKS;
  private static final Pattern ACCORDING =
      Pattern.compile("(?i)\\baccording to\\s+([^?,;]+)", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern CAPITALISED =
      Pattern.compile("\\p{Lu}[\\p{L}'’.-]*", Pattern.UNICODE_CHARACTER_CLASS);

  static {
    List<String> verbs = WordList.lines("/answer/speech-verbs.txt");
    ASKS =
        Pattern.compile(
            "(?i)\\b(?:did|does|do|has|have|had|will|would|could|can)\\s+(.+?)\\s+(?:"
                + String.join("|", verbs)
                + ")\\b",
            Pattern.UNICODE_CHARACTER_CLASS);
  }

  private StatedSpeaker() {}

  /**
   * The analysed terms of the speaker's capitalised words; empty when none is named. A question
   * typed without any capital ("what did china say …?", not even its first letter) has no capitals
   * to go by: there every content word of the speaker counts, and a speaker in common words ("the
   * minister") is looked for as it is written.
   */
  static Set<String> terms(String question) {
    String speaker = phrase(question);
    if (speaker == null) return Set.of();
    Set<String> out = new LinkedHashSet<>();
    if (!typedWithoutCapitals(question)) {
      Matcher c = CAPITALISED.matcher(speaker);
      while (c.find()) out.addAll(TextAnalysis.terms(c.group()));
    } else {
      out.addAll(SentenceFeatures.questionTerms(speaker));
    }
    return Set.copyOf(out);
  }

  /** No capital anywhere, not even the first letter: the writer does not use capitals. */
  private static boolean typedWithoutCapitals(String question) {
    return question.codePoints().noneMatch(Character::isUpperCase);
  }

  /** The speaker as the question words it ("the Pope", "China's foreign ministry"), or null. */
  static String phrase(String question) {
    Matcher m = ASKS.matcher(question);
    if (m.find()) return m.group(1).strip();
    Matcher a = ACCORDING.matcher(question);
    return a.find() ? a.group(1).strip() : null;
  }

  /**
   * Whether the candidate, or the sentence before it, names a word of the speaker, or the party a
   * speaker word stands for by another of its words ({@code answer/parties.tsv}: "Kiev" for a
   * report that says "Kyiv" or "Ukraine", "Moscow" for "the Kremlin").
   */
  static boolean named(Candidate c, Set<String> speaker) {
    if (c.namesAnyOf(speaker)) return true;
    for (String t : speaker) {
      String party = QuestionShape.partyOf(t);
      if (party != null && c.namesAny(term -> party.equals(QuestionShape.partyOf(term))))
        return true;
    }
    return false;
  }
}
