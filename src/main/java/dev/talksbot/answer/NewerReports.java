package dev.talksbot.answer;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The notes an answer adds when a report newer than every report of the answer gives another
 * version: someone else for a question that asks for a person ("A newer report, X, 3 September
 * 2025, names Y instead."), another calendar date for a question about when something is or will be
 * ("… gives September 10 instead."), another count for a question about a count as it stands. News
 * moves on: for a date, the newer report leads and the answer's own date is noted as the earlier
 * one ({@link #earlierValue}); so for a running count ({@link #newerCount}).
 */
final class NewerReports {
  private NewerReports() {}

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

  /**
   * "A newer report, X, D, names Y instead." when a sentence from an article dated after every
   * dated report of the answer from other articles ({@link #newestOther}) gives someone else for
   * what the question asks: news moves on, and a reader should know the latest report differs even
   * when the older version has more outlets. The newer sentence must say the question's action
   * ({@link DissentNotes#saysTheAction}) of the thing the question asks about ({@link
   * DissentNotes#namesTheThing}). Null when no other article of the answer has a date (nothing is
   * newer than an unknown date), or no such sentence is probable and on the question enough ({@link
   * #NEWER_MIN}, {@link #NEWER_COVERAGE_MIN}).
   */
  static DissentNotes.Note newer(FactGroup top, List<Candidate> cands, QuestionShape shape) {
    if (top.rep().people().isEmpty()) return null;
    String answer = top.rep().people().iterator().next(); // the first person the answer names
    Candidate best = cands.getFirst();
    Set<String> answered = DissentNotes.namedBy(top.members());
    for (Candidate c : cands) {
      LocalDate d = c.article().date();
      LocalDate newest = newestOther(top, c.article().id(), answer);
      if (d == null || newest == null || !d.isAfter(newest)) continue;
      if (c.relevance() < NEWER_MIN * best.relevance()) break; // best first
      if (c.coverage() < NEWER_COVERAGE_MIN * best.coverage()) continue;
      if (!SameFact.rivalVersions(c, top.rep())) continue;
      if (!DissentNotes.saysTheAction(c, shape) || !DissentNotes.namesTheParty(c, shape)) continue;
      if (!DissentNotes.namesTheThing(c, shape)) continue;
      for (Entities.Name n : c.focusNames().values()) {
        if (!c.people().contains(n.key()) || answered.contains(n.key())) continue;
        return new DissentNotes.Note(
            newerReport(c) + " names " + n.full() + " instead.", List.of(c));
      }
    }
    return null;
  }

  /**
   * "A newer report, X, D, gives September 10 instead." for a question about when something is or
   * will be ("When will the fourth round take place?"; not one about the past): a sentence from an
   * article dated after every other report of the answer, about what the question asks ({@link
   * #NEWER_MIN}, {@link #NEWER_COVERAGE_MIN}, or naming the series' ordinal the question names:
   * {@link #namesTheOrdinal}; not the other side's or another round's), that gives a date the
   * answer's quoted sentence does not (it may itself corroborate the rest of the answer: "the round
   * planned for August 20 was called off"). Dates move: a reader should know the latest report
   * names another. The date named is the sentence's first such calendar date ({@link #newDate}).
   * Null when the answer's reports are undated or none applies.
   */
  static DissentNotes.Note newerDate(FactGroup top, List<Candidate> cands, QuestionShape shape) {
    if (shape.expect != QuestionShape.Expect.DATE || shape.asksDone) return null;
    Set<String> given = shape.slot(top.rep().text(), Set.of());
    if (given.isEmpty()) return null;
    return newerValue(top, cands, shape, true, (c, d) -> newDate(c.text(), given, d));
  }

  /**
   * "A newer report, X, D, gives V instead." for the first candidate from an article dated after
   * every other report of the answer ({@link #newestOf}), about what the question asks ({@link
   * #NEWER_MIN}, {@link #NEWER_COVERAGE_MIN}, or, when {@code series} allows, naming the series'
   * ordinal the question names: {@link #namesTheOrdinal}; not the other side's), for which {@code
   * valueOf} (the candidate, its article's date) gives a value V; null when none does.
   */
  private static DissentNotes.Note newerValue(
      FactGroup top,
      List<Candidate> cands,
      QuestionShape shape,
      boolean series,
      java.util.function.BiFunction<Candidate, LocalDate, String> valueOf) {
    Candidate best = cands.getFirst();
    for (Candidate c : cands) {
      LocalDate d = c.article().date();
      LocalDate newest = newestOf(top, c.article().id());
      if (d == null || newest == null || !d.isAfter(newest)) continue;
      boolean ofTheSeries = series && namesTheOrdinal(c, shape);
      if (!ofTheSeries && c.relevance() < NEWER_MIN * best.relevance()) continue;
      if (!ofTheSeries && c.coverage() < NEWER_COVERAGE_MIN * best.coverage()) continue;
      if (c.otherSide() || !DissentNotes.namesTheParty(c, shape)) continue;
      String value = valueOf.apply(c, d);
      if (value == null) continue;
      return new DissentNotes.Note(newerReport(c) + " gives " + value + " instead.", List.of(c));
    }
    return null;
  }

  /**
   * "A newer report, X, D, gives 996 instead." for a question about a count as it stands ({@link
   * QuestionShape#asksRunningTotal}: "How many have come home so far?"): a sentence from an article
   * dated after every other report of the answer, about what the question asks ({@link #NEWER_MIN},
   * {@link #NEWER_COVERAGE_MIN}; not the other side's or another round's), that gives a count the
   * answer's quoted sentence does not. A running count moves like a date, so the newer report
   * leads. Null when the answer's reports are undated or none applies.
   */
  static DissentNotes.Note newerCount(FactGroup top, List<Candidate> cands, QuestionShape shape) {
    if (shape.expect != QuestionShape.Expect.NUMBER || !shape.asksRunningTotal) return null;
    Set<String> given = shape.slot(top.rep().text(), Set.of());
    if (given.isEmpty()) return null;
    Set<String> ordinals = ordinals(top.rep().terms());
    return newerValue(top, cands, shape, false, (c, d) -> newCount(c, given, ordinals, shape));
  }

  /**
   * The candidate sentence's first number not among {@code given} that counts what the question
   * counts ({@link CountedNoun#countsAt}, when the question names a noun: not "1,000 fallen
   * soldiers" or "the two sides" for "how many prisoners"), or null; none when the sentence tells
   * of another one of a series than the answer's does ("the second stage" against "the first
   * stage": each stage's own count, not one count as it stands).
   */
  private static String newCount(
      Candidate c, Set<String> given, Set<String> ordinals, QuestionShape shape) {
    String text = c.text();
    Set<String> own = ordinals(c.terms());
    if (!ordinals.isEmpty() && !own.isEmpty() && java.util.Collections.disjoint(own, ordinals))
      return null;
    dev.talksbot.nlp.Tagged tagged = null;
    for (dev.talksbot.nlp.TypedValue v : dev.talksbot.nlp.ValueSpotter.values(text)) {
      if (v.type() != dev.talksbot.nlp.AnswerType.NUMBER) continue;
      if (given.contains(QuestionShape.valueKey(v.text()))) continue;
      if (shape.counted.isEmpty()) return v.text();
      if (tagged == null) tagged = dev.talksbot.nlp.Pos.shared().tag(text);
      if (CountedNoun.countsAt(tagged, v, shape.counted)) return v.text();
    }
    return null;
  }

  /** The ordinal words among a sentence's analysed terms ("first", "third"). */
  private static Set<String> ordinals(Set<String> terms) {
    Set<String> out = new java.util.HashSet<>();
    for (String t : terms) if (QuestionShape.ordinal(t) != null) out.add(t);
    return out;
  }

  /**
   * The text's first value of {@code type} whose key ({@link QuestionShape#valueKey}) is not in
   * {@code skip}, or null.
   */
  private static String firstValue(
      String text, dev.talksbot.nlp.AnswerType type, Set<String> skip) {
    for (dev.talksbot.nlp.TypedValue v : dev.talksbot.nlp.ValueSpotter.values(text))
      if (v.type() == type && !skip.contains(QuestionShape.valueKey(v.text()))) return v.text();
    return null;
  }

  /**
   * Whether the sentence names every one of a series the question asks about by its ordinal ("the
   * <i>fifth stage</i>"): about the same event whatever its other words ("will hold a fifth stage …
   * on May 4" for "When will the fifth stage take place?", which matches the question's words less
   * than an older "asked that the fifth stage take place by April 1"). False when the question
   * names no ordinal.
   */
  static boolean namesTheOrdinal(Candidate c, QuestionShape shape) {
    if (shape.ordinals.isEmpty()) return false;
    for (String[] pair : shape.ordinals)
      if (!c.terms().contains(pair[0]) || !c.terms().contains(pair[1])) return false;
    return true;
  }

  /**
   * "An earlier report, X, D, gave August 20." ("Another report, X, …" when its article is undated;
   * "… and one other" when more reports give it) for the answer's own sentence when a newer
   * report's date or count leads instead ({@link #newerDate}, {@link #newerCount}: a date or a
   * running count moves, and the latest report of it is the news); the value is the sentence's
   * first of the kind the question asks for that the newer sentence does not also give. Null when
   * it gives none. It cites the answer's reports but the newer one's article.
   */
  static DissentNotes.Note earlierValue(FactGroup top, Candidate newer, QuestionShape shape) {
    Candidate c = top.rep();
    List<Candidate> cited = cited(top, newer);
    // a count the newer sentence gives too ("of the 1,200") is not the earlier count; a date is
    // ("the round planned for August 20 was called off" gives the earlier date as well)
    boolean count = shape.expect == QuestionShape.Expect.NUMBER;
    String value =
        firstValue(
            c.text(),
            count ? dev.talksbot.nlp.AnswerType.NUMBER : dev.talksbot.nlp.AnswerType.DATE,
            count ? shape.slot(newer.text(), Set.of()) : Set.of());
    if (value == null) return null;
    if (count) { // only the reports that give that count (others of the group may give another)
      String key = QuestionShape.valueKey(value);
      cited = cited.stream().filter(m -> shape.slot(m.text(), Set.of()).contains(key)).toList();
    }
    if (cited.isEmpty()) return null;
    return new DissentNotes.Note(reports(c, cited.size(), newer) + " gave " + value + ".", cited);
  }

  /**
   * "An earlier report, X, D," for the answer's own report ("Another report, X," when its article
   * is undated: "earlier" only when its own date says so), "… and one other" or "… and 2 others"
   * when more reports give the same ("Other reports" when it has neither outlet nor date).
   */
  private static String reports(Candidate c, int cited, Candidate newer) {
    LocalDate d = c.article().date();
    boolean earlier =
        d != null && newer.article().date() != null && d.isBefore(newer.article().date());
    List<String> parts = new java.util.ArrayList<>();
    parts.add(earlier ? "An earlier report" : "Another report");
    if (c.article().outlet() != null) parts.add(c.article().outlet());
    if (d != null) parts.add(d.toString());
    String others =
        cited == 2 ? " and one other" : cited > 2 ? " and " + (cited - 1) + " others" : "";
    if (parts.size() == 1) return cited == 1 ? parts.getFirst() : "Other reports";
    return String.join(", ", parts) + (others.isEmpty() ? "," : "," + others);
  }

  /** The reports the note on the answer's own sentence cites: its own and its corroboration. */
  private static List<Candidate> cited(FactGroup top, Candidate newer) {
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
  private static LocalDate newestOf(FactGroup top, String article) {
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
   * The newest date of the answer's reports from other articles than {@code article}, or null when
   * none is dated or when {@code article} itself names the answer's person in the answer: a newer
   * report may corroborate another fact of the answer ("X leads one side, while Y leads the other")
   * without being the answer's version of the fact it contradicts.
   */
  private static LocalDate newestOther(FactGroup top, String article, String answer) {
    for (Candidate m : top.members())
      if (m.article().id().equals(article) && m.names().containsKey(answer)) return null;
    return newestOf(top, article);
  }
}
