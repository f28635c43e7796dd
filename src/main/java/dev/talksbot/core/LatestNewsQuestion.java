package dev.talksbot.core;

import dev.talksbot.answer.WordList;
import dev.talksbot.index.TextAnalysis;
import java.util.HashSet;
import java.util.List;
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
    List<String> terms = TextAnalysis.terms(question);
    Set<String> topicTerms = topic == null ? Set.of() : new HashSet<>(TextAnalysis.terms(topic));
    boolean cue = false;
    for (String t : terms) {
      if (CUES.contains(t)) cue = true;
      else if (!IGNORED.contains(t) && !topicTerms.contains(t)) return false;
    }
    return cue;
  }
}
