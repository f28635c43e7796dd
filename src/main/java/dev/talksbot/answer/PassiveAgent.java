package dev.talksbot.answer;

import dev.talksbot.nlp.Pos;
import dev.talksbot.nlp.Tagged.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "Who did X?" and a sentence that names the doer of X by a passive ("The swap was mediated by the
 * Republic of Brenn"): English states who did a thing so, and a sentence that does not say the
 * thing at all ("The two ports exchanged 120 workers on Friday") then answers something else,
 * though it matches as many of the question's words. Only when such a sentence is retrieved are the
 * others that do not say the action set back ({@link DissentNotes#saysTheAction}).
 */
final class PassiveAgent {
  private PassiveAgent() {}

  private static final Pattern WHO = Pattern.compile("^\\s*(?i:who)\\b");

  /** The preposition that names a passive's doer. */
  private static final String BY = "by";

  /**
   * For a question that opens with "who" and has a verb, the candidates that do not say its action
   * when another candidate names the doer of that action by a passive ("was mediated by"); none
   * otherwise.
   */
  static Set<String> actionless(String question, QuestionShape shape, List<Candidate> cands) {
    if (!asksWhoDid(question, shape)) return Set.of();
    if (cands.stream().noneMatch(c -> namesTheDoer(c.text(), shape.verbs))) return Set.of();
    return SetBacks.lacking(cands, c -> DissentNotes.saysTheAction(c, shape));
  }

  /** Whether the question opens with "who" and has a verb ("Who mediated the swap?"). */
  static boolean asksWhoDid(String question, QuestionShape shape) {
    return !shape.verbs.isEmpty() && WHO.matcher(question).find();
  }

  /**
   * Whether the sentence has one of the verbs (or one of the same sense) as a past participle
   * followed by "by" ("was mediated by", "brokered by").
   */
  static boolean namesTheDoer(String text, Set<String> verbs) {
    List<Token> tokens = Pos.shared().tag(text).tokens();
    for (int i = 0; i + 1 < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (!t.mainTag().equals("VERB")) continue;
      if (!tokens.get(i + 1).text().toLowerCase(Locale.ROOT).equals(BY)) continue;
      if (DissentNotes.sameSenseAsOne(t.lemma().toLowerCase(Locale.ROOT), verbs)) return true;
    }
    return false;
  }
}
