package dev.talksbot.ingest;

import java.util.List;
import java.util.Objects;

/**
 * A retrievable chunk of one article: whole sentences from one or more consecutive paragraphs.
 *
 * @param articleId the article it belongs to
 * @param ordinal position among the article's passages (0-based)
 * @param span where it sits in the article's cleaned text
 * @param text exactly {@code span.of(article.text())}
 * @param sentences sentence spans, in article coordinates, covering the passage
 */
public record Passage(String articleId, int ordinal, Span span, String text, List<Span> sentences) {
  public Passage {
    Objects.requireNonNull(articleId);
    Objects.requireNonNull(span);
    Objects.requireNonNull(text);
    if (ordinal < 0) throw new IllegalArgumentException("ordinal < 0");
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("passage text does not match its span");
    }
    sentences = List.copyOf(sentences);
    for (Span s : sentences) {
      if (s.start() < span.start() || s.end() > span.end()) {
        throw new IllegalArgumentException("sentence " + s + " outside passage " + span);
      }
    }
  }

  /** Unique id across the index: {@code articleId#ordinal}. */
  public String id() {
    return id(articleId, ordinal);
  }

  public static String id(String articleId, int ordinal) {
    return articleId + "#" + ordinal;
  }

  /** The text of one sentence (article coordinates). */
  public String sentenceText(Span sentence) {
    return text.substring(sentence.start() - span.start(), sentence.end() - span.start());
  }
}
