package dev.talksbot.answer;

import dev.talksbot.nlp.Pos;
import dev.talksbot.nlp.Tagged;
import dev.talksbot.retrieval.QuestionSpeller;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question that asks who a named person is ("Who is Jane Doe?", or what the person's role is:
 * {@link RoleQuestion}), and the name it asks about: the words after "who is/was" when the tagger
 * reads them all as proper nouns, or writes each with a capital ("Who is Whitcombe?": a rare
 * surname the tagger reads as a common noun); typed all in lower case ("who is peskov") they are
 * tagged again capitalised, so that a name is a name and "the head of the delegation" is still not
 * one, and words that are no English word ("whitcombe") are a name the tagger does not know.
 */
final class IdentityQuestion {
  private IdentityQuestion() {}

  /**
   * "Who is/was" (or "who's", as a chat types it, with or without the apostrophe) and the words
   * after it (letters, apostrophes, hyphens).
   */
  private static final Pattern WHO_IS =
      Pattern.compile(
          "\\s*(?i:who)(?:\\s+((?i:is|was))|['’]?(?i:s))\\s+(\\p{L}[\\p{L}\\s'’-]*?)[\\s?.!]*");

  /** The name the question asks about, or null when it does not ask who a named person is. */
  static String name(String question, Tagged tagged) {
    RoleQuestion.Asked role = RoleQuestion.of(question);
    if (role != null) {
      String who = "Who is " + role.name() + "?";
      return name(who, Pos.shared().tag(who));
    }
    String name = properNouns(tagged);
    if (name != null) return name;
    Matcher m = WHO_IS.matcher(question);
    if (!m.matches()) return null;
    String[] words = m.group(2).strip().split("\\s+");
    if (Arrays.stream(words).allMatch(w -> Character.isUpperCase(w.charAt(0))))
      return String.join(" ", words);
    if (!m.group(2).equals(m.group(2).toLowerCase(Locale.ROOT))) return null;
    String titled =
        String.join(
            " ",
            Arrays.stream(words)
                .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1))
                .toList());
    String verb = m.group(1) == null ? "is" : m.group(1).toLowerCase(Locale.ROOT);
    name = properNouns(Pos.shared().tag("Who " + verb + " " + titled + "?"));
    if (name != null) return name;
    boolean english = Arrays.stream(words).anyMatch(QuestionSpeller::isEnglishWord);
    return english ? null : titled;
  }

  /**
   * The proper nouns of "Who is/was …" followed by proper nouns only (and punctuation), or null.
   */
  private static String properNouns(Tagged tagged) {
    List<Tagged.Token> t = tagged.tokens();
    if (t.size() < 3
        || !t.get(0).lemma().equalsIgnoreCase("who")
        || !t.get(1).lemma().equalsIgnoreCase("be")) return null;
    List<String> name = new ArrayList<>();
    for (int i = 2; i < t.size(); i++) {
      String tag = t.get(i).tag();
      if (tag.equals("PUNCT")) continue;
      if (!tag.equals("PROPN")) return null;
      name.add(t.get(i).text());
    }
    return name.isEmpty() ? null : String.join(" ", name);
  }
}
