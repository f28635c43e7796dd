package dev.talksbot.index;

import java.util.List;
import java.util.function.Predicate;

/**
 * The real model, except that a list of texts holding one that matches fails, as a model error
 * part-way through a write would.
 */
final class FailingEmbedder implements Embedder {
  static final String MESSAGE = "model failed on purpose";

  private final Embedder model;
  private final Predicate<String> failOn;

  FailingEmbedder(Embedder model, Predicate<String> failOn) {
    this.model = model;
    this.failOn = failOn;
  }

  @Override
  public String name() {
    return model.name();
  }

  @Override
  public int dimension() {
    return model.dimension();
  }

  @Override
  public float[] embedQuery(String text) {
    return model.embedQuery(text);
  }

  @Override
  public float[] embedPassage(String text) {
    return model.embedPassage(text);
  }

  @Override
  public List<float[]> embedPassages(List<String> texts) {
    if (texts.stream().anyMatch(failOn)) throw new IllegalStateException(MESSAGE);
    return model.embedPassages(texts);
  }
}
