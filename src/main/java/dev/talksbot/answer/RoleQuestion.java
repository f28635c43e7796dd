package dev.talksbot.answer;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question that asks what a named person's role is ("What is Aydemir's role?", "What job does
 * Brennick hold?", "What is the position of Jane Doe?", "What role does Brenn play?"): it asks who
 * the person is, so it is read like "Who is Aydemir?" ({@link IdentityQuestion}), and the role noun
 * ({@code answer/role-nouns.txt}) is no term a sentence must hold to answer it.
 */
final class RoleQuestion {
  private RoleQuestion() {}

  /** Nouns that ask what a person is (lower case, as written). */
  static final Set<String> ROLE_NOUNS = WordList.load("/answer/role-nouns.txt");

  private static final String NAME = "(\\p{L}[\\p{L}'’-]*(?:\\s+\\p{L}[\\p{L}'’-]*){0,3}?)";

  private static final String END = "[\\s?.!]*";

  /** "What is/was NAME's ROLE", "what's NAME's ROLE". */
  private static final Pattern POSSESSIVE =
      Pattern.compile(
          "\\s*(?i:what)(?:\\s+(?i:is|was)|['’]?(?i:s))\\s+" + NAME + "['’]s?\\s+(\\p{L}+)" + END);

  /** "What ROLE does/did/do NAME have/hold/play". */
  private static final Pattern HOLDS =
      Pattern.compile(
          "\\s*(?i:what|which)\\s+(\\p{L}+)\\s+(?i:does|did|do)\\s+"
              + NAME
              + "\\s+((?i:have|hold|do|fill|occupy|play))"
              + END);

  /** "What is/was the ROLE of NAME". */
  private static final Pattern OF =
      Pattern.compile(
          "\\s*(?i:what)(?:\\s+(?i:is|was)|['’]?(?i:s))\\s+(?i:the)\\s+(\\p{L}+)\\s+(?i:of)\\s+"
              + NAME
              + END);

  /**
   * A role question's person and the words that ask for the role ("job", "hold"), which an answer
   * need not hold.
   */
  record Asked(String name, String asking) {}

  static Asked of(String question) {
    Matcher m = POSSESSIVE.matcher(question);
    if (m.matches() && isRole(m.group(2))) return new Asked(m.group(1).strip(), lower(m.group(2)));
    m = HOLDS.matcher(question);
    if (m.matches() && isRole(m.group(1)))
      return new Asked(m.group(2).strip(), lower(m.group(1) + " " + m.group(3)));
    m = OF.matcher(question);
    if (m.matches() && isRole(m.group(1))) return new Asked(m.group(2).strip(), lower(m.group(1)));
    return null;
  }

  private static boolean isRole(String word) {
    return ROLE_NOUNS.contains(lower(word));
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
