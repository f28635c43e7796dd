package dev.talksbot.answer.llm;

import dev.talksbot.index.TextAnalysis;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** A name typed in lower case, which the tagger does not read as a name. */
final class LowerCaseName {
  private LowerCaseName() {}

  /**
   * The function words of those classes (general English word lists), lower case; the index's stop
   * words count too ({@link #is}).
   */
  static final Set<String> FUNCTION_WORDS = functionWords();

  private static Set<String> functionWords() {
    Set<String> out = new java.util.HashSet<>();
    for (String list :
        List.of(
            "/answer/auxiliaries.txt",
            "/answer/pronouns.txt",
            "/answer/subject-pronouns.txt",
            "/answer/prepositions.txt",
            "/language/en-articles.txt",
            "/language/en-coordinators.txt",
            "/language/en-definite-determiners.txt",
            "/language/question-words.txt")) out.addAll(dev.talksbot.answer.WordList.load(list));
    return Set.copyOf(out);
  }

  /**
   * A name typed in lower case: a word of letters that no English word list has ("brennick"), or
   * that the tagger reads as a function word though it is none ("kenya" tagged a pronoun).
   */
  static boolean is(dev.talksbot.nlp.Tagged.Token t) {
    String word = t.text();
    if (word.isEmpty() || !word.chars().allMatch(Character::isLetter)) return false;
    if (!dev.talksbot.retrieval.QuestionSpeller.isEnglishWord(word)) return true;
    return dev.talksbot.nlp.Tagged.CLOSED_CLASS_TAGS.contains(t.tag())
        && !FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT))
        && !TextAnalysis.terms(word).isEmpty(); // a stop word analyses to nothing
  }
}
