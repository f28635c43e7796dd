package dev.talksbot.answer;

import dev.talksbot.index.Embedder;
import dev.talksbot.index.StoredVectors;
import dev.talksbot.index.TextAnalysis;
import dev.talksbot.ingest.Passage;
import dev.talksbot.ingest.Span;
import dev.talksbot.retrieval.ScoredPassage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Sentence scoring shared by the extractive answerer and summarizer: lexical coverage of the
 * question (IDF-weighted), embedding similarity, and the checks that keep fragments and page chrome
 * out of answers.
 */
final class SentenceFeatures {
  /**
   * Words that shape a question but carry no content ("who", "say", "many"...), analysed ({@code
   * answer/question-filler.txt}).
   */
  private static final Set<String> QUESTION_TERMS =
      WordList.analysed("/answer/question-filler.txt");

  private final Embedder embedder;
  private final TermWeights weights;

  SentenceFeatures(Embedder embedder, TermWeights weights) {
    this.embedder = embedder;
    this.weights = weights;
  }

  Embedder embedder() {
    return embedder;
  }

  /** The question's content terms (distinct, in order). */
  static Set<String> questionTerms(String question) {
    Set<String> out = new LinkedHashSet<>(TextAnalysis.terms(question));
    out.removeAll(QUESTION_TERMS);
    RoleQuestion.Asked role = RoleQuestion.of(question);
    if (role != null) out.removeAll(TextAnalysis.terms(role.asking()));
    return out;
  }

  /**
   * Weight of a term in coverage: IDF plus a floor, so that a word every article uses ("Russian")
   * still counts when the question hinges on it, while rare words weigh most.
   */
  double weight(String term) {
    return 0.5 + weights.idf(term);
  }

  /** IDF-weighted share of {@code query} terms present in {@code terms}. */
  double coverage(Collection<String> query, Set<String> terms) {
    double all = 0;
    double hit = 0;
    for (String t : query) {
      double w = weight(t);
      all += w;
      if (terms.contains(t)) hit += w;
    }
    return all == 0 ? 0 : hit / all;
  }

  /** IDF-weighted overlap coefficient of two term sets, ignoring {@code ignore}. */
  double overlap(Set<String> a, Set<String> b, Set<String> ignore) {
    double wa = 0;
    double wb = 0;
    double both = 0;
    for (String t : a) {
      if (ignore.contains(t)) continue;
      double w = weight(t);
      wa += w;
      if (b.contains(t)) both += w;
    }
    for (String t : b) if (!ignore.contains(t)) wb += weight(t);
    double min = Math.min(wa, wb);
    return min == 0 ? 0 : both / min;
  }

  /** A sentence fit to stand in an answer on its own ({@link StoredVectors#usable}). */
  static boolean usable(String sentence) {
    return StoredVectors.usable(sentence);
  }

  /** Sentences of the passages with their features, in passage order. */
  List<Candidate> candidates(List<ScoredPassage> passages, Set<String> qTerms, float[] qVector) {
    return candidates(passages, qTerms, qVector, null);
  }

  List<Candidate> candidates(
      List<ScoredPassage> passages, Set<String> qTerms, float[] qVector, QuestionShape shape) {
    // 1. lexical features of every usable sentence (cheap)
    List<Scored> scored = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int r = 0; r < passages.size(); r++) {
      ScoredPassage sp = passages.get(r);
      Passage p = sp.passage();
      List<Span> sentences = p.sentences();
      Set<String> passageTerms =
          new HashSet<>(QuestionShape.withParties(TextAnalysis.terms(p.text())));
      List<String> spelt = Initials.asked(p.text(), qTerms); // "US" of "the United States"
      passageTerms.addAll(spelt);
      passageTerms.addAll(Pertaining.asked(List.copyOf(passageTerms), qTerms)); // France: French
      for (int i = 0; i < sentences.size(); i++) {
        Span s = sentences.get(i);
        String text = p.sentenceText(s);
        if (!usable(text) || !seen.add(sp.article().id() + ":" + s.start())) continue;
        if (AskingSentences.asks(sp.article().text(), s, text)) continue; // never an answer
        if (Corrections.tellsWrongVersion(sp.article().text(), s, text)) continue; // nor this
        List<String> before =
            i == 0 ? List.of() : TextAnalysis.terms(p.sentenceText(sentences.get(i - 1)));
        String next = i + 1 < sentences.size() ? p.sentenceText(sentences.get(i + 1)) : null;
        Set<String> context = new LinkedHashSet<>(before);
        if (next != null) context.addAll(TextAnalysis.terms(next));
        Span quote =
            next != null
                    && (LIST_FOLLOWS.matcher(next).find()
                        || shape != null && shape.asksSpeech && Pronouns.reportSpeech(next))
                ? new Span(s.start(), sentences.get(i + 1).end())
                : s;
        Set<String> previous = i == 0 ? Set.of() : QuestionShape.withParties(before);
        scored.add(
            lexical(
                sp,
                r,
                i,
                s,
                quote,
                text,
                qTerms,
                shape,
                QuestionShape.withParties(List.copyOf(context)),
                previous,
                passageTerms,
                spelt));
      }
    }
    // 2. embeddings, in one parallel batch (cached), only where they can matter: a sentence that
    //    shares no word with the question can neither answer it nor corroborate an answer
    List<String> toEmbed = new ArrayList<>();
    for (Scored x : scored) if (qTerms.isEmpty() || x.coverage() > 0) toEmbed.add(x.text());
    List<float[]> vectors = embedder.embedPassages(toEmbed);
    float[] none = new float[embedder.dimension()];
    List<Candidate> out = new ArrayList<>(scored.size());
    int k = 0;
    for (Scored x : scored) {
      float[] v = qTerms.isEmpty() || x.coverage() > 0 ? vectors.get(k++) : none;
      out.add(x.with(v, qVector, shape, qTerms));
    }
    return out;
  }

  /** Lexical features of one sentence, before its embedding is known. */
  private record Scored(
      ScoredPassage sp,
      int rank,
      int index,
      Span sentence,
      Span quote,
      String text,
      List<String> seq,
      Map<String, Entities.Name> names,
      Map<String, Entities.Name> focus,
      double coverage,
      double ownCoverage,
      Set<String> previousTerms,
      Set<String> passageTerms,
      Span previousSpan,
      boolean otherSide) {

    Candidate with(float[] v, float[] qVector, QuestionShape shape, Set<String> qTerms) {
      double cos =
          qVector == null || coverage == 0 && !qTerms.isEmpty() ? 0 : Embedder.dot(qVector, v);
      double rel = relevance(coverage, cos, rank);
      Set<String> people = Entities.peopleNotIn(focus, qTerms);
      Candidate c =
          new Candidate(
              sp.article(),
              sentence,
              text,
              new LinkedHashSet<>(seq),
              bigrams(seq),
              names,
              focus,
              people,
              rank,
              approximatePosition(sp, sentence),
              v,
              coverage,
              cos,
              rel,
              index,
              ownCoverage,
              previousTerms,
              passageTerms,
              previousSpan,
              otherSide);
      return quote.equals(sentence) ? c : c.extendedTo(quote);
    }
  }

  /** A sentence that continues the previous one as its list ("Among them: ..."). */
  private static final Pattern LIST_FOLLOWS =
      Pattern.compile(
          "^(Among them|These include|They include|Those include|They are|These are|The following)\\b");

  private Scored lexical(
      ScoredPassage sp,
      int rank,
      int index,
      Span s,
      Span quote,
      String text,
      Set<String> qTerms,
      QuestionShape shape,
      Set<String> context,
      Set<String> previous,
      Set<String> passageTerms,
      List<String> passageSpelt) {
    List<String> seq = TextAnalysis.terms(text);
    // a sentence spells only acronyms its passage spells: most passages spell none of the
    // question's
    List<String> spelt =
        new ArrayList<>(passageSpelt.isEmpty() ? List.of() : Initials.asked(text, passageSpelt));
    spelt.addAll(Pertaining.asked(seq, qTerms)); // "French" of a sentence's "France"
    if (!spelt.isEmpty()) {
      seq = new ArrayList<>(seq);
      seq.addAll(spelt); // the question's terms the sentence names by another form
    }
    Map<String, Entities.Name> names = Entities.names(text);
    ClauseFocus focus = ClauseFocus.of(text, seq, names, qTerms, shape, context, this::weight);
    return new Scored(
        sp,
        rank,
        index,
        s,
        quote,
        text,
        seq,
        names,
        focus.names(),
        focus.coverage(),
        focus.ownCoverage(),
        previous,
        passageTerms,
        index == 0 ? null : sp.passage().sentences().get(index - 1),
        focus.otherSide());
  }

  /** Adjacent analysed-term pairs, "a b". */
  static Set<String> bigrams(List<String> seq) {
    Set<String> out = new LinkedHashSet<>();
    for (int i = 0; i + 1 < seq.size(); i++) out.add(seq.get(i) + " " + seq.get(i + 1));
    return out;
  }

  private static int approximatePosition(ScoredPassage sp, Span s) {
    int idx = sp.passage().sentences().indexOf(s);
    return sp.passage().ordinal() * 3 + Math.max(0, idx);
  }

  /** Cosine below FLOOR counts as no semantic match, above CEIL as a full one (bge-small). */
  static final double COS_FLOOR = 0.55;

  static final double COS_CEIL = 0.85;

  static double denseNorm(double cos) {
    return Math.max(0, Math.min(1, (cos - COS_FLOOR) / (COS_CEIL - COS_FLOOR)));
  }

  /**
   * A sentence's relevance before the answer selector scores it (the order candidates are built
   * in): this much of the lexical coverage ...
   */
  static final double PRIOR_COVERAGE = 0.55;

  /** ... this much of the normalised cosine ... */
  static final double PRIOR_COSINE = 0.45;

  /** ... and this much over one plus the passage's retrieval rank. */
  static final double PRIOR_RANK = 0.02;

  static double relevance(double coverage, double cosine, int passageRank) {
    return PRIOR_COVERAGE * coverage
        + PRIOR_COSINE * denseNorm(cosine)
        + PRIOR_RANK / (1 + passageRank);
  }
}
