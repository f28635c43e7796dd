package dev.talksbot.answer;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The outcome of a question or a summary request: answered with citations, or refused. */
public sealed interface Answer permits Answer.Answered, Answer.Refused {
  /** The question (or the summary topic; null for a summary of everything). */
  String question();

  /** The answer text with {@code [n]} markers, or the refusal message. */
  String text();

  /** Which answerer produced it, e.g. {@code extractive}. */
  String answerer();

  List<Citation> citations();

  default boolean refused() {
    return this instanceof Refused;
  }

  /**
   * The same outcome, of the same kind and with the same citations, for another question, text or
   * answerer (the text keeps its markers).
   */
  Answer with(String question, String text, String answerer);

  Pattern MARKER = Pattern.compile("\\[(\\d{1,3})]");

  /** The citation numbers used in a text. */
  static Set<Integer> markers(String text) {
    Set<Integer> out = new TreeSet<>();
    Matcher m = MARKER.matcher(text);
    while (m.find()) out.add(Integer.parseInt(m.group(1)));
    return out;
  }

  /**
   * The citation numbers of a text, after checking that each {@code [n]} has exactly one citation
   * and every citation is used.
   */
  private static Set<Integer> markersMatch(String text, List<Citation> citations) {
    Set<Integer> used = markers(text);
    Set<Integer> given = new TreeSet<>();
    for (Citation c : citations) {
      if (!given.add(c.n()))
        throw new IllegalArgumentException("citation [" + c.n() + "] given twice");
    }
    if (!used.equals(given))
      throw new IllegalArgumentException("markers " + used + " do not match citations " + given);
    return used;
  }

  /**
   * An answer: every {@code [n]} in the text has exactly one citation, and every citation is used.
   */
  record Answered(String question, String text, String answerer, List<Citation> citations)
      implements Answer {
    public Answered {
      Objects.requireNonNull(text);
      Objects.requireNonNull(answerer);
      citations = List.copyOf(citations);
      if (markersMatch(text, citations).isEmpty())
        throw new IllegalArgumentException("an answer needs at least one citation");
    }

    @Override
    public Answered with(String question, String text, String answerer) {
      return new Answered(question, text, answerer, citations);
    }
  }

  /**
   * A refusal: the coverage does not answer; the message says so and what the coverage is. It may
   * quote what the coverage does say on the subject, marked as not answering, with citations; every
   * {@code [n]} in the text then has exactly one citation, and every citation is used.
   */
  record Refused(String question, String text, String answerer, List<Citation> citations)
      implements Answer {
    public Refused {
      Objects.requireNonNull(text);
      Objects.requireNonNull(answerer);
      citations = List.copyOf(citations);
      markersMatch(text, citations);
    }

    /** A refusal that quotes nothing. */
    public Refused(String question, String text, String answerer) {
      this(question, text, answerer, List.of());
    }

    @Override
    public Refused with(String question, String text, String answerer) {
      return new Refused(question, text, answerer, citations);
    }
  }
}
