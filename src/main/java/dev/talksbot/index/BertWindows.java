package dev.talksbot.index;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;

/** LangChain4j's windows over a text longer than a BERT model's 512 positions, replicated. */
final class BertWindows {
  private BertWindows() {}

  /**
   * LangChain4j's split of a tokenized text ([CLS] … [SEP]) into windows of at most {@code size}
   * tokens, never inside a word.
   */
  static List<List<String>> partition(List<String> tokens, int size) {
    List<List<String>> partitions = new ArrayList<>();
    int from = 1; // skip [CLS]
    while (from < tokens.size() - 1) { // and [SEP]
      int to = from + size;
      if (to >= tokens.size() - 1) {
        to = tokens.size() - 1;
      } else {
        while (tokens.get(to).startsWith("##")) to--;
      }
      partitions.add(tokens.subList(from, to));
      from = to;
    }
    return partitions;
  }

  /** The text a window is encoded from (as LangChain4j: rebuilt, or the joined word pieces). */
  static String toText(HuggingFaceTokenizer tokenizer, List<String> tokens) {
    String text = tokenizer.buildSentence(tokens);
    List<String> again = new LinkedList<>(tokenizer.tokenize(text));
    again.removeFirst();
    again.removeLast();
    return again.equals(tokens) ? text : String.join("", tokens);
  }
}
