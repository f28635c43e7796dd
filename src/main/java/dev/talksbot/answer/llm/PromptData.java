package dev.talksbot.answer.llm;

import dev.talksbot.ingest.Span;
import dev.talksbot.retrieval.ScoredPassage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Untrusted text (passages, questions, chat history) made safe to quote in a prompt: our delimiter
 * tags are neutralised, and passage sentences that address a language model are replaced by a
 * marker.
 */
final class PromptData {
  private PromptData() {}

  private static final Pattern TAG = Pattern.compile("(?i)<(/?)(passage|question|history)");
  static final String REDACTED = "[sentence removed: it addressed the assistant]";

  /** The numbered passages as quoted data. */
  static String passages(List<ScoredPassage> passages) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < passages.size(); i++) {
      ScoredPassage sp = passages.get(i);
      b.append("<passage n=\"")
          .append(i + 1)
          .append("\" outlet=\"")
          .append(attr(sp.article().outlet() != null ? sp.article().outlet() : "unknown"))
          .append("\" date=\"")
          .append(sp.article().date() != null ? sp.article().date().toString() : "undated")
          .append("\">\n");
      List<Span> sentences = sp.passage().sentences();
      if (sentences.isEmpty()) {
        b.append(escape(sp.passage().text()));
      } else {
        List<String> parts = new ArrayList<>();
        for (Span s : sentences) {
          String text = sp.passage().sentenceText(s);
          parts.add(SupportCheck.isInstruction(text) ? REDACTED : escape(text));
        }
        b.append(String.join(" ", parts));
      }
      b.append("\n</passage>\n");
    }
    return b.toString().strip();
  }

  /** Neutralises our delimiter tags inside untrusted text. */
  static String escape(String s) {
    return TAG.matcher(s).replaceAll("‹$1$2");
  }

  private static String attr(String s) {
    return escape(s).replace("\"", "'").replace("\n", " ");
  }
}
