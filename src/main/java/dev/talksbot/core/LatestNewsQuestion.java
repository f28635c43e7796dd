package dev.talksbot.core;

import dev.talksbot.answer.WordList;
import dev.talksbot.index.TextAnalysis;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A question that asks only for the latest news on the bot's subject — "What's the latest on the
 * talks?", "Any news?", "What is happening now?" — rather than for one fact. Retrieval has nothing
 * to go on in such a question but the subject's own words, which every article shares, so the
 * best-matching sentence is as likely to be months old as new; the reader wants the newest
 * coverage, which is what the summary of the latest coverage is.
 *
 * <p>Read as such when the question holds a cue ({@code answer/latest-news-cues.txt}) and nothing
 * else but filler ({@code answer/latest-news-filler.txt}), question words, auxiliaries,
 * prepositions and the words of the configured topic. "Any news on the prisoner exchange?" asks
 * about something and is answered as a question.
 */
final class LatestNewsQuestion {
  private LatestNewsQuestion() {}

  private static final Set<String> CUES = WordList.analysed("/answer/latest-news-cues.txt");

  private static final Set<String> IGNORED =
      Stream.of(
              "/answer/latest-news-filler.txt",
              "/answer/question-words.txt",
              "/answer/auxiliaries.txt",
              "/answer/prepositions.txt")
          .flatMap(r -> WordList.analysed(r).stream())
          .collect(Collectors.toUnmodifiableSet());

  /** Whether the question asks only for the latest news on {@code topic} (may be null). */
  static boolean matches(String question, String topic) {
    return TextAnalysis.terms(question).stream().anyMatch(CUES::contains)
        && onlySubject(question, topic);
  }

  /**
   * Whether the text names nothing but the bot's subject {@code topic} (may be null): every word of
   * it is a cue, filler, a question word, an auxiliary, a preposition or a word of the topic ("the
   * talks", "what is new").
   */
  static boolean onlySubject(String text, String topic) {
    Set<String> topicTerms = topic == null ? Set.of() : new HashSet<>(TextAnalysis.terms(topic));
    for (String t : TextAnalysis.terms(text))
      if (!CUES.contains(t) && !IGNORED.contains(t) && !topicTerms.contains(t)) return false;
    return true;
  }
}
