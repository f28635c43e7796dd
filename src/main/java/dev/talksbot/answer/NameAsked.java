package dev.talksbot.answer;

import dev.talksbot.nlp.AnswerType;
import dev.talksbot.nlp.Pos;
import dev.talksbot.nlp.Tagged;
import dev.talksbot.nlp.TypedValue;
import dev.talksbot.nlp.ValueSpotter;
import dev.talksbot.nlp.WordRelations;
import java.util.Locale;

/**
 * A question that asks for the name of a kind of person in so many words ("What is the name of the
 * ferry's captain?", "What are the names of the freed sailors?"), and whether a sentence gives one:
 * a person's or an organisation's name the question does not already give ("the name of the
 * manufacturer" is a company's). The name of anything else is often a common noun ("the name of the
 * process": trial division), so only a person's is asked for so.
 *
 * @param question the question's text
 */
record NameAsked(String question) {
  NameAsked {
    java.util.Objects.requireNonNull(question, "question");
  }

  /** The question's request for the name of a kind of person, or null when it makes none. */
  static NameAsked of(String question) {
    Tagged t = Pos.shared().tag(question);
    for (int i = 0; i + 1 < t.size(); i++) {
      String w = t.get(i).text().toLowerCase(Locale.ROOT);
      if (!(w.equals("name") || w.equals("names"))) continue;
      if (!t.get(i + 1).text().equalsIgnoreCase("of")) return null;
      for (int j = i + 2; j < t.size() && inPhrase(t.get(j)); j++)
        if (t.get(j).isNoun() && WordRelations.isKindOfPerson(t.get(j).lemma()))
          return new NameAsked(question);
      return null;
    }
    return null;
  }

  /**
   * Whether a token belongs to the noun phrase after "name of": determiners, numbers, adjectives,
   * nouns and the hyphens between them ("the 71-year-old former village head"), up to a verb, a
   * preposition or a clause.
   */
  private static boolean inPhrase(Tagged.Token token) {
    String tag = token.mainTag();
    return token.isNoun()
        || token.isProperNoun()
        || tag.equals("DET")
        || tag.equals("NUM")
        || tag.equals("ADJ")
        || token.text().equals("-");
  }

  /** Whether the sentence gives a person's or an organisation's name the question does not. */
  boolean givenBy(String sentence) {
    for (TypedValue v : ValueSpotter.values(sentence, question))
      if (v.type() == AnswerType.PERSON || v.type() == AnswerType.ORGANISATION) return true;
    return false;
  }
}
