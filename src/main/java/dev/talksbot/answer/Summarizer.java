package dev.talksbot.answer;

import dev.talksbot.retrieval.ScoredPassage;
import java.util.List;

/** Builds a cited overview (4–6 sentences) of passages: all coverage, or one topic's. */
public interface Summarizer {
  /**
   * @param topic the topic, or null for all coverage
   * @param passages candidate passages (for a topic: retrieved for it, best first)
   */
  Answer summarize(String topic, List<ScoredPassage> passages, CorpusInfo corpus);
}
