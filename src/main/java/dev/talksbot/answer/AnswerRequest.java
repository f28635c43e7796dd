package dev.talksbot.answer;

import dev.talksbot.retrieval.ScoredPassage;
import java.util.List;
import java.util.Objects;

/**
 * A question with the passages retrieved for it, what the coverage is, and the language the person
 * asked in (an answerer that can answer in it does; the question itself is English).
 */
public record AnswerRequest(
    String question, List<ScoredPassage> passages, CorpusInfo corpus, Language language) {
  public AnswerRequest {
    Objects.requireNonNull(question, "question");
    Objects.requireNonNull(corpus, "corpus");
    Objects.requireNonNull(passages, "passages");
    Objects.requireNonNull(language, "language");
    passages = List.copyOf(passages);
  }

  /** A question asked in English. */
  public AnswerRequest(String question, List<ScoredPassage> passages, CorpusInfo corpus) {
    this(question, passages, corpus, Language.EN);
  }
}
