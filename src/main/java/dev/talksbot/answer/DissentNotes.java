package dev.talksbot.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The note an answer adds when reports disagree on who: a lone outlier against a version several
 * outlets share ("One outlet, X, names Y instead."): a person the answer's reports do not name, for
 * a question that asks for a person; a date or an event is never a rival "name". What a newer
 * report gives is {@link NewerReports}'s; both read whether a sentence says the question's action
 * ({@link #saysTheAction}) and names its party ({@link #namesTheParty}) here.
 */
final class DissentNotes {
  private DissentNotes() {}

  /** A note on a dissenting report and the quotes that make it. */
  record Note(String text, List<Candidate> cited) {}

  /**
   * "One outlet (X) names Y instead." when the lone version names someone the majority does not;
   * null when the difference is not a name, or the lone version does not say the question's action
   * ({@link #saysTheAction}).
   */
  static Note outlier(
      FactGroup dissent, FactGroup top, Map<String, Integer> votes, QuestionShape shape) {
    if (!saysTheAction(dissent.rep(), shape) || !namesTheParty(dissent.rep(), shape)) return null;
    Set<String> majority = namedBy(top.members());
    // the rival name is the one the fewest of the dissenting reports give: a name its other
    // reports share belongs to another fact of a sentence that reports two
    Entities.Name odd = null;
    int fewest = Integer.MAX_VALUE;
    for (Entities.Name n : dissent.rep().focusNames().values()) {
      if (!dissent.rep().people().contains(n.key()) || majority.contains(n.key())) continue;
      if (ofAnotherParty(dissent.rep().text(), dissent.rep().names().values(), n, shape)) continue;
      if (votes.getOrDefault(n.key(), 0) > 1)
        continue; // named elsewhere too: not the outlier's claim
      int naming = dissent.articlesNaming(n.key()).size();
      if (naming < fewest) {
        odd = n;
        fewest = naming;
      }
    }
    if (odd == null) return null;
    // only the reports that name the other person make the note, and are cited for it; a report
    // the answer cites gives the answer's version, so whoever else it names is not its version of
    // the answer ("X heads Freedonia's team" and, further on, "Lutavia's delegation is headed by
    // Y")
    String key = odd.key();
    Set<String> answering = top.articles();
    List<Candidate> naming = new ArrayList<>();
    Set<String> articles = new LinkedHashSet<>();
    for (Candidate c : dissent.members())
      if (c.names().containsKey(key)
          && !answering.contains(c.article().id())
          && articles.add(c.article().id())) naming.add(c);
    if (naming.isEmpty()) return null;
    String who =
        naming.size() == 1
            ? (naming.getFirst().article().outlet() != null
                ? "One outlet, " + naming.getFirst().article().outlet() + ","
                : "One other report")
            : naming.size() + " other reports";
    String verb = naming.size() > 1 ? " name " : " names ";
    return new Note(who + verb + odd.full() + " instead.", naming);
  }

  /**
   * Whether the sentence says what the question asks someone did ("will this time be led by" for
   * "who will lead"): a verb of it has the lemma of one of the question's content verbs, or a word
   * the tagger calls something else but that no determiner, possessive, adjective or number comes
   * right before (it reads "leads" in "X, a former minister, leads the delegation" as a noun; "its
   * head" stays a noun). True for a question without such a verb ("Who is …?"). A sentence that
   * names someone for another reason ("X welcomed the delegation and praised its head") gives no
   * rival version of the answer.
   */
  static boolean saysTheAction(Candidate c, QuestionShape shape) {
    return saysTheAction(c.text(), shape);
  }

  /** {@link #saysTheAction(Candidate, QuestionShape)} for a sentence's text. */
  static boolean saysTheAction(String text, QuestionShape shape) {
    if (shape.verbs.isEmpty()) return true;
    List<dev.talksbot.nlp.Tagged.Token> tokens = dev.talksbot.nlp.Pos.shared().tag(text).tokens();
    for (int i = 0; i < tokens.size(); i++) {
      dev.talksbot.nlp.Tagged.Token t = tokens.get(i);
      String lemma = t.lemma().toLowerCase(java.util.Locale.ROOT);
      boolean verb = t.mainTag().equals("VERB");
      // a verb: one of the question's, or one of the same sense (sameSense holds for the same word)
      if (verb && sameSenseAsOne(lemma, shape.verbs)) return true;
      if (verb || !sameBaseAsOne(lemma, shape.verbs)) continue;
      if (i == 0) return true;
      dev.talksbot.nlp.Tagged.Token before = tokens.get(i - 1);
      if (!NOUN_MARKERS.contains(before.mainTag()) && !possessive(before)) return true;
    }
    return false;
  }

  /**
   * Whether the sentence, or the sentence before it, names a party that the question qualifies what
   * it asks about by ("<em>Turkey's</em> special envoy"): "Special envoy X said he would travel to
   * the talks", after "In Washington, officials said …", names another country's envoy, not a rival
   * for this one. True when the question qualifies nothing by a party.
   */
  static boolean namesTheParty(Candidate c, QuestionShape shape) {
    if (shape.qualified.isEmpty()) return true;
    Set<String> parties = new HashSet<>();
    for (String[] pair : shape.qualified) parties.add(pair[0]);
    return c.namesAny(t -> parties.contains(QuestionShape.partyOf(t)));
  }

  /**
   * Whether the sentence speaks of the thing the question qualifies by a party ("China's
   * <em>delegation</em>"): it, or the sentence before it, names that thing, or it names no party
   * but the question's ("The Chinese side will this time be headed by X" is a version of who heads
   * China's delegation). A sentence that pairs several parties with their people without naming the
   * thing ("the Turkish side was headed by X and the Chinese side by Y", of a committee's session)
   * speaks of another body. True when the question qualifies nothing by a party.
   */
  static boolean namesTheThing(Candidate c, QuestionShape shape) {
    if (shape.qualified.isEmpty()) return true;
    Set<String> things = new HashSet<>();
    Set<String> parties = new HashSet<>();
    for (String[] pair : shape.qualified) {
      parties.add(pair[0]);
      things.add(pair[1]);
    }
    if (c.namesAnyOf(things)) return true;
    for (String t : c.terms()) {
      String party = QuestionShape.partyOf(t);
      if (party != null && !parties.contains(party)) return false;
    }
    return true;
  }

  /**
   * Whether the party word nearest before the name, after any other name, is one the question does
   * not qualify by: in "the Lutavian side was headed by X and the Marsh side by Y", X is Lutavia's,
   * no rival for who heads Marsh's. False when the question qualifies nothing by a party. {@code
   * names} are the sentence's names ({@link Candidate#names}), in the order they occur.
   */
  static boolean ofAnotherParty(
      String text,
      java.util.Collection<Entities.Name> names,
      Entities.Name name,
      QuestionShape shape) {
    int at = text.indexOf(name.full());
    if (shape.qualified.isEmpty() || at < 0) return false;
    Set<String> parties = new HashSet<>();
    for (String[] pair : shape.qualified) parties.add(pair[0]);
    String before = text.substring(0, at);
    for (Entities.Name other : names) {
      int end = before.lastIndexOf(other.full());
      if (end >= 0) before = before.substring(end + other.full().length());
    }
    List<String> terms = dev.talksbot.index.TextAnalysis.terms(before);
    for (int i = terms.size() - 1; i >= 0; i--) {
      String party = QuestionShape.partyOf(terms.get(i));
      if (party != null) return !parties.contains(party);
    }
    return false;
  }

  /**
   * Whether a verb shares a sense with one of the question's verbs in WordNet ({@link
   * dev.talksbot.nlp.WordRelations}): "would head its delegation" says what "who will lead" asks.
   */
  static boolean sameSenseAsOne(String lemma, Set<String> verbs) {
    for (String v : verbs) if (dev.talksbot.nlp.WordRelations.sameSense(lemma, v)) return true;
    return false;
  }

  /**
   * Whether the word is one of the verbs, read as the base of its form ("overseen", which the
   * tagger may take for an adverb, is "oversee", as is the question's "oversaw").
   */
  static boolean sameBaseAsOne(String lemma, Set<String> verbs) {
    String base = dev.talksbot.nlp.WordRelations.base(lemma);
    for (String v : verbs) if (dev.talksbot.nlp.WordRelations.base(v).equals(base)) return true;
    return false;
  }

  /**
   * "Freedonia's head": the tagger gives a possessive as one token tagged PROPN+PART, or as its own
   * "'s" token tagged as punctuation.
   */
  private static boolean possessive(dev.talksbot.nlp.Tagged.Token t) {
    String w = t.text().replace('’', '\'');
    return t.tag().endsWith("+PART") || w.equals("'s") || w.equals("'");
  }

  /** Tags of a word that makes the next one a noun ("its head", "the former head"). */
  private static final Set<String> NOUN_MARKERS = Set.of("DET", "PRON", "ADJ", "NUM", "PART");

  /** The keys of every name the sentences give. */
  static Set<String> namedBy(List<Candidate> members) {
    Set<String> s = new HashSet<>();
    for (Candidate c : members) s.addAll(c.names().keySet());
    return s;
  }
}
