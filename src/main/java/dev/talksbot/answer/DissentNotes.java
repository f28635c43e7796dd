package dev.talksbot.answer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The notes an answer adds when reports disagree on who: a lone outlier against a version several
 * outlets share ("One outlet, X, names Y instead."), and a report newer than every report of the
 * answer that names someone else ("A newer report, X, 3 September 2025, names Y instead."). Both
 * name a person the answer's reports do not, for a question that asks for a person; a date or an
 * event is never a rival "name". For a question about when something is or will be, a newer report
 * that gives another calendar date is noted the same way ("… gives September 10 instead.", {@link
 * #newerDate}): a date for a date.
 */
final class DissentNotes {
  /**
   * A newer report is noted when its sentence's probability of holding the answer is at least this
   * share of the best sentence's: lower than {@link AnswerComposer#ANSWERS_MIN}, because a newer
   * report is worded after the event the older ones announce and so matches the question less.
   */
  static final double NEWER_MIN = 0.2;

  /**
   * ... and when it covers at least this share of the question words the best sentence covers (it
   * must be about what the question asks, not name someone in passing).
   */
  static final double NEWER_COVERAGE_MIN = 0.5;

  private DissentNotes() {}

  /** A note on a dissenting report and the quotes that make it. */
  record Note(String text, List<Candidate> cited) {}

  /**
   * "One outlet (X) names Y instead." when the lone version names someone the majority does not;
   * null when the difference is not a name, or the lone version does not say the question's action
   * ({@link #saysTheAction}).
   */
  static Note outlier(
      AnswerComposer.Group dissent,
      AnswerComposer.Group top,
      Map<String, Integer> votes,
      QuestionShape shape) {
    if (!saysTheAction(dissent.rep(), shape) || !namesTheParty(dissent.rep(), shape)) return null;
    Set<String> majority = namedBy(top.members());
    // the rival name is the one the fewest of the dissenting reports give: a name its other
    // reports share belongs to another fact of a sentence that reports two
    Entities.Name odd = null;
    int fewest = Integer.MAX_VALUE;
    for (Entities.Name n : dissent.rep().focusNames().values()) {
      if (!dissent.rep().people().contains(n.key()) || majority.contains(n.key())) continue;
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
   * "A newer report, X, D, names Y instead." when a sentence from an article dated after every
   * dated report of the answer from other articles ({@link #newestOther}) gives someone else for
   * what the question asks: news moves on, and a reader should know the latest report differs even
   * when the older version has more outlets. The newer sentence must say the question's action
   * ({@link #saysTheAction}). Null when no other article of the answer has a date (nothing is newer
   * than an unknown date), or no such sentence is probable and on the question enough ({@link
   * #NEWER_MIN}, {@link #NEWER_COVERAGE_MIN}).
   */
  static Note newer(AnswerComposer.Group top, List<Candidate> cands, QuestionShape shape) {
    if (top.rep().people().isEmpty()) return null;
    String answer = top.rep().people().iterator().next(); // the first person the answer names
    Candidate best = cands.getFirst();
    Set<String> answered = namedBy(top.members());
    for (Candidate c : cands) {
      LocalDate d = c.article().date();
      LocalDate newest = newestOther(top, c.article().id(), answer);
      if (d == null || newest == null || !d.isAfter(newest)) continue;
      if (c.relevance() < NEWER_MIN * best.relevance()) break; // best first
      if (c.coverage() < NEWER_COVERAGE_MIN * best.coverage()) continue;
      if (!SameFact.rivalVersions(c, top.rep())) continue;
      if (!saysTheAction(c, shape) || !namesTheParty(c, shape)) continue;
      for (Entities.Name n : c.focusNames().values()) {
        if (!c.people().contains(n.key()) || answered.contains(n.key())) continue;
        return new Note(newerReport(c) + " names " + n.full() + " instead.", List.of(c));
      }
    }
    return null;
  }

  /**
   * "A newer report, X, D, gives September 10 instead." for a question about when something is or
   * will be ("When will the fourth round take place?"; not one about the past): a sentence from an
   * article dated after every other report of the answer, about what the question asks ({@link
   * #NEWER_MIN}, {@link #NEWER_COVERAGE_MIN}, not the other side's or another round's), that gives
   * a date the answer's quoted sentence does not (it may itself corroborate the rest of the answer:
   * "the round planned for August 20 was called off"). Dates move: a reader should know the latest
   * report names another. The date named is the sentence's first such calendar date ({@link
   * #newDate}). Null when the answer's reports are undated or none applies.
   */
  static Note newerDate(AnswerComposer.Group top, List<Candidate> cands, QuestionShape shape) {
    if (shape.expect != QuestionShape.Expect.DATE || shape.asksDone) return null;
    Set<String> given = shape.slot(top.rep().text(), Set.of());
    if (given.isEmpty()) return null;
    Candidate best = cands.getFirst();
    for (Candidate c : cands) {
      LocalDate d = c.article().date();
      LocalDate newest = newestOf(top, c.article().id());
      if (d == null || newest == null || !d.isAfter(newest)) continue;
      if (c.relevance() < NEWER_MIN * best.relevance()) break; // best first
      if (c.coverage() < NEWER_COVERAGE_MIN * best.coverage() || c.otherSide()) continue;
      if (!namesTheParty(c, shape)) continue;
      String date = newDate(c.text(), given, d);
      if (date == null) continue;
      return new Note(newerReport(c) + " gives " + date + " instead.", List.of(c));
    }
    return null;
  }

  /**
   * "An earlier report, X, D, gave August 20." ("Another report, X, …" when its article is undated)
   * for the answer's own sentence when a newer report's date leads instead ({@link #newerDate}: a
   * date moves, and the latest report of it is the news); null when the sentence gives no date. It
   * cites the answer's reports but the newer one's article.
   */
  static Note earlierDate(AnswerComposer.Group top, Candidate newer) {
    Candidate c = top.rep();
    for (dev.talksbot.nlp.TypedValue v : dev.talksbot.nlp.ValueSpotter.values(c.text())) {
      if (v.type() != dev.talksbot.nlp.AnswerType.DATE) continue;
      // "earlier" only when its own date says so (an undated report is just another)
      java.time.LocalDate d = c.article().date();
      boolean earlier =
          d != null && newer.article().date() != null && d.isBefore(newer.article().date());
      List<String> parts = new java.util.ArrayList<>();
      parts.add(earlier ? "An earlier report" : "Another report");
      if (c.article().outlet() != null) parts.add(c.article().outlet());
      if (d != null) parts.add(d.toString());
      String who = parts.size() == 1 ? parts.getFirst() : String.join(", ", parts) + ",";
      return new Note(who + " gave " + v.text() + ".", cited(top, newer));
    }
    return null;
  }

  /** The reports the note on the answer's own sentence cites: its own and its corroboration. */
  private static List<Candidate> cited(AnswerComposer.Group top, Candidate newer) {
    return top.members().stream()
        .filter(m -> !m.article().id().equals(newer.article().id()))
        .limit(AnswerComposer.MAX_CITED)
        .map(Candidate::withContext)
        .toList();
  }

  /** "A newer report, X, D," (or "A newer report, D," for an unnamed outlet) for a dated report. */
  private static String newerReport(Candidate c) {
    String outlet = c.article().outlet();
    LocalDate d = c.article().date();
    return outlet != null
        ? "A newer report, " + outlet + ", " + d + ","
        : "A newer report, " + d + ",";
  }

  /**
   * The newest date of the answer's reports from other articles than {@code article} (a report that
   * corroborates part of the answer may still give a newer date), or null when none is dated.
   */
  private static LocalDate newestOf(AnswerComposer.Group top, String article) {
    LocalDate newest = null;
    for (Candidate m : top.members()) {
      LocalDate d = m.article().date();
      if (!m.article().id().equals(article) && d != null && (newest == null || d.isAfter(newest)))
        newest = d;
    }
    return newest;
  }

  /**
   * The sentence's first calendar date ("September 10", not "Wednesday", the day a report was
   * filed) not among {@code given} and not before the report's own date {@code reported}: a date
   * still ahead when reported is a schedule; one behind it is what happened ("agreed on July 23").
   * Null if none.
   */
  private static String newDate(String text, Set<String> given, LocalDate reported) {
    for (dev.talksbot.nlp.TypedValue v : dev.talksbot.nlp.ValueSpotter.values(text)) {
      if (v.type() != dev.talksbot.nlp.AnswerType.DATE) continue;
      if (given.contains(QuestionShape.valueKey(v.text()))) continue;
      LocalDate day = dev.talksbot.nlp.CalendarDates.resolve(v.text(), reported);
      if (day != null && !day.isBefore(reported)) return v.text();
    }
    return null;
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
    if (shape.verbs.isEmpty()) return true;
    List<dev.talksbot.nlp.Tagged.Token> tokens =
        dev.talksbot.nlp.Pos.shared().tag(c.text()).tokens();
    for (int i = 0; i < tokens.size(); i++) {
      dev.talksbot.nlp.Tagged.Token t = tokens.get(i);
      String lemma = t.lemma().toLowerCase(java.util.Locale.ROOT);
      boolean verb = t.mainTag().equals("VERB");
      // a verb: one of the question's, or one of the same sense (sameSense holds for the same word)
      if (verb && sameSenseAsOne(lemma, shape.verbs)) return true;
      if (verb || !shape.verbs.contains(lemma)) continue;
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
   * Whether a verb shares a sense with one of the question's verbs in WordNet ({@link
   * dev.talksbot.nlp.WordRelations}): "would head its delegation" says what "who will lead" asks.
   */
  private static boolean sameSenseAsOne(String lemma, Set<String> verbs) {
    for (String v : verbs) if (dev.talksbot.nlp.WordRelations.sameSense(lemma, v)) return true;
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

  /**
   * The newest date of the answer's reports from other articles than {@code article}, or null when
   * none is dated or when {@code article} itself names the answer's person in the answer: a newer
   * report may corroborate another fact of the answer ("X leads one side, while Y leads the other")
   * without being the answer's version of the fact it contradicts.
   */
  private static LocalDate newestOther(AnswerComposer.Group top, String article, String answer) {
    for (Candidate m : top.members())
      if (m.article().id().equals(article) && m.names().containsKey(answer)) return null;
    return newestOf(top, article);
  }

  /** The keys of every name the sentences give. */
  private static Set<String> namedBy(List<Candidate> members) {
    Set<String> s = new HashSet<>();
    for (Candidate c : members) s.addAll(c.names().keySet());
    return s;
  }
}
