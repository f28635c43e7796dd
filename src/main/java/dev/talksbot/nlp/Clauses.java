package dev.talksbot.nlp;

import java.util.regex.Pattern;

/**
 * Clause boundaries inside a sentence: contrast and semicolons ("..., while the other side ...").
 * One rule, shared by the answerer (which scores a sentence's best clause) and the index (which
 * spots the values of each clause when a passage is written).
 */
public final class Clauses {
  private Clauses() {}

  private static final Pattern CLAUSE =
      Pattern.compile(",\\s+(?=(while|whereas|but|although)\\b)|;\\s+|\\s+--?\\s+|\\s+—\\s+");

  /** The sentence's clauses in order (the sentence itself when it has one). */
  public static String[] of(String sentence) {
    return CLAUSE.split(sentence);
  }
}
