package dev.talksbot.answer;

import dev.talksbot.nlp.AnswerType;
import dev.talksbot.nlp.ValueSpotter;
import dev.talksbot.nlp.Weekdays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A question that asks for a year ("In what year was it built?"), a date ("When did the plague
 * return?"), a day of the week ("On which day of the week did they meet?"), a percentage ("What
 * percentage of farms …?"), a century or decade ("In what century …?") or an amount ("How much did
 * it cost?"), and whether a sentence gives one: a sentence that gives none beyond what the question
 * names does not answer it, however closely it matches the question's words.
 *
 * @param kind what the question asks for
 * @param question the question
 * @param namedYears the years the question itself names (a sentence must give another)
 */
record AskedValue(AskedValue.Kind kind, String question, List<String> namedYears) {
  AskedValue {
    java.util.Objects.requireNonNull(kind, "kind");
    java.util.Objects.requireNonNull(question, "question");
    namedYears = List.copyOf(namedYears);
  }

  /** What the question asks for. */
  enum Kind {
    NONE,
    YEAR,
    DATE,
    WEEKDAY,
    PERCENT,
    CENTURY,
    AMOUNT
  }

  /** "How much …" (not "how much of …", a share of something the question names). */
  private static final Pattern ASKS_AMOUNT = Pattern.compile("(?i)\\bhow\\s+much\\b(?!\\s+of\\b)");

  /** "In what century …", "which decade …". */
  private static final Pattern ASKS_CENTURY =
      Pattern.compile("(?i)\\b(?:what|which)\\s+(?:century|centuries|decade|decades)\\b");

  /**
   * A century or decade in a sentence: "the 19th century", "the eighteenth century", "the 1850s",
   * or a year, which lies in one.
   */
  private static final Pattern CENTURY =
      Pattern.compile(
          "(?i)\\b\\d{1,2}(?:st|nd|rd|th)[\\s-]+centur|\\b\\p{L}+(?:st|nd|rd|th)\\s+centur"
              + "|\\b\\d{3,4}s\\b|\\b(?:1\\d{3}|20\\d{2})\\b");

  /** "Which day of the week …", "what weekday …". */
  private static final Pattern ASKS_WEEKDAY =
      Pattern.compile("(?i)\\b(?:what|which)\\s+(?:days?\\s+of\\s+the\\s+week|weekdays?)\\b");

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

  /**
   * What the question asks for; {@code expect} is the answer type its shape already read ({@link
   * QuestionShape#expect}), so the question is not read for it again.
   */
  static AskedValue of(String question, QuestionShape.Expect expect) {
    return new AskedValue(kindOf(question, expect), question, Years.named(question));
  }

  static Kind kindOf(String question, QuestionShape.Expect expect) {
    if (ASKS_YEAR.matcher(question).find()) return Kind.YEAR;
    if (ASKS_WEEKDAY.matcher(question).find()) return Kind.WEEKDAY;
    if (ASKS_PERCENT.matcher(question).find()) return Kind.PERCENT;
    if (ASKS_CENTURY.matcher(question).find()) return Kind.CENTURY;
    if (ASKS_AMOUNT.matcher(question).find()) return Kind.AMOUNT;
    if (expect == QuestionShape.Expect.DATE && !OTHER_WH.matcher(question).find()) return Kind.DATE;
    return Kind.NONE;
  }

  /** Whether the sentence gives a value of the kind that the question does not already name. */
  boolean givenBy(String sentence) {
    return switch (kind) {
      case NONE -> true;
      case WEEKDAY -> !Weekdays.in(sentence).stream().allMatch(Weekdays.in(question)::contains);
      case PERCENT -> PERCENT.matcher(sentence).find();
      case CENTURY -> CENTURY.matcher(sentence).find();
      case AMOUNT -> ValueSpotter.has(sentence, AnswerType.NUMBER, question);
      case YEAR, DATE -> {
        if (Years.named(sentence).stream().anyMatch(y -> !namedYears.contains(y))) yield true;
        yield kind == Kind.DATE && ValueSpotter.has(sentence, AnswerType.DATE, question);
      }
    };
  }
}
