package dev.talksbot.answer;

import dev.talksbot.nlp.AnswerType;
import dev.talksbot.nlp.QuestionType;
import dev.talksbot.nlp.ValueSpotter;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A question that asks for a year ("In what year was it built?"), a date ("When did the plague
 * return?") or a percentage ("What percentage of farms …?"), and whether a sentence gives one: a
 * sentence that gives none beyond what the question names does not answer it, however closely it
 * matches the question's words.
 */
final class AskedValue {
  private AskedValue() {}

  /** What the question asks for. */
  enum Kind {
    NONE,
    YEAR,
    DATE,
    PERCENT
  }

  /** "In what year …", "which years …". */
  private static final Pattern ASKS_YEAR = Pattern.compile("(?i)\\b(?:what|which)\\s+years?\\b");

  /** "What percentage of …", "what percent …", "how many percent …". */
  private static final Pattern ASKS_PERCENT =
      Pattern.compile(
          "(?i)\\b(?:what|which)\\s+(?:percent|percentage|per\\s+cent)\\b|\\bhow\\s+many\\s+percent\\b");

  /** A percentage in a sentence: "40%", "40 %", "40 percent", "40 per cent". */
  private static final Pattern PERCENT =
      Pattern.compile("(?i)\\d\\s*%|\\b(?:percent|per\\s+cent)\\b");

  /**
   * Question words that make a "when" a clause of another question ("When the war ended, which city
   * …?" asks for a city).
   */
  private static final Pattern OTHER_WH =
      Pattern.compile("(?i)\\b(?:what|which|who|whom|whose|where|how|why)\\b");

  static Kind of(String question) {
    if (ASKS_YEAR.matcher(question).find()) return Kind.YEAR;
    if (ASKS_PERCENT.matcher(question).find()) return Kind.PERCENT;
    if (QuestionType.expected(question) == AnswerType.DATE && !OTHER_WH.matcher(question).find())
      return Kind.DATE;
    return Kind.NONE;
  }

  /** Whether the sentence gives a value of the kind that the question does not already name. */
  static boolean gives(String sentence, String question, Kind kind) {
    return switch (kind) {
      case NONE -> true;
      case PERCENT -> PERCENT.matcher(sentence).find();
      case YEAR, DATE -> {
        List<String> asked = SetBacks.years(question);
        if (SetBacks.years(sentence).stream().anyMatch(y -> !asked.contains(y))) yield true;
        yield kind == Kind.DATE && ValueSpotter.has(sentence, AnswerType.DATE, question);
      }
    };
  }
}
