package dev.talksbot.answer;

import dev.talksbot.ingest.ParagraphChunker;
import dev.talksbot.ingest.Span;
import java.util.regex.Pattern;

/**
 * Sentences that ask rather than tell, which never answer a question: a sentence that ends with a
 * question mark (before any closing quote or bracket), and every sentence of a question heading
 * ({@link ParagraphChunker#isQuestionHeading}: an explainer's "What was agreed?", an interviewer's
 * "Tarn Post: Brenn called the venue unsuitable. Why did it come?"), whose premise only leads to
 * the question its next paragraph answers.
 */
final class AskingSentences {
  private AskingSentences() {}

  /** A question mark, then only closing quotes, brackets or spaces. */
  private static final Pattern ASKS = Pattern.compile("\\?[\\s\"”’')\\]]*$");

  /** Whether the sentence {@code text} at {@code span} of the article text asks. */
  static boolean asks(String articleText, Span span, String text) {
    if (ASKS.matcher(text).find()) return true;
    Span paragraph = ParagraphChunker.paragraphAround(articleText, span);
    return ParagraphChunker.isQuestionHeading(paragraph.of(articleText));
  }
}
