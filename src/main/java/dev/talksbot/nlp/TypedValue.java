package dev.talksbot.nlp;

import java.util.Objects;

/**
 * A value found in a sentence: its text, its type and its character offsets in the sentence.
 *
 * @param text the value as it appears in the sentence ({@code sentence.substring(start, end)})
 * @param type what kind of value it is
 * @param start offset of its first character
 * @param end offset after its last character
 */
public record TypedValue(String text, AnswerType type, int start, int end) {
  public TypedValue {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("a value needs text");
    }
    Objects.requireNonNull(type, "type");
    if (start < 0 || end - start != text.length()) {
      throw new IllegalArgumentException(
          "value '" + text + "' has offsets " + start + ".." + end + " that do not fit its text");
    }
  }
}
