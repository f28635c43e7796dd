package dev.talksbot.answer;

import dev.talksbot.ingest.Article;
import dev.talksbot.ingest.Span;
import java.util.Map;
import java.util.Set;

/** Candidate sentences made by hand for unit tests: the whole article is the sentence. */
final class TestCandidates {
  private TestCandidates() {}

  /** A candidate quoting all of {@code a}'s text, with middling scores and no names. */
  static Candidate of(
      Article a, float[] vector, Set<String> terms, Set<String> bigrams, Set<String> people) {
    return of(a, vector, terms, bigrams, people, Map.of());
  }

  /** The same, naming these names (by key) in the sentence and its focus. */
  static Candidate of(
      Article a,
      float[] vector,
      Set<String> terms,
      Set<String> bigrams,
      Set<String> people,
      Map<String, Entities.Name> names) {
    String text = a.text();
    return new Candidate(
        a,
        new Span(0, text.length()),
        text,
        terms,
        bigrams,
        names,
        names,
        people,
        0,
        0,
        vector,
        0.5,
        0.5,
        0.5,
        0,
        0.5,
        Set.of(),
        Set.of(),
        null,
        false);
  }
}
