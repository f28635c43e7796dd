package dev.talksbot.answer;

import dev.talksbot.nlp.Tagged;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The question's action: the lemmas of its content verbs ("lead" in "Who will lead …"; not be,
 * have, will), those of a relative clause left out ("Who heads the agency that tracked the
 * prisoners?" asks who heads it, not who tracked them).
 */
final class QuestionVerbs {
  private QuestionVerbs() {}

  /** Words that open a relative clause after a noun ({@code answer/relative-pronouns.txt}). */
  private static final Set<String> RELATIVES = WordList.load("/answer/relative-pronouns.txt");

  /**
   * Lemmas (lower case) of the content verbs of a tagged text up to a relative clause; the word
   * right after a leading "who" counts as one unless it is an auxiliary (the tagger reads "Who
   * heads …" as a noun).
   */
  static Set<String> lemmas(Tagged tagged) {
    Set<String> out = new HashSet<>();
    List<Tagged.Token> tokens = tagged.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      if (opensRelativeClause(tokens, i)) break;
      Tagged.Token t = tokens.get(i);
      boolean afterWho =
          i == 1
              && tokens.getFirst().lemma().equalsIgnoreCase("who")
              && (t.tag().equals("NOUN") || t.tag().equals("VERB"));
      // a capitalised word inside the question is a name the tagger misread ("Will Marsh attend")
      boolean name = i > 0 && Character.isUpperCase(t.text().codePointAt(0));
      if ((t.tag().equals("VERB") || afterWho) && !name)
        out.add(t.lemma().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /** Whether token i is a relative pronoun right after a noun ("the agency that …"). */
  private static boolean opensRelativeClause(List<Tagged.Token> tokens, int i) {
    if (i == 0 || !RELATIVES.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))) return false;
    Tagged.Token before = tokens.get(i - 1);
    return before.isNoun() || before.isProperNoun();
  }
}
