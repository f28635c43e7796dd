package dev.talksbot.core;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chat shorthand in a question ("wen is the nxt round?") read as the words it stands for ("when is
 * the next round?"), from {@code language/en-chat-shorthand.tsv}: only a whole word typed in lower
 * case, so names and abbreviations written with capitals stay as they are.
 */
final class ChatShorthand {
  private ChatShorthand() {}

  static final String RESOURCE = "/language/en-chat-shorthand.tsv";

  private static final Map<String, String> WORDS = load();

  /** A whole word of lower-case letters, not part of a dotted abbreviation or a hyphenated word. */
  private static final Pattern WORD =
      Pattern.compile("(?<![\\p{L}\\p{Nd}.\\-'’])\\p{Ll}+(?![\\p{L}\\p{Nd}\\-'’]|\\.\\p{L})");

  /** The question with its chat shorthand spelled out; the question itself when it has none. */
  static String expand(String question) {
    Matcher m = WORD.matcher(question);
    StringBuilder out = null;
    int copied = 0;
    while (m.find()) {
      String full = WORDS.get(m.group());
      if (full == null) continue;
      if (out == null) out = new StringBuilder(question.length() + 16);
      out.append(question, copied, m.start()).append(full);
      copied = m.end();
    }
    if (out == null) return question;
    return out.append(question, copied, question.length()).toString();
  }

  private static Map<String, String> load() {
    Map<String, String> out = new HashMap<>();
    for (String line : dev.talksbot.nlp.ResourceLines.of(RESOURCE)) {
      String[] f = line.split("\t");
      if (f.length != 2 || !f[0].matches("\\p{Ll}{2,}") || f[1].isBlank())
        throw new IllegalStateException(RESOURCE + ": bad line: " + line);
      out.put(f[0], f[1].strip());
    }
    return Map.copyOf(out);
  }
}
