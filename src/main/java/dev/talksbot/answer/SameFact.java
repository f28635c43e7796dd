package dev.talksbot.answer;

import dev.talksbot.index.Embedder;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides whether two candidate sentences report the same fact: never when they name different
 * people or give different figures; yes when they are close in meaning or share most of their
 * (non-question) terms; and, when they are at least somewhat alike, yes when they share a
 * distinctive phrase, a figure, or the answer the question asks for (the same person, date or
 * number said in other words).
 */
final class SameFact {
  /** Sentence-to-sentence cosine above which two sentences report the same fact. */
  static final double SAME_FACT_COS = 0.84;

  /** Least cosine for two sentences that give the same answer value to be the same fact. */
  static final double SAME_SLOT_COS = 0.6;

  /** Idf-weighted overlap of non-question terms above which two sentences report the same fact. */
  static final double SAME_FACT_OVERLAP = 0.5;

  /** Terms this rare (IDF) make a shared pair of them a distinctive phrase. */
  static final double RARE_IDF = 1.5;

  /** The floor {@link SentenceFeatures#weight} adds to a term's IDF (taken off again here). */
  private static final double WEIGHT_FLOOR = 0.5;

  private static final Pattern FIGURE = Pattern.compile("\\b\\d[\\d,.]*\\b");

  private final SentenceFeatures features;

  SameFact(SentenceFeatures features) {
    this.features = features;
  }

  /** Whether {@code a} and {@code b} report the same fact, for a question with these terms. */
  boolean test(Candidate a, Candidate b, Set<String> qTerms, QuestionShape shape) {
    if (conflicting(a, b) || differentFigures(a, b) || !samePerson(a, b, shape)) return false;
    double cos = Embedder.dot(a.vector(), b.vector());
    if (cos >= SAME_FACT_COS || features.overlap(a.terms(), b.terms(), qTerms) >= SAME_FACT_OVERLAP)
      return true;
    // the same answer to the question (the same person, date or number), said in other words,
    // or the same distinctive phrase ("sharply opposed") or figure ("60 days")
    if (cos < SAME_SLOT_COS) return false;
    if (sharesRarePhrase(a, b, qTerms) || sharesFigure(a, b)) return true;
    Set<String> sa = shape.slot(a.text(), a.people());
    if (sa.isEmpty()) return false;
    for (String x : shape.slot(b.text(), b.people())) if (sa.contains(x)) return true;
    return false;
  }

  /**
   * Two versions of one fact that disagree on who: they name different people ({@link
   * #conflicting}) and are not reports of different events ({@link #differentFigures}: "40 on
   * Friday" and "90 on Sunday" do not disagree on who did one of them).
   */
  static boolean rivalVersions(Candidate a, Candidate b) {
    return conflicting(a, b) && !differentFigures(a, b);
  }

  /**
   * For a question that asks who: a sentence that gives someone for it reports the same fact only
   * as a sentence that names that person too, whatever else the two share. "The Russian delegation
   * is led by M, while the Ukrainian side is led by O" and "the Kremlin would send M to lead its
   * team" share M, but for a question about the Ukrainian side the first gives O and the second
   * does not corroborate it.
   */
  static boolean samePerson(Candidate a, Candidate b, QuestionShape shape) {
    if (shape == null || shape.expect != QuestionShape.Expect.PERSON || shape.asksIdentity)
      return true;
    return namesOne(b, a.people()) && namesOne(a, b.people());
  }

  /** Whether the sentence names one of these people (true when there are none). */
  private static boolean namesOne(Candidate c, Set<String> people) {
    if (people.isEmpty()) return true;
    for (String p : people) if (c.names().containsKey(p)) return true;
    return false;
  }

  /** Both name people the question does not, and no such person is shared. */
  static boolean conflicting(Candidate a, Candidate b) {
    Set<String> pa = a.people();
    Set<String> pb = b.people();
    if (pa.isEmpty() || pb.isEmpty()) return false;
    for (String k : pa) if (pb.contains(k)) return false;
    return true;
  }

  /** Both contain the same two-word phrase of rare words that the question does not make. */
  private boolean sharesRarePhrase(Candidate a, Candidate b, Set<String> qTerms) {
    for (String bg : a.bigrams()) {
      if (!b.bigrams().contains(bg)) continue;
      String[] t = bg.split(" ");
      if (qTerms.contains(t[0]) && qTerms.contains(t[1])) continue;
      if (features.weight(t[0]) - WEIGHT_FLOOR >= RARE_IDF
          && features.weight(t[1]) - WEIGHT_FLOOR >= RARE_IDF) return true;
    }
    return false;
  }

  /**
   * Both give figures (not years) and share none: two reports of different events ("40 sailors each
   * on Friday, the first stage" and "90 sailors each on Sunday, the second stage"), however alike
   * their words.
   */
  static boolean differentFigures(Candidate a, Candidate b) {
    Set<String> fa = figures(a.text());
    Set<String> fb = figures(b.text());
    if (fa.isEmpty() || fb.isEmpty()) return false;
    for (String f : fb) if (fa.contains(f)) return false;
    return true;
  }

  /**
   * Whether a sentence (with the one before it) lacks a figure (not a year, not a day of a month)
   * the question names ("how many of the 40 returned …") that {@code first} (or the one before it)
   * holds: it tells of another group or event ("of the 90 returned …"), however probable, and does
   * not join {@code first} in the answer.
   */
  static boolean lacksAskedFigure(Candidate c, Candidate first, Set<String> qTerms) {
    for (String t : qTerms)
      if (dev.talksbot.nlp.LexiconWords.isFigure(t)
          && !t.matches("(19|20)\\d\\d")
          && first.namesAnyOf(Set.of(t))
          && !c.namesAnyOf(Set.of(t))
          && !dev.talksbot.nlp.CalendarDates.namesDay(first.text(), t)) return true;
    return false;
  }

  /** Both give the same figure (not a year). */
  private static boolean sharesFigure(Candidate a, Candidate b) {
    Set<String> fa = figures(a.text());
    for (String f : figures(b.text())) if (fa.contains(f)) return true;
    return false;
  }

  /** The figures in a text, without a trailing comma or point, years left out. */
  static Set<String> figures(String text) {
    Set<String> out = new HashSet<>();
    var m = FIGURE.matcher(text);
    while (m.find()) {
      String f = m.group().replaceAll("[,.]$", "");
      if (!f.matches("(19|20)\\d\\d")) out.add(f);
    }
    return out;
  }
}
