package dev.talksbot.answer;

import dev.talksbot.config.TalksbotConfig.AnswerSettings;
import dev.talksbot.index.Embedder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The default answerer: no network, no generation. It answers with at most three sentences quoted
 * from the retrieved passages, each followed by the citations of every outlet that reports the same
 * fact, or refuses when no sentence supports the question well enough.
 *
 * <ol>
 *   <li>Every sentence of the retrieved passages is scored on IDF-weighted coverage of the
 *       question's content terms and embedding similarity to the question.
 *   <li>The question is answerable when the best sentence covers at least {@code minSupport} of the
 *       question (or, worded differently, is semantically very close and covers a quarter). An
 *       unknown word in the question (a name the coverage never mentions) weighs heavily, so "What
 *       did Macron say?" is refused rather than answered with the nearest Peskov quote.
 *   <li>Strong sentences reporting the same fact in different articles are grouped; a group is
 *       cited together. When groups name different people for the same thing, the version most
 *       outlets report wins and a lone outlier is only noted, with its own citation.
 * </ol>
 */
public final class ExtractiveAnswerer implements Answerer {
  public static final String NAME = "extractive";

  /** Cosine (question, sentence) above which a differently worded sentence may answer. */
  static final double COS_STRONG = 0.78;

  /** Sentence-to-sentence cosine above which two sentences report the same fact. */
  static final double SAME_FACT_COS = 0.84;

  /** A conflicting version this relevant (relative to the best) is weighed against it. */
  static final double DISSENT_MIN = 0.6;

  /** A sentence this relevant (relative to the best) may corroborate a strong one. */
  static final double CORROBORATOR_MIN = 0.3;

  /** Idf-weighted overlap of non-question terms above which two sentences report the same fact. */
  static final double SAME_FACT_OVERLAP = 0.5;

  private final SentenceFeatures features;
  private final AnswerSettings settings;

  public ExtractiveAnswerer(Embedder embedder, TermWeights weights, AnswerSettings settings) {
    this.features = new SentenceFeatures(embedder, weights);
    this.settings = settings;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Answer answer(AnswerRequest req) {
    return explain(req).answer();
  }

  /** The answer with the scored candidates behind it (for {@code ask --explain}). */
  public record Explained(Answer answer, List<Candidate> candidates) {}

  public Explained explain(AnswerRequest req) {
    String q = req.question();
    if (req.corpus().articles() == 0) return new Explained(refuse(q, Refusals.empty(req.corpus())), List.of());
    Set<String> qTerms = SentenceFeatures.questionTerms(q);
    if (qTerms.isEmpty()) return new Explained(refuse(q, Refusals.noContentWords(req.corpus())), List.of());
    float[] qv = features.embedder().embedQuery(q);
    QuestionShape shape = QuestionShape.of(q, qTerms);
    List<Candidate> cands = new ArrayList<>(features.candidates(req.passages(), qTerms, qv, shape));
    cands.sort(BY_RELEVANCE);
    if (cands.isEmpty() || !answerable(cands.getFirst())) {
      return new Explained(refuse(q, Refusals.notCovered(req.corpus())), cands);
    }
    Candidate best = cands.getFirst();
    List<Candidate> strong = cands.stream()
        .filter(c -> answerable(c) && c.relevance() >= DISSENT_MIN * best.relevance())
        .toList();
    Map<String, Integer> votes = votes(cands.stream().filter(this::answerable).toList(), qTerms);
    List<Candidate> related = cands.stream()
        .filter(c -> c.coverage() > 0 && c.relevance() >= CORROBORATOR_MIN * best.relevance())
        .toList();
    List<Group> groups = group(strong, related, qTerms);
    return new Explained(compose(q, groups, votes, qTerms), cands);
  }

  private boolean answerable(Candidate c) {
    return c.coverage() >= settings.minSupport()
        || (c.cosine() >= COS_STRONG && c.coverage() >= settings.minSupport() / 2);
  }

  private static final Comparator<Candidate> BY_RELEVANCE = Comparator
      .comparingDouble(Candidate::relevance).reversed()
      .thenComparingInt(Candidate::passageRank)
      .thenComparing(c -> c.article().id())
      .thenComparingInt(c -> c.span().start());

  /** Sentences from different articles that report one fact; {@code members} are best first. */
  private record Group(List<Candidate> members) {
    Candidate rep() {
      return members.getFirst();
    }

    Set<String> articles() {
      Set<String> s = new LinkedHashSet<>();
      for (Candidate c : members) s.add(c.article().id());
      return s;
    }

    double score() {
      return rep().relevance() + 0.05 * (articles().size() - 1);
    }
  }

  /**
   * Groups strong sentences that report the same fact, then lets weaker sentences from other
   * articles join a group as corroboration when they report its fact (they need not answer the
   * question on their own: "Ukraine said Umerov would head its delegation").
   */
  private List<Group> group(List<Candidate> strong, List<Candidate> related, Set<String> qTerms) {
    List<List<Candidate>> groups = new ArrayList<>();
    outer:
    for (Candidate c : strong) {
      for (List<Candidate> g : groups) {
        Candidate rep = g.getFirst();
        if (sameFact(c, rep, qTerms)) {
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
            && sameFact(c, g.getFirst(), qTerms)) {
          g.add(c);
          placed.add(c.key());
          break;
        }
      }
    }
    List<Group> out = new ArrayList<>();
    for (List<Candidate> g : groups) out.add(new Group(List.copyOf(g)));
    out.sort(Comparator.comparingDouble(Group::score).reversed()
        .thenComparing(g -> g.rep().article().id())
        .thenComparingInt(g -> g.rep().span().start()));
    return out;
  }

  boolean sameFact(Candidate a, Candidate b, Set<String> qTerms) {
    if (conflicting(a, b, qTerms)) return false;
    double cos = Embedder.dot(a.vector(), b.vector());
    return cos >= SAME_FACT_COS || features.overlap(a.terms(), b.terms(), qTerms) >= SAME_FACT_OVERLAP;
  }

  /** Both name people the question does not, and no such person is shared. */
  private static boolean conflicting(Candidate a, Candidate b, Set<String> qTerms) {
    Set<String> pa = people(a, qTerms);
    Set<String> pb = people(b, qTerms);
    if (pa.isEmpty() || pb.isEmpty()) return false;
    for (String k : pa) if (pb.contains(k)) return false;
    return true;
  }

  private static Set<String> people(Candidate c, Set<String> qTerms) {
    Set<String> out = new LinkedHashSet<>();
    for (Entities.Name n : c.focusNames().values()) {
      if (n.personLike() && !mentioned(n, qTerms)) out.add(n.key());
    }
    return out;
  }

  private static boolean mentioned(Entities.Name n, Set<String> qTerms) {
    for (String t : dev.talksbot.index.TextAnalysis.terms(n.full())) if (qTerms.contains(t)) return true;
    return false;
  }

  /** For each name key: how many articles have an answering sentence that contains it. */
  private static Map<String, Integer> votes(List<Candidate> cands, Set<String> qTerms) {
    Map<String, Set<String>> arts = new java.util.HashMap<>();
    for (Candidate c : cands) {
      for (String k : c.names().keySet()) arts.computeIfAbsent(k, x -> new HashSet<>()).add(c.article().id());
    }
    Map<String, Integer> out = new java.util.HashMap<>();
    arts.forEach((k, v) -> out.put(k, v.size()));
    return out;
  }

  private Answer compose(String q, List<Group> groups, Map<String, Integer> votes, Set<String> qTerms) {
    Group top = groups.getFirst();
    // majority: a conflicting group reported by more outlets, nearly as relevant, wins
    Group dissent = null;
    for (Group g : groups.subList(1, groups.size())) {
      if (!conflicting(g.rep(), top.rep(), qTerms)) continue;
      if (g.rep().relevance() < DISSENT_MIN * top.rep().relevance()) continue;
      if (g.articles().size() > top.articles().size()) {
        dissent = top;
        top = g;
        break;
      }
      if (dissent == null && top.articles().size() > g.articles().size()) dissent = g;
    }
    Citations cites = new Citations();
    List<String> sentences = new ArrayList<>();
    List<Candidate> used = new ArrayList<>();
    sentences.add(top.rep().text() + " " + cites.markers(top.members()));
    used.add(top.rep());
    int words = top.rep().words();
    if (dissent != null) {
      String note = dissentNote(dissent, top, votes, qTerms);
      if (note != null) {
        sentences.add(note + " " + cites.marker(dissent.rep()));
        words += note.split("\\s+").length;
      }
    }
    for (Group g : groups) {
      if (sentences.size() >= settings.maxSentences()) break;
      if (g == top || g == dissent) continue;
      Candidate c = g.rep();
      if (c.relevance() < 0.75 * top.rep().relevance()) break;
      if (conflicting(c, top.rep(), qTerms)) continue;
      if (words + c.words() > settings.maxWords()) continue;
      boolean redundant = used.stream().anyMatch(u -> sameFact(u, c, qTerms)
          || Embedder.dot(u.vector(), c.vector()) >= SAME_FACT_COS - 0.04);
      if (redundant) continue;
      sentences.add(c.text() + " " + cites.markers(g.members()));
      used.add(c);
      words += c.words();
    }
    return new Answer.Answered(q, String.join(" ", sentences), NAME, cites.list());
  }

  /**
   * "One outlet (X) names Y instead." when the lone version names someone the majority does not;
   * null when the difference is not a name.
   */
  private static String dissentNote(Group dissent, Group top, Map<String, Integer> votes, Set<String> qTerms) {
    Set<String> majority = new HashSet<>();
    for (Candidate c : top.members()) majority.addAll(c.names().keySet());
    Entities.Name odd = null;
    for (Entities.Name n : dissent.rep().focusNames().values()) {
      if (!n.personLike() || majority.contains(n.key()) || mentioned(n, qTerms)) continue;
      if (votes.getOrDefault(n.key(), 0) > dissent.articles().size()) continue;
      odd = n;
      break;
    }
    String who = dissent.articles().size() == 1
        ? (dissent.rep().article().outlet() != null ? "One outlet, " + dissent.rep().article().outlet() + ","
            : "One other report")
        : dissent.articles().size() + " other reports";
    if (odd == null) return who + " gives a different account.";
    return who + " names " + odd.full() + " instead.";
  }

  private Answer refuse(String q, String message) {
    return new Answer.Refused(q, message, NAME);
  }
}
