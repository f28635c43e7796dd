package dev.talksbot.answer;

import dev.talksbot.retrieval.ScoredPassage;
import java.util.List;
import java.util.Objects;

/** A question with the passages retrieved for it and what the coverage is. */
public record AnswerRequest(String question, List<ScoredPassage> passages, CorpusInfo corpus) {
  public AnswerRequest {
    Objects.requireNonNull(question);
    Objects.requireNonNull(corpus);
    passages = List.copyOf(passages);
  }
}
