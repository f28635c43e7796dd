package dev.talksbot.answer;

/** Inverse document frequency of an analysed term over the indexed passages. */
@FunctionalInterface
public interface TermWeights {
  double idf(String term);
}
