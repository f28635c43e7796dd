package dev.talksbot.answer;

import dev.talksbot.nlp.AnswerType;
import dev.talksbot.nlp.QuestionType;
import dev.talksbot.nlp.ValueSpotter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The features the learned answer selector scores a candidate sentence on. Each is a number that a
 * logistic model weighs ({@code SelectorModel}); the names here are the names in the fitted weights
 * resource, so a change of features needs a retrained model ({@code ./talksbot train answerer}).
 *
 * <p>Features are of three kinds: how well the sentence covers the question (lexical coverage with
 * IDF weights, BM25, question bigrams, capitalised and numeric question words, embedding
 * similarity), where it stands (fused passage rank, position, a sentence that starts with a pronoun
 * and the coverage of the sentence before it), and what the question asks that nothing answers
 * (rare question words missing from the sentence, its passage and every retrieved passage; the kind
 * of value the question wants and whether the sentence holds one). Gaps to the best candidate of
 * the same question let the model compare sentences with each other.
 */
public final class SelectorFeatures {
  /** The feature names, in vector order. */
  public static final List<String> NAMES =
      List.of(
          "coverage",
          "own_coverage",
          "coverage_gap",
          "cosine",
          "cosine_gap",
          "bm25",
          "bigram_share",
          "capitals_share",
          "numbers_share",
          "missing_max_idf",
          "passage_missing",
          "passage_missing_capitals",
          "missing_terms",
          "retrieved_missing",
          "passage_rank_inverse",
          "top_passage",
          "sentence_index",
          "article_lead",
          "pronoun_start",
          "pronoun_previous_coverage",
          "expected_value",
          "expects_specific",
          "negation_mismatch",
          "question_negated",
          "question_terms",
          "sentence_words",
          "soft_coverage",
          "soft_worst_missing",
          "value_proximity",
          "planned_for_done");

  /** BM25 term saturation for sentence scoring. */
  static final double BM25_K1 = 1.2;

  /** BM25 length normalisation for sentence scoring. */
  static final double BM25_B = 0.75;

  /** IDF this high stands for a word seen in (almost) one passage of a large index. */
  static final double IDF_SCALE = 10.0;

  /**
   * Words that make a text say what is not so ("not", "never", "n't"); not the "not" of "not only …
   * but also", which adds rather than denies (the words after it: {@code
   * language/en-not-only.txt}). SQuAD 2.0 tune +1 (3 gained, 2 lost) for that exception.
   */
  static final Pattern NEGATION =
      Pattern.compile(
          "(?i)\\bnot\\b(?!\\s+(?:"
              + String.join(
                  "|", WordList.load("/language/en-not-only.txt").stream().sorted().toList())
              + ")\\b)|\\b(never|no|none|neither|nor|without|n't)\\b|n't\\b");

  private final SentenceFeatures features;
  private final SoftMatch soft;

  SelectorFeatures(SentenceFeatures features) {
    this.features = features;
    this.soft = new SoftMatch(features.embedder());
  }

  /** What the selector knows of the question. */
  record Question(
      String text,
      Set<String> terms,
      QuestionShape shape,
      AnswerType type,
      Set<String> capitals,
      Set<String> numbers) {
    // sorted copies, not Set.copyOf: its iteration order changes from one JVM run to the next, and
    // sums over these sets (BM25, missing shares) would then differ in their last bits, so that
    // `./talksbot train answerer` would not reproduce its own model bit for bit
    Question {
      terms = sorted(terms);
      capitals = sorted(capitals);
      numbers = sorted(numbers);
    }

    private static Set<String> sorted(Set<String> s) {
      return java.util.Collections.unmodifiableSortedSet(new java.util.TreeSet<>(s));
    }

    static Question of(String text, Set<String> terms, QuestionShape shape) {
      Set<String> caps = new HashSet<>(capitalisedTerms(text));
      Set<String> nums = new HashSet<>();
      for (String token : text.strip().split("\\s+")) {
        String t = Entities.strip(token);
        if (!t.isEmpty() && Character.isDigit(t.charAt(0)))
          nums.addAll(Figures.of(Figures.dashed(t)));
      }
      caps.retainAll(terms);
      return new Question(text, terms, shape, QuestionType.expected(text), caps, nums);
    }
  }

  /**
   * The analysed terms of a text's capitalised words after its first: the names a question gives
   * ("Will Moen attend the Tarn summit?": moen, tarn).
   */
  static List<String> capitalisedTerms(String text) {
    List<String> out = new ArrayList<>();
    String[] tokens = text.strip().split("\\s+");
    for (int i = 1; i < tokens.length; i++) {
      String t = Entities.strip(tokens[i]);
      if (!t.isEmpty() && Character.isUpperCase(t.codePointAt(0)))
        out.addAll(dev.talksbot.index.TextAnalysis.terms(t));
    }
    return out;
  }

  /**
   * Share of the question's capitalised terms that the candidate's passage or its article's
   * headline holds: a name the headline gives is the report's own subject even where the passage
   * does not repeat it ("Brenn round ends with a deal" over a passage that speaks only of "the
   * round"), or the month it is dated in or its weekdays stand for ({@code dated}: "August" of a
   * question's "August 24" in a report dated August 24). Not its dateline's place: counted here, it
   * raised a sentence of a report datelined in the question's city that names someone else into a
   * rival version (news dev n11's invented disagreement), and changed no answer for the better.
   */
  private static double namedShare(
      Set<String> capitals, Candidate c, Map<String, Set<String>> headlines, Set<String> dated) {
    if (capitals.isEmpty()) return 1;
    Set<String> headline = ReportContext.headline(c.article(), headlines);
    int hit = 0;
    for (String w : capitals)
      if (c.passageTerms().contains(w) || headline.contains(w) || dated.contains(w)) hit++;
    return (double) hit / capitals.size();
  }

  /** One feature vector per candidate, in the candidates' order. */
  double[][] vectors(Question q, List<Candidate> cands) {
    double maxCov = 0;
    double maxCos = -1;
    double avgLen = 0;
    Set<String> retrieved = new HashSet<>();
    for (Candidate c : cands) {
      maxCov = Math.max(maxCov, c.coverage());
      maxCos = Math.max(maxCos, c.cosine());
      avgLen += c.terms().size();
      retrieved.addAll(c.passageTerms());
    }
    avgLen = cands.isEmpty() ? 1 : Math.max(1, avgLen / cands.size());
    double retrievedMissing = missingShare(q.terms(), retrieved);
    boolean qNegated = NEGATION.matcher(q.text()).find();
    Map<String, String> qWords = new LinkedHashMap<>(SoftMatch.words(q.text()));
    qWords.keySet().retainAll(q.terms());
    List<Map<String, String>> sentenceWords = new ArrayList<>(cands.size());
    for (Candidate c : cands) sentenceWords.add(SoftMatch.words(c.text()));
    Map<String, float[]> wordVectors = soft.vectors(qWords, sentenceWords);
    double[][] out = new double[cands.size()][];
    Map<String, Set<String>> headlines = new HashMap<>();
    for (int i = 0; i < cands.size(); i++) {
      Candidate c = cands.get(i);
      boolean pronoun = Pronouns.leansOnPrevious(c.text());
      // a sentence that leans on the one before ("He said…", "…, she said, …") is read with it
      Set<String> terms = c.terms();
      List<LocalDate> days = ReportContext.weekdayDates(c.article(), c.text());
      Set<String> dated = ReportContext.monthsNamed(c.article(), days);
      if (pronoun && !c.previousTerms().isEmpty() || !dated.isEmpty()) {
        terms = new HashSet<>(c.terms());
        if (pronoun) terms.addAll(c.previousTerms());
        // the month of its dateline is named by every sentence of a report, and the month of the
        // day its weekday names stand for
        terms.addAll(dated);
      }
      double[] x = new double[NAMES.size()];
      int k = 0;
      x[k++] = c.coverage();
      x[k++] = c.ownCoverage();
      x[k++] = c.coverage() - maxCov;
      x[k++] = c.cosine();
      x[k++] = c.cosine() - maxCos;
      x[k++] = bm25(q.terms(), c, avgLen);
      x[k++] = bigramShare(q.terms(), q.text(), c);
      x[k++] = share(q.capitals(), terms);
      // "on Wednesday" in a report of Friday July 25 gives the 23 of "July 23"
      x[k++] =
          Figures.share(
              q.numbers(), c.text() + " " + String.join(" ", ReportContext.dayNumbers(days)));
      x[k++] = missingMaxIdf(q.terms(), terms);
      x[k++] = missingShare(q.terms(), c.passageTerms());
      x[k++] = 1 - namedShare(q.capitals(), c, headlines, dated);
      x[k++] = Math.log1p(missingCount(q.terms(), terms));
      x[k++] = retrievedMissing;
      x[k++] = 1.0 / (1 + c.passageRank());
      x[k++] = c.passageRank() == 0 ? 1 : 0;
      x[k++] = Math.log1p(c.sentenceIndex());
      x[k++] = c.position() == 0 ? 1 : 0;
      x[k++] = pronoun ? 1 : 0;
      x[k++] = pronoun ? features.coverage(q.terms(), c.previousTerms()) : 0;
      boolean specific = q.type() != AnswerType.OTHER;
      x[k++] = specific && ValueSpotter.has(c.text(), q.type(), q.text()) ? 1 : 0;
      x[k++] = specific ? 1 : 0;
      x[k++] = qNegated != NEGATION.matcher(c.text()).find() ? 1 : 0;
      x[k++] = qNegated ? 1 : 0;
      x[k++] = Math.log1p(q.terms().size());
      x[k++] = Math.log1p(c.words());
      Map<String, Double> m = SoftMatch.match(qWords, terms, sentenceWords.get(i), wordVectors);
      double all = 0;
      double hit = 0;
      double worst = 1;
      for (var e : m.entrySet()) {
        double w = features.weight(e.getKey());
        all += w;
        hit += w * e.getValue();
        worst = Math.min(worst, e.getValue());
      }
      x[k++] = all == 0 ? 0 : hit / all;
      x[k++] = m.isEmpty() ? 1 : worst;
      x[k++] = specific ? ValueProximity.of(q, c.text()) : 0;
      x[k++] = q.shape().asksDone && Tense.givenAsPlanned(c.text()) ? 1 : 0;
      out[i] = x;
    }
    return out;
  }

  private double bm25(Set<String> qTerms, Candidate c, double avgLen) {
    double all = 0;
    double score = 0;
    double len = c.terms().size();
    for (String t : qTerms) {
      double idf = features.weight(t);
      all += idf * (BM25_K1 + 1);
      if (!c.terms().contains(t)) continue;
      double tf = 1; // sentences rarely repeat a word; the distinct-term set is what we keep
      score += idf * tf * (BM25_K1 + 1) / (tf + BM25_K1 * (1 - BM25_B + BM25_B * len / avgLen));
    }
    return all == 0 ? 0 : score / all;
  }

  private static double bigramShare(Set<String> qTerms, String question, Candidate c) {
    List<String> seq = new ArrayList<>(dev.talksbot.index.TextAnalysis.terms(question));
    seq.retainAll(qTerms);
    Set<String> qb = SentenceFeatures.bigrams(seq);
    if (qb.isEmpty()) return 0;
    int hit = 0;
    for (String b : qb) if (c.bigrams().contains(b)) hit++;
    return (double) hit / qb.size();
  }

  private static double share(Set<String> wanted, Set<String> have) {
    if (wanted.isEmpty()) return 1;
    int hit = 0;
    for (String w : wanted) if (have.contains(w)) hit++;
    return (double) hit / wanted.size();
  }

  private static int missingCount(Set<String> qTerms, Set<String> terms) {
    int n = 0;
    for (String t : qTerms) if (!terms.contains(t)) n++;
    return n;
  }

  private double missingMaxIdf(Set<String> qTerms, Set<String> terms) {
    double max = 0;
    for (String t : qTerms) if (!terms.contains(t)) max = Math.max(max, features.weight(t));
    return Math.min(1, max / IDF_SCALE);
  }

  private double missingShare(Set<String> qTerms, Set<String> terms) {
    double all = 0;
    double miss = 0;
    for (String t : qTerms) {
      double w = features.weight(t);
      all += w;
      if (!terms.contains(t)) miss += w;
    }
    return all == 0 ? 0 : miss / all;
  }
}
