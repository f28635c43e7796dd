package dev.talksbot.index;

import java.io.IOException;
import java.util.List;

/**
 * The plain-word vocabulary of an index ({@link IndexSchema#SPELL}: words as written, lower case,
 * accents folded) as the question speller reads it: whether a word occurs, and the closest words to
 * a typo. The Lucene index answers with {@code DirectSpellChecker}; OpenSearch with its {@code
 * term} suggester, which is the same checker run on the server.
 */
public interface Vocabulary {
  /** How the speller asks for suggestions: the options of {@code DirectSpellChecker}. */
  record SuggestOptions(
      int maxEdits,
      int prefixLength,
      int minWordLength,
      float accuracy,
      int maxInspections,
      int size) {
    public SuggestOptions {
      if (maxEdits < 1 || maxEdits > 2) throw new IllegalArgumentException("maxEdits 1..2");
      if (prefixLength < 0 || minWordLength < 1 || size < 1 || maxInspections < 1)
        throw new IllegalArgumentException(
            "prefixLength >= 0, minWordLength, size, maxInspections >= 1");
      if (accuracy < 0 || accuracy > 1) throw new IllegalArgumentException("accuracy in 0..1");
    }
  }

  /** One suggested word with its similarity to the typo (0..1) and its document frequency. */
  record Suggestion(String word, float score, int freq) {
    public Suggestion {
      if (word == null || word.isEmpty()) throw new IllegalArgumentException("empty suggestion");
    }
  }

  /** One consistent reading of the vocabulary (for the words of one question). */
  interface View {
    boolean contains(String word) throws IOException;

    /** Words close to {@code word} (which the vocabulary lacks), best first. */
    List<Suggestion> suggest(String word, SuggestOptions options) throws IOException;
  }

  /** What {@link #read} runs. */
  @FunctionalInterface
  interface ViewFunction<T> {
    T apply(View view) throws IOException;
  }

  <T> T read(ViewFunction<T> f) throws IOException;
}
