package dev.talksbot.answer.llm;

import dev.talksbot.nlp.Pos;
import dev.talksbot.nlp.Tagged;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "What happened at the last one?" after "When is the next round?": "one" after a determiner or an
 * adjective stands for the noun of the previous question's last noun phrase ("the last round"). Not
 * "one of …", "one prisoner" (a number), "no one" or "anyone" (nobody, anybody).
 */
final class OneAnaphor {
  private OneAnaphor() {}

  /** Words that make "one" a pronoun of a person, not a stand-in for a noun ("no one"). */
  private static final Set<String> NOT_A_NOUN = Set.of("no", "every", "any", "some", "each");

  /**
   * What may follow a stand-in "one" (its phrase ends): punctuation, a preposition, a verb ("the
   * last one was"); not a noun ("one prisoner").
   */
  private static final Set<String> ENDS = Set.of("PUNCT", "ADP", "AUX", "VERB");

  /**
   * The follow-up with its stand-in "one" replaced by the previous question's noun, or the
   * follow-up as it is when it has none or the previous question's last noun phrase is a name or
   * missing ("the last one" after "What did Moen say?" is not "the last Moen").
   */
  static String resolve(String followUp, String before) {
    Tagged f = Pos.shared().tag(followUp);
    int one = standIn(f.tokens());
    if (one < 0) return followUp;
    Tagged b = Pos.shared().tag(TopicShift.withoutContext(before));
    int[] span = TopicShift.lastNounPhrase(b);
    if (span == null || b.get(span[1] - 1).isProperNoun()) return followUp; // a name is no kind
    String noun = b.get(span[1] - 1).text();
    Tagged.Token t = f.get(one);
    if (t.text().toLowerCase(Locale.ROOT).equals("ones") && !noun.endsWith("s")) noun += "s";
    return followUp.substring(0, t.start()) + noun + followUp.substring(t.end());
  }

  /** The index of a "one" that stands for a noun, or -1. */
  private static int standIn(List<Tagged.Token> t) {
    for (int i = 1; i < t.size(); i++) {
      if (!TopicShift.ONE.contains(t.get(i).text().toLowerCase(Locale.ROOT))) continue;
      Tagged.Token prev = t.get(i - 1);
      String p = prev.mainTag();
      boolean afterModifier =
          (p.equals("DET") || p.equals("ADJ") || p.equals("PRON"))
              && !NOT_A_NOUN.contains(prev.text().toLowerCase(Locale.ROOT));
      if (!afterModifier) continue;
      if (i + 1 < t.size()) {
        Tagged.Token next = t.get(i + 1);
        if (!ENDS.contains(next.mainTag()) || next.text().equalsIgnoreCase("of")) continue;
      }
      return i;
    }
    return -1;
  }
}
