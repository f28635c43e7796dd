package dev.talksbot.answer;

import dev.talksbot.config.AnswerSettings;
import dev.talksbot.index.Embedder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds the text of an extractive answer from the scored candidates: strong sentences reporting
 * the same fact ({@link SameFact}) in different articles are grouped and cited together; when
 * reports name different people for what a "who" question asks, the version most outlets report
 * comes first and a lone outlier is noted with its own citation; then other strong, non-redundant
 * sentences within the sentence and word budget.
 */
final class AnswerComposer {
  /** A conflicting version this probable (relative to the best) is weighed against it. */
  static final double DISSENT_MIN = 0.6;

  /** A sentence covering this share of what the best covers may corroborate a strong one. */
  static final double CORROBORATOR_MIN = 0.3;

  /** A further sentence joins the answer when it is this probable relative to the first. */
  static final double MORE_MIN = 0.75;

  /**
   * Reports a sentence of the answer cites at most: its own and the best corroborating ones. Seven
   * outlets that say the same ("[1][2][3][4][5][6][7]") tell a reader no more than three, and bury
   * the sources list under quotes of one fact; the group still counts every outlet when versions
   * are weighed.
   */
  static final int MAX_CITED = 3;

  /** Margin below {@link SameFact#SAME_FACT_COS} at which a further sentence counts as a repeat. */
  static final double REPEAT_MARGIN = 0.04;

  /**
   * A sentence answers on its own (may dissent, or join the answer) when its probability of holding
   * the answer is at least this share of the best sentence's.
   */
  static final double ANSWERS_MIN = 0.5;

  private final SameFact sameFact;
  private final AnswerSettings settings;

  AnswerComposer(SentenceFeatures features, AnswerSettings settings) {
    this.sameFact = new SameFact(features);
    this.settings = settings;
  }

  /**
   * Groups strong sentences that report the same fact, then lets weaker sentences from other
   * articles join a group as corroboration when they report its fact (they need not answer the
   * question on their own: "Freedonia said Petrenko would head its delegation"), best first ({@link
   * FactGroup#score(Set)}).
   */
  List<FactGroup> group(
      List<Candidate> strong,
      List<Candidate> related,
      Set<String> qTerms,
      QuestionShape shape,
      Set<String> setBack) {
    List<List<Candidate>> groups = new ArrayList<>();
    outer:
    for (Candidate c : strong) {
      for (List<Candidate> g : groups) {
        Candidate rep = g.getFirst();
        if (sameFact.test(c, rep, qTerms, shape)) {
          if (g.stream().noneMatch(m -> m.article().id().equals(c.article().id()))) g.add(c);
          continue outer; // same fact: either corroborates or repeats its own article
        }
      }
      List<Candidate> g = new ArrayList<>();
      g.add(c);
      groups.add(g);
    }
    Set<String> placed = new HashSet<>();
    for (List<Candidate> g : groups) for (Candidate c : g) placed.add(c.key());
    for (Candidate c : related) {
      if (placed.contains(c.key())) continue;
      for (List<Candidate> g : groups) {
        if (g.stream().noneMatch(m -> m.article().id().equals(c.article().id()))
            && sameFact.test(c, g.getFirst(), qTerms, shape)) {
          g.add(c);
          placed.add(c.key());
          break;
        }
      }
    }
    List<FactGroup> out = new ArrayList<>();
    for (List<Candidate> g : groups) out.add(new FactGroup(List.copyOf(g)));
    out.sort(
        Comparator.comparingDouble((FactGroup g) -> g.score(setBack))
            .reversed()
            .thenComparing(g -> g.rep().article().id())
            .thenComparingInt(g -> g.rep().span().start()));
    return out;
  }

  /**
   * The candidates whose group no further outlet lifts ({@link FactGroup#score}): those a reading
   * rule set back ({@code setBack}), and those that give another party's version of what the most
   * probable sentence, naming the party asked about, answers ("Ivan Petrenko, who has led the
   * Ukrainian delegation, will again head the team" in three reports against "The Russian side will
   * be led by Anna Berg" for "Who will head the Russian team?").
   */
  static Set<String> unlifted(
      List<Candidate> strong, Candidate best, QuestionShape shape, Set<String> setBack) {
    Set<String> out = new HashSet<>(setBack);
    for (Candidate c : strong) if (shape.otherPartysVersion(c, best)) out.add(c.key());
    return out;
  }

  /** For each name key: how many articles have an answering sentence that contains it. */
  static Map<String, Integer> votes(List<Candidate> cands, Set<String> qTerms) {
    Map<String, Set<String>> arts = new java.util.HashMap<>();
    for (Candidate c : cands) {
      for (String k : c.names().keySet())
        arts.computeIfAbsent(k, x -> new HashSet<>()).add(c.article().id());
    }
    Map<String, Integer> out = new java.util.HashMap<>();
    arts.forEach((k, v) -> out.put(k, v.size()));
    return out;
  }

  /**
   * The answer text for one question (part) with its citations numbered in {@code cites}: the best
   * group, then a note on a lone dissenting report, then other strong groups within the budget.
   * {@code setBack} holds the candidates ({@link Candidate#key}) a reading rule set back.
   */
  String compose(
      List<Candidate> cands,
      Set<String> qTerms,
      QuestionShape shape,
      Citations cites,
      Set<String> setBack) {
    Candidate best = cands.getFirst();
    double threshold = ANSWERS_MIN * best.relevance();
    List<Candidate> strong =
        cands.stream()
            .filter(
                c -> c.relevance() >= threshold && c.relevance() >= DISSENT_MIN * best.relevance())
            .toList();
    Map<String, Integer> votes =
        votes(cands.stream().filter(c -> c.relevance() >= threshold).toList(), qTerms);
    // corroboration need not answer on its own ("Ukraine said X would head its delegation"): a
    // sentence that covers the question nearly as well may join a group that reports its fact
    List<Candidate> related =
        cands.stream()
            .filter(c -> c.coverage() > 0 && c.coverage() >= CORROBORATOR_MIN * best.coverage())
            .toList();
    return compose(
        threshold,
        cands,
        group(strong, related, qTerms, shape, unlifted(strong, best, shape, setBack)),
        votes,
        qTerms,
        shape,
        cites);
  }

  private String compose(
      double threshold,
      List<Candidate> cands,
      List<FactGroup> groups,
      Map<String, Integer> votes,
      Set<String> qTerms,
      QuestionShape shape,
      Citations cites) {
    if (shape.asksIdentity) groups = PersonDescription.first(groups, cands, shape.identityName);
    FactGroup top = groups.getFirst();
    // majority: a conflicting group reported by more outlets, nearly as relevant, wins
    FactGroup dissent = null;
    // only a question that asks for a person can have reports that disagree on who (not one that
    // names its person: "Who is Jane Doe?"); the rival version must answer the question on its own
    // (a sentence that merely names someone else in passing is no disagreement)
    boolean slotIsPerson = shape.expect == QuestionShape.Expect.PERSON && !shape.asksIdentity;
    for (FactGroup g : slotIsPerson ? groups.subList(1, groups.size()) : List.<FactGroup>of()) {
      if (!SameFact.rivalVersions(g.rep(), top.rep())) continue;
      if (shape.otherPartysVersion(g.rep(), top.rep())) continue;
      if (MajorityVersion.lacksTheContext(g.rep(), top.rep(), qTerms)) continue;
      if (g.rep().relevance() < threshold) continue;
      if (g.rep().relevance() < DISSENT_MIN * top.rep().relevance()) continue;
      if (g.articles().size() > top.articles().size()) {
        dissent = top;
        top = g;
        break;
      }
      // only a lone outlier is noted; a version several outlets share is not "an outlier"
      if (dissent == null && top.articles().size() > 1 && g.loneAgainst(top)) dissent = g;
    }
    // a version more outlets give, though each of its sentences is less probable, wins too
    FactGroup majority =
        slotIsPerson && dissent == null ? MajorityVersion.over(top, cands, shape, qTerms) : null;
    if (majority != null) {
      dissent = top;
      top = majority;
    }
    List<String> sentences = new ArrayList<>();
    List<Candidate> used = new ArrayList<>();
    List<Candidate> shown = new ArrayList<>(); // as quoted, with context
    // a newer report's version is the news (and says more than "one outlet" when it is the outlier)
    DissentNotes.Note note =
        slotIsPerson
            ? NewerReports.newer(top, cands, shape)
            : shape.asksRunningTotal
                ? NewerReports.newerCount(top, cands, shape)
                : NewerReports.newerDate(top, cands, shape);
    Candidate first = top.rep().withContext();
    List<Candidate> firstCited = cited(top);
    DissentNotes.Note earlier =
        slotIsPerson || note == null
            ? null
            : NewerReports.earlierValue(top, note.cited().getFirst(), shape);
    // a date or a running count moves: the newest report of it leads, the earlier one is noted
    if (earlier != null) {
      first = note.cited().getFirst();
      firstCited = note.cited();
      note = earlier;
      used.add(first);
    }
    sentences.add(display(first) + " " + cites.markers(firstCited));
    used.add(top.rep());
    shown.add(first);
    int words = first.words();
    DissentNotes.Note corrected = Corrections.note(first);
    if (corrected != null) {
      sentences.add(quotable(corrected.text()) + " " + cites.markers(corrected.cited()));
      words += corrected.text().split("\\s+").length;
      shown.addAll(corrected.cited());
    }
    if (note == null && dissent != null) note = DissentNotes.outlier(dissent, top, votes, shape);
    if (note != null) {
      sentences.add(quotable(note.text()) + " " + cites.markers(note.cited()));
      words += note.text().split("\\s+").length;
      shown.addAll(note.cited()); // not quoted again as a sentence of its own
    }
    for (FactGroup g : groups) {
      if (sentences.size() >= settings.maxSentences()) break;
      if (g == top || g == dissent) continue;
      Candidate c = g.rep();
      if (c.relevance() < threshold || c.relevance() < MORE_MIN * top.rep().relevance()) break;
      if (SameFact.conflicting(c, top.rep())) continue;
      if (SameFact.lacksAskedFigure(c, top.rep(), qTerms)) continue;
      Candidate quoted = c.withContext();
      if (overlaps(quoted, shown)) quoted = c; // its context is already quoted
      if (overlaps(quoted, shown)) continue;
      if (words + quoted.words() > settings.maxWords()) continue;
      boolean redundant =
          used.stream()
              .anyMatch(
                  u ->
                      sameFact.test(u, c, qTerms, shape)
                          || Embedder.dot(u.vector(), c.vector())
                              >= SameFact.SAME_FACT_COS - REPEAT_MARGIN);
      if (redundant) continue;
      sentences.add(display(quoted) + " " + cites.markers(cited(g)));
      used.add(c);
      shown.add(quoted);
      words += quoted.words();
    }
    return String.join(" ", sentences);
  }

  /** The quote shares text with one already in the answer. */
  private static boolean overlaps(Candidate c, List<Candidate> shown) {
    for (Candidate s : shown) {
      if (s.article().id().equals(c.article().id())
          && s.span().start() < c.span().end()
          && c.span().start() < s.span().end()) return true;
    }
    return false;
  }

  /**
   * The reports a group's sentence cites: its own and the best corroborating, {@link #MAX_CITED}.
   */
  private static List<Candidate> cited(FactGroup g) {
    return g.members().stream().limit(MAX_CITED).map(Candidate::withContext).toList();
  }

  /** A quote as one line of answer text (a quote may span a paragraph break). */
  static String display(Candidate c) {
    return quotable(c.text());
  }

  /**
   * Bracketed reference numbers in a source's own text ("[14]", "[3, 5]", "[2–4]"), with the space
   * before them: quoted as they are, they would read as this answer's citations (and a "[14]" among
   * the markers would make the answer invalid).
   */
  private static final java.util.regex.Pattern SOURCE_REFERENCES =
      java.util.regex.Pattern.compile("\\s*\\[\\d{1,4}(?:\\s*[,;–—-]\\s*\\d{1,4})*]");

  /** Source text as an answer quotes it: one space between words, its own reference numbers out. */
  static String quotable(String text) {
    return SOURCE_REFERENCES.matcher(text).replaceAll("").replaceAll("\\s+", " ").strip();
  }
}
