package dev.talksbot.answer;

import dev.talksbot.index.TextAnalysis;
import dev.talksbot.nlp.Pos;
import dev.talksbot.nlp.Tagged;
import dev.talksbot.nlp.Tagged.Token;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "How did X react to Y?", "What was X's response to Y?", "What was the reaction in X?": the
 * question asks what X did or said in answer to something, and English tells that with X as the
 * doer ("X accepted at once", "X reacted angrily"). A sentence that tells only the thing reacted to
 * ("Marsh invited Brennick and X to a summit …") names X too, and more of the question's words; so
 * when some retrieved sentence has X as the doer in an article that speaks of Y, the others are set
 * back, and such a sentence answers the question when it comes first.
 */
final class ReactionQuestion {
  private ReactionQuestion() {}

  /** Lemmas that ask for a reaction ({@code answer/reaction-words.txt}). */
  static final Set<String> REACTION_WORDS = WordList.load("/answer/reaction-words.txt");

  /** Prepositions after a reaction noun that name who reacted ("the reaction in X", "from X"). */
  private static final Set<String> REACTOR_PREPOSITIONS = Set.of("in", "from", "of", "by");

  /** The preposition that names what was reacted to ("react to Y"). */
  private static final String TO = "to";

  /**
   * A question's reading: the analysed terms of who reacted and of what they reacted to (each empty
   * when the question does not say; the reactor when it asks for no reaction).
   */
  record Reading(Set<String> reactor, Set<String> object) {
    Reading {
      reactor = Set.copyOf(reactor);
      object = Set.copyOf(object);
    }
  }

  /**
   * For a question that asks how someone reacted, the candidates that do not tell the reaction
   * ({@link #tells}), when another candidate does; none otherwise.
   */
  static Set<String> actionless(String question, List<Candidate> cands) {
    Reading r = read(question);
    if (r.reactor().isEmpty()) return Set.of();
    java.util.Map<String, Boolean> named = new java.util.HashMap<>();
    return SetBacks.lacking(cands, c -> tells(c, r, named));
  }

  /**
   * Whether the best candidate answers a question that asks how someone reacted to a thing it
   * names, whatever the answerability model (fitted on questions that ask for a value, it reads "X
   * accepted at once" as barely answering): the sentence tells the reaction ({@link #tells}).
   */
  static boolean answeredBy(String question, List<Candidate> cands) {
    if (cands.isEmpty()) return false;
    Reading r = read(question);
    return !r.reactor().isEmpty()
        && !r.object().isEmpty()
        && tells(cands.getFirst(), r, new java.util.HashMap<>());
  }

  /**
   * Whether the candidate has the reactor as its doer ({@link #doer}) in an article that names
   * every word of what was reacted to (in its text or headline; {@code named} holds the answer for
   * each article read).
   */
  static boolean tells(Candidate c, Reading r, java.util.Map<String, Boolean> named) {
    if (!doer(c.text(), r.reactor())) return false;
    return named.computeIfAbsent(
        c.article().id(),
        id -> {
          Set<String> terms = new HashSet<>(TextAnalysis.terms(c.article().text()));
          if (c.article().title() != null) terms.addAll(TextAnalysis.terms(c.article().title()));
          return terms.containsAll(r.object());
        });
  }

  /**
   * The question's reading: who reacted is the nouns and names between its opening and the reaction
   * word ("how did <i>X</i> react", "what was <i>X</i>'s response"), or the phrase a preposition
   * names after a reaction noun ("the reaction <i>in X</i>"); what they reacted to, the nouns and
   * names after "to".
   */
  static Reading read(String question) {
    Tagged t = Pos.shared().tag(question);
    int at = -1;
    for (int i = 0; i < t.size() && at < 0; i++)
      if (REACTION_WORDS.contains(t.get(i).lemma().toLowerCase(Locale.ROOT))) at = i;
    String first = t.size() == 0 ? "" : t.get(0).text().toLowerCase(Locale.ROOT);
    if (at < 2 || !first.equals("how") && !first.equals("what"))
      return new Reading(Set.of(), Set.of());
    Set<String> reactor = new HashSet<>();
    // "how did X react", "what was X's reaction" (not "what are the three integer responses")
    boolean whose =
        first.equals("how")
            ? t.get(at).mainTag().equals("VERB")
            : t.get(at - 1).isPossessive() || Set.of("'s", "’s").contains(t.get(at - 1).text());
    if (whose) for (int i = 2; i < at; i++) reactor.addAll(content(t.get(i)));
    int next = at + 1;
    if (reactor.isEmpty()
        && next + 1 < t.size()
        && REACTOR_PREPOSITIONS.contains(t.get(next).text().toLowerCase(Locale.ROOT)))
      for (next++; next < t.size() && (named(t.get(next)) || determiner(t.get(next))); next++)
        reactor.addAll(content(t.get(next)));
    Set<String> object = new HashSet<>();
    if (next < t.size() && t.get(next).text().equalsIgnoreCase(TO))
      for (int i = next + 1; i < t.size(); i++) object.addAll(content(t.get(i)));
    return new Reading(reactor, object);
  }

  /**
   * Whether a word of the reactor (or of the party it stands for) comes before the first verb of
   * the sentence's main clause, on its own (a compound such as "Marsh-Tarn talks" names no doer).
   */
  static boolean doer(String sentence, Set<String> reactor) {
    Set<String> parties = new HashSet<>();
    for (String r : reactor) {
      String party = QuestionShape.partyOf(r);
      if (party != null) parties.add(party);
    }
    List<Token> tokens = Pos.shared().tag(sentence).tokens();
    for (int i = mainClause(tokens); i < tokens.size(); i++) {
      Token token = tokens.get(i);
      String tag = token.mainTag();
      if (tag.equals("VERB") || tag.equals("AUX")) return false;
      List<String> terms = WordTerms.of(token.text());
      if (terms.size() != 1 || hyphen(tokens, i - 1) || hyphen(tokens, i + 1)) continue;
      String term = terms.getFirst();
      if (reactor.contains(term) || parties.contains(QuestionShape.partyOf(term))) return true;
    }
    return false;
  }

  /** Tags of a word that opens a clause or phrase before the main one ("When …,", "In return,"). */
  private static final Set<String> OPENER_TAGS = Set.of("SCONJ", "ADP", "ADV");

  /**
   * Where the main clause starts: after the first comma when the sentence opens with a subordinate
   * clause or a phrase ("When the pact failed, Marsh recalled its envoy"), else at the start.
   */
  private static int mainClause(List<Token> tokens) {
    if (tokens.isEmpty() || !OPENER_TAGS.contains(tokens.getFirst().mainTag())) return 0;
    for (int i = 1; i < tokens.size(); i++) if (tokens.get(i).text().equals(",")) return i + 1;
    return 0;
  }

  private static boolean hyphen(List<Token> tokens, int i) {
    return i >= 0 && i < tokens.size() && tokens.get(i).text().equals("-");
  }

  /** A noun or a name (a capitalised word the tagger may read otherwise: "Brennick's"). */
  private static boolean named(Token token) {
    return token.isProperNoun()
        || token.isNoun()
        || (!token.text().isEmpty() && Character.isUpperCase(token.text().codePointAt(0)));
  }

  private static boolean determiner(Token token) {
    return token.mainTag().equals("DET");
  }

  /** The analysed terms of a noun or name; none for other words. */
  private static List<String> content(Token token) {
    return named(token) ? TextAnalysis.terms(token.text()) : List.of();
  }
}
