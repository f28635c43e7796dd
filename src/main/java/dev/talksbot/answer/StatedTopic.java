package dev.talksbot.answer;

import dev.talksbot.index.TextAnalysis;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The topic a question names with "about" (or "regarding", "concerning": {@code
 * answer/topic-prepositions.txt}): "What did the minister say about <b>the budget</b>?". A sentence
 * that names nothing of the topic, nor does the sentence it leans on, does not say what was said
 * about it, however well it matches the rest of the question (the speaker, "say"), when other
 * retrieved sentences do name it. When none does, the question may be worded in other words than
 * the coverage ("panels" for "working groups") and no sentence is set back.
 */
final class StatedTopic {
  private static final Pattern TOPIC;

  static {
    List<String> preps = WordList.lines("/answer/topic-prepositions.txt");
    TOPIC =
        Pattern.compile(
            "(?i)\\b(?:" + String.join("|", preps) + ")\\s+([^?.!;]+)",
            Pattern.UNICODE_CHARACTER_CLASS);
  }

  private StatedTopic() {}

  /** The last topic the question names, as it words it ("the ferry deal"), or null. */
  static String phrase(String question) {
    Matcher m = TOPIC.matcher(question);
    String topic = null;
    while (m.find()) topic = m.group(1);
    return topic == null ? null : topic.strip();
  }

  /** The analysed terms of the last topic the question names, among its terms; empty if none. */
  static Set<String> terms(String question, Set<String> questionTerms) {
    String topic = phrase(question);
    if (topic == null) return Set.of();
    Set<String> out = new LinkedHashSet<>(TextAnalysis.terms(topic.toLowerCase(Locale.ROOT)));
    out.retainAll(questionTerms);
    return Set.copyOf(out);
  }

  /** Whether the candidate, or the sentence before it, names a term of the topic. */
  static boolean named(Candidate c, Set<String> topic) {
    return c.namesAnyOf(topic);
  }

  /**
   * Whether the candidate is to be set back: the question names a topic, some candidate names it,
   * and this one does not.
   */
  static boolean absent(Candidate c, Set<String> topic, boolean anyNamed) {
    return !topic.isEmpty() && anyNamed && !named(c, topic);
  }
}
