package dev.talksbot.answer;

/** Builds a short cited answer from retrieved passages, or refuses. */
public interface Answerer {
  /** Name reported with every answer (the JSON {@code answerer} field). */
  String name();

  Answer answer(AnswerRequest request);
}
