package dev.talksbot.answer;

import dev.talksbot.index.Embedder;
import java.util.List;

/**
 * The question and its best sentence read together: the embedding model reads the two as one text
 * (its attention runs across them, where the sentence's own vector and the question's are made
 * apart), and how that joint vector stands to each of the two is a signal the bag-of-words features
 * lack. A learned stage ({@link SelectorModel#reading()}) weighs it with the answerability model's
 * own verdict; {@code ./talksbot train answerer --reading} fits it. Measured and not bundled
 * (docs/evaluation.md, session 33): it lifted SQuAD 2.0 but refused more news questions, and the
 * joint text costs one embedding per question.
 */
public final class JointReading {
  private JointReading() {}

  /** The reading stage's features, in vector order. */
  public static final List<String> NAMES =
      List.of(
          "answerability_logodds",
          "question_sentence_cosine",
          "joint_question_cosine",
          "joint_sentence_cosine");

  /** Probabilities are held this far from 0 and 1 before their log-odds are taken. */
  static final double PROBABILITY_FLOOR = 1e-4;

  /** The text the embedding model reads: the question, then the sentence. */
  static String joined(String question, String sentence) {
    return question.strip() + " " + sentence.strip();
  }

  /**
   * The features of answering {@code question} with {@code best} (its vector {@code sentence}): the
   * answerability model's log-odds and three cosines (the vectors are unit length).
   */
  static double[] features(
      double answerability, float[] question, float[] sentence, float[] joint) {
    double p = Math.clamp(answerability, PROBABILITY_FLOOR, 1 - PROBABILITY_FLOOR);
    return new double[] {
      Math.log(p / (1 - p)),
      Embedder.dot(question, sentence),
      Embedder.dot(joint, question),
      Embedder.dot(joint, sentence)
    };
  }

  /** The answerability model's own probability, read back from the stage's features. */
  public static double verdict(double[] features) {
    return 1 / (1 + Math.exp(-features[0]));
  }

  /** The features for a question's best candidate, embedding the two read together. */
  static double[] of(
      Embedder embedder, String question, float[] qVector, Candidate best, double answerability) {
    float[] joint = embedder.embedPassage(joined(question, best.text()));
    return features(answerability, qVector, best.vector(), joint);
  }
}
