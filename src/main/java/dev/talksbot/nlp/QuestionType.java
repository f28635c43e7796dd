package dev.talksbot.nlp;

import java.util.Locale;
import java.util.Set;

/**
 * The type of answer an English question expects, from its wh-word and, for "what"/"which", the
 * head noun that follows it, found with part-of-speech tags.
 *
 * <ul>
 *   <li>who/whom/whose → PERSON, when → DATE, where → PLACE;
 *   <li>how + word: looked up as "how many", "how much" … (NUMBER);
 *   <li>what/which + head noun ("what year", "which European country", "what news agency", "what is
 *       the population of"): the head noun's lemma is looked up; a transparent head ("the name of
 *       the company") passes on to the noun after "of";
 *   <li>anything else → OTHER.
 * </ul>
 *
 * The cue → type table is general English in {@code /nlp/answer-types.tsv}.
 */
public final class QuestionType {

  private static final Set<String> WH_WORDS =
      Set.of("who", "whom", "whose", "when", "where", "what", "which", "how");

  private QuestionType() {}

  public static AnswerType expected(String question) {
    if (question == null || question.isBlank()) {
      throw new IllegalArgumentException("a question is needed to find its answer type");
    }
    Tagged t = Pos.shared().tag(question);
    for (int i = 0; i < t.size(); i++) {
      String w = lower(t.get(i).text());
      if (!WH_WORDS.contains(w)) {
        continue;
      }
      return switch (w) {
        case "how" ->
            i + 1 < t.size() ? cue("how " + lower(t.get(i + 1).text())) : AnswerType.OTHER;
        case "what", "which" -> headType(t, i + 1);
        default -> cue(w);
      };
    }
    return AnswerType.OTHER;
  }

  /** The type of the head noun of the phrase starting at {@code from}, or OTHER. */
  private static AnswerType headType(Tagged t, int from) {
    int head = headNoun(t, from);
    if (head < 0) {
      return AnswerType.OTHER;
    }
    Tagged.Token token = t.get(head);
    if (isTransparent(token) && head + 1 < t.size() && lower(t.get(head + 1).text()).equals("of")) {
      return headType(t, head + 2);
    }
    AnswerType byLemma = Lexicon.ANSWER_CUES.get(token.lemma());
    return byLemma != null ? byLemma : cue(lower(token.text()));
  }

  /**
   * Index of the head noun of a phrase: after an optional form of "be" ("what is the capital"),
   * determiners, adjectives and numbers, the last noun of the first run of nouns ("news agency" →
   * agency); a possessive noun does not end the run ("which country's president" → president). -1
   * when no noun comes first.
   */
  private static int headNoun(Tagged t, int from) {
    int i = from;
    if (i < t.size() && t.get(i).lemma().equals("be")) {
      i++;
    }
    while (i < t.size() && isModifier(t.get(i))) {
      i++;
    }
    int head = -1;
    while (i < t.size() && (t.get(i).isNoun() || t.get(i).isProperNoun())) {
      head = i;
      i++;
    }
    if (head < 0 && i > from && t.get(i - 1).mainTag().equals("ADJ")) {
      return i - 1; // an adjective used as a noun: "which official announced …"
    }
    return head;
  }

  private static boolean isModifier(Tagged.Token token) {
    String tag = token.mainTag();
    return tag.equals("DET") || tag.equals("ADJ") || tag.equals("NUM") || tag.equals("ADV");
  }

  private static boolean isTransparent(Tagged.Token token) {
    return Lexicon.TRANSPARENT_HEADS.contains(token.lemma())
        || Lexicon.TRANSPARENT_HEADS.contains(lower(token.text()));
  }

  private static AnswerType cue(String key) {
    return Lexicon.ANSWER_CUES.getOrDefault(key, AnswerType.OTHER);
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
