package dev.talksbot.answer.llm;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A request for more on the previous question ("tell me more", "what else?", "go on"; the whole
 * message, from {@code language/en-followups.txt}): it is read as a request for an overview of that
 * question ("Tell me more about who leads the delegation"), which the question pipeline answers
 * with the summary of the coverage on it; a follow-up after it is read against the question it was
 * about.
 */
final class MoreRequest {
  private MoreRequest() {}

  /** A whole message that asks for more on the previous question. */
  private static final Pattern MORE =
      Pattern.compile(
          "(?i)^\\s*(?:(?:and|ok|okay|so|please)[\\s,]+)*(?:"
              + dev.talksbot.answer.WordList.alternatives(
                  RuleBasedRewriter.WORDS.list("more requests"))
              + ")(?:[\\s,]+please)?[\\s?!.…]*$");

  /** What a request for more on the previous question is read as: an overview request on it. */
  static final String MORE_ABOUT = "Tell me more about ";

  /** Whether the whole message asks for more on the previous question. */
  static boolean matches(String message) {
    return MORE.matcher(message).matches();
  }

  /** The request for more on {@code question}: "Tell me more about who leads the delegation". */
  static String about(String question) {
    return MORE_ABOUT + asClause(RuleBasedRewriter.stripEnd(question).strip());
  }

  /**
   * The question a previous turn asked: for a request for more on a question, that question ("Who
   * leads the delegation?" for "Tell me more about who leads the delegation").
   */
  static String askedBefore(String standalone) {
    if (!standalone.startsWith(MORE_ABOUT)) return standalone;
    String q = RuleBasedRewriter.stripEnd(standalone.substring(MORE_ABOUT.length())).strip();
    if (q.isEmpty()) return standalone;
    return Character.toUpperCase(q.charAt(0)) + q.substring(1) + "?";
  }

  /** A question as the object of "about": its first word in lower case unless it is a name. */
  private static String asClause(String question) {
    if (question.isEmpty()) return question;
    int end = question.indexOf(' ');
    String first = end < 0 ? question : question.substring(0, end);
    if (!dev.talksbot.retrieval.QuestionSpeller.isEnglishWord(first.toLowerCase(Locale.ROOT)))
      return question;
    return Character.toLowerCase(question.charAt(0)) + question.substring(1);
  }
}
