package dev.talksbot.answer;

import dev.talksbot.nlp.AnswerType;
import dev.talksbot.nlp.QuestionType;
import dev.talksbot.nlp.ValueSpotter;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A question that asks for a year ("In what year was it built?") or a date ("When did the plague
 * return?"), and whether a sentence gives one: a sentence that names no year, nor (for "when") any
 * date, beyond those the question names does not answer it, however closely it matches the
 * question's words.
 */
final class AskedDate {
  private AskedDate() {}

  /** What the question asks for. */
  enum Kind {
    NONE,
    YEAR,
    DATE
  }

  /** "In what year …", "which years …". */
  private static final Pattern ASKS_YEAR = Pattern.compile("(?i)\\b(?:what|which)\\s+years?\\b");

  /**
   * Question words that make a "when" a clause of another question ("When the war ended, which city
   * …?" asks for a city).
   */
  private static final Pattern OTHER_WH =
      Pattern.compile("(?i)\\b(?:what|which|who|whom|whose|where|how|why)\\b");

  static Kind of(String question) {
    if (ASKS_YEAR.matcher(question).find()) return Kind.YEAR;
    if (QuestionType.expected(question) == AnswerType.DATE && !OTHER_WH.matcher(question).find())
      return Kind.DATE;
    return Kind.NONE;
  }

  /** Whether the sentence gives a year (or, for {@link Kind#DATE}, a date) the question lacks. */
  static boolean gives(String sentence, String question, Kind kind) {
    List<String> asked = SetBacks.years(question);
    if (SetBacks.years(sentence).stream().anyMatch(y -> !asked.contains(y))) return true;
    return kind == Kind.DATE && ValueSpotter.has(sentence, AnswerType.DATE, question);
  }
}
