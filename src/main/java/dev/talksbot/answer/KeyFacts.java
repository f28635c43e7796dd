package dev.talksbot.answer;

import dev.talksbot.nlp.AnswerType;
import dev.talksbot.nlp.QuestionType;
import java.util.ArrayList;
import java.util.List;

/**
 * The key facts a summary of talks coverage tells before colour: the questions it asks of the
 * coverage ({@code answer/summary-aspects.txt}: who negotiates for each side, where and when, what
 * was agreed or exchanged, each side's position, the outside pressure) and, of each answer, the
 * sentences that can stand in a summary.
 */
public final class KeyFacts {
  private KeyFacts() {}

  /** A key fact's sentence must hold the answer with at least this probability. */
  static final double KEY_FACT_MIN = 0.3;

  /**
   * The key-fact questions a summary answers first ({@code answer/summary-aspects.txt}), a question
   * about each side asked of each of {@code sides} (the coverage's leading parties, {@link Sides}).
   */
  public static List<String> aspects(List<String> sides) {
    return ASPECTS.stream().flatMap(a -> Sides.expand(a, sides).stream()).toList();
  }

  private static final List<String> ASPECTS = WordList.lines("/answer/summary-aspects.txt");

  /**
   * The sentences of an answer to a key-fact question that can stand in a summary (no leaning on a
   * previous sentence): the best one, and for a question about the people of more than one side
   * ("who leads each side's delegation?", no side named) also the best one that names other people.
   */
  public static List<Candidate> of(String aspect, ExtractiveAnswerer.Explained ex) {
    // a key-fact question is generic ("what did the two sides agree to?"), so the bar is the
    // sentence's own probability, not the answerability of so broad a question
    if (ex.candidates().isEmpty()) return List.of();
    double best = ex.candidates().getFirst().relevance();
    if (best < KEY_FACT_MIN) return List.of();
    List<Candidate> out = new ArrayList<>();
    boolean person = QuestionType.expected(aspect) == AnswerType.PERSON;
    // read only for a question about a person (the others need no shape)
    QuestionShape shape =
        person ? QuestionShape.of(aspect, SentenceFeatures.questionTerms(aspect)) : null;
    boolean people = person && shape.qualified.isEmpty();
    for (Candidate c : ex.candidates()) {
      if (c.relevance() < AnswerComposer.ANSWERS_MIN * best) break;
      // a key fact is reported, not quoted: someone's words ("'Even if they agree …,' X said")
      // are colour, and a sentence leaning on the one before needs it
      if (!fits(c)) continue;
      if (out.isEmpty()) {
        out.add(c);
        if (!people || c.people().isEmpty()) break;
      } else if (!c.people().isEmpty()
          && c.people().stream().noneMatch(out.getFirst().people()::contains)) {
        out.add(c);
        break;
      }
    }
    if (person && !out.isEmpty()) out.addAll(newerVersion(out.getFirst(), ex.candidates(), shape));
    return out;
  }

  /** A key fact is reported, not quoted, and stands without the sentence before it. */
  private static boolean fits(Candidate c) {
    return !ExtractiveSummarizer.dangles(c.text()) && !opensWithQuote(c.text());
  }

  /**
   * The sentence of a newer report that names someone else for the key fact the first sentence
   * gives ({@link NewerReports#newer}: "X will again lead the delegation" of August, "the side,
   * which will this time be led by Y" of September), so that a summary tells the latest version
   * too; empty when there is none.
   */
  private static List<Candidate> newerVersion(
      Candidate first, List<Candidate> cands, QuestionShape shape) {
    DissentNotes.Note newer = NewerReports.newer(new FactGroup(List.of(first)), cands, shape);
    if (newer == null || newer.cited().isEmpty() || !fits(newer.cited().getFirst()))
      return List.of();
    return List.of(newer.cited().getFirst());
  }

  /** Whether a sentence opens with a quotation mark: it gives someone's words. */
  static boolean opensWithQuote(String text) {
    return text.startsWith("“") || text.startsWith("\"") || text.startsWith("'");
  }
}
