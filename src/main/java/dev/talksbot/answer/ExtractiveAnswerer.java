package dev.talksbot.answer;

import dev.talksbot.config.AnswerSettings;
import dev.talksbot.index.Embedder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The default answerer: no network, no generation. It answers with at most three sentences quoted
 * from the retrieved passages, each followed by the citations of every outlet that reports the same
 * fact, or refuses when the coverage does not answer.
 *
 * <ol>
 *   <li>Every sentence of the retrieved passages gets its selector features ({@link
 *       SelectorFeatures}); the learned sentence model ({@link SelectorModel}) gives each the
 *       probability that it holds the answer. Rules of reading ({@link SetBacks}) set back a
 *       sentence whose best clause speaks of the other party's thing ("the Russian delegation" for
 *       a question about the Ukrainian one), one off the topic the question names ("… say about
 *       <i>a leaders meeting</i>?"), and every one when none names the speaker asked about.
 *   <li>The learned answerability model reads the best sentence and how it stands against the rest
 *       ({@link AnswerabilityFeatures}); below the calibrated threshold the question is refused
 *       with a message that says what the coverage is.
 *   <li>A question with two parts ({@link TwoPartQuestion}) is answered part by part, each cited; a
 *       part nothing answers is said to be uncovered.
 *   <li>The text is composed by {@link AnswerComposer}: reports of the same fact cited together, a
 *       lone dissenting report on who is noted with its own citation.
 * </ol>
 */
public final class ExtractiveAnswerer implements Answerer {
  public static final String NAME = "extractive";

  /** Cosine (question, sentence) above which a differently worded sentence may answer. */
  static final double COS_STRONG = 0.78;

  private final SentenceFeatures features;
  private final SelectorFeatures selectorFeatures;
  private final SelectorModel model;
  private final AnswerComposer composer;

  public ExtractiveAnswerer(Embedder embedder, TermWeights weights, AnswerSettings settings) {
    this(embedder, weights, settings, SelectorModel.bundled());
  }

  public ExtractiveAnswerer(
      Embedder embedder, TermWeights weights, AnswerSettings settings, SelectorModel model) {
    this.features = new SentenceFeatures(embedder, weights);
    this.selectorFeatures = new SelectorFeatures(features);
    this.model =
        settings.minConfidence() == null
            ? model
            : model.withThreshold(settings.minConfidence(), model.about());
    this.composer = new AnswerComposer(features, settings);
  }

  public SelectorModel model() {
    return model;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Answer answer(AnswerRequest req) {
    return explain(req).answer();
  }

  /** The answer with the scored candidates behind it (for {@code ask --explain} and evaluation). */
  public record Explained(Answer answer, Scoring scoring) {
    public List<Candidate> candidates() {
      return scoring.candidates();
    }

    /** The selector's probability for the best sentence (0 when there is none). */
    public double confidence() {
      return scoring.best();
    }
  }

  private static final Scoring NONE =
      new Scoring(
          List.of(), List.of(), 0, false, List.of(), null, java.util.Map.of(), new double[0]);

  /**
   * Every candidate sentence of a question with its selector features, best first by the sentence
   * model's probability (its {@code relevance}); {@code vectors} are aligned with {@code
   * candidates}; {@code confidence} is the answerability model's probability that answering with
   * the best sentence is right; {@code speakerUnnamed}, {@code absentNames} and {@code ruledOutBy}
   * are {@link SetBacks#speakerUnnamed()}, {@link SetBacks#absentNames()} and {@link
   * SetBacks#refusal} (why a reading rule refuses, or null), read once for the scoring and again by
   * the decision and the refusal; {@code setBacks} names, by candidate key, the reading rules that
   * set a candidate back ({@code ask --explain}); {@code reading} holds the features of the model's
   * reading stage ({@link JointReading}; empty without one), whose probability is then the {@code
   * confidence}.
   */
  public record Scoring(
      List<Candidate> candidates,
      List<double[]> vectors,
      double confidence,
      boolean speakerUnnamed,
      List<String> absentNames,
      String ruledOutBy,
      java.util.Map<String, List<String>> setBacks,
      double[] reading) {
    public Scoring {
      candidates = List.copyOf(candidates);
      vectors = List.copyOf(vectors);
      absentNames = List.copyOf(absentNames);
      setBacks = java.util.Map.copyOf(setBacks);
      reading = reading.clone();
      if (candidates.size() != vectors.size())
        throw new IllegalArgumentException("one feature vector per candidate");
    }

    public double best() {
      return confidence;
    }

    /** Whether a reading rule refuses the question whatever its confidence ({@code ruledOutBy}). */
    public boolean ruledOut() {
      return ruledOutBy != null;
    }

    /** The question-level features the answerability model reads. */
    public double[] questionFeatures() {
      return AnswerabilityFeatures.of(candidates, vectors);
    }
  }

  /** Scores the sentences of the retrieved passages (no decision yet). */
  public Scoring score(AnswerRequest req) {
    String q = req.question();
    Set<String> qTerms = SentenceFeatures.questionTerms(q);
    if (qTerms.isEmpty()) return NONE;
    return score(q, qTerms, QuestionShape.of(q, qTerms), req, null);
  }

  /** Scores the sentences for a question (asked of {@code outlet}'s reports, unless null). */
  private Scoring score(
      String q, Set<String> qTerms, QuestionShape shape, AnswerRequest req, String outlet) {
    float[] qv = features.embedder().embedQuery(q);
    List<Candidate> cands = features.candidates(req.passages(), qTerms, qv, shape);
    double[][] x = selectorFeatures.vectors(SelectorFeatures.Question.of(q, qTerms, shape), cands);
    SetBacks setBacks = SetBacks.of(q, qTerms, shape, cands, outlet);
    List<Integer> order = new ArrayList<>();
    List<Candidate> scored = new ArrayList<>(cands.size());
    java.util.Map<String, List<String>> setBack = new java.util.HashMap<>();
    for (int i = 0; i < cands.size(); i++) {
      Candidate c = cands.get(i);
      double share = setBacks.share(c);
      if (share < 1) setBack.put(c.key(), setBacks.reasons(c));
      scored.add(c.withRelevance(model.sentence().probability(x[i]) * share));
      order.add(i);
    }
    order.sort((a, b) -> BY_RELEVANCE.compare(scored.get(a), scored.get(b)));
    List<Candidate> ranked = order.stream().map(scored::get).toList();
    List<double[]> vectors = order.stream().map(i -> x[i]).toList();
    double confidence =
        ranked.isEmpty()
            ? 0
            : model.answerability().probability(AnswerabilityFeatures.of(ranked, vectors));
    double[] reading = new double[0];
    if (model.reading() != null && !ranked.isEmpty()) {
      reading = JointReading.of(features.embedder(), q, qv, ranked.getFirst(), confidence);
      confidence = model.reading().probability(reading);
    }
    return new Scoring(
        ranked,
        vectors,
        confidence,
        setBacks.speakerUnnamed(),
        setBacks.absentNames(),
        setBacks.refusal(ranked.isEmpty() ? null : ranked.getFirst()),
        setBack,
        reading);
  }

  public Explained explain(AnswerRequest req) {
    String q = req.question();
    if (req.corpus().articles() == 0)
      return new Explained(refuse(q, Refusals.empty(req.corpus())), NONE);
    List<String> parts = TwoPartQuestion.split(q);
    Citations cites = new Citations();
    List<String> texts = new ArrayList<>();
    List<String> unanswered = new ArrayList<>();
    Scoring first = null;
    for (String asked : parts) {
      // a question asked of one outlet is asked without it, other outlets' sentences set back
      AskedOutlet outlet = AskedOutlet.of(asked, req.corpus().outlets());
      String part = outlet == null ? asked : outlet.question();
      Set<String> qTerms = SentenceFeatures.questionTerms(part);
      if (qTerms.isEmpty()) {
        if (parts.size() == 1)
          return new Explained(refuse(q, Refusals.noContentWords(req.corpus())), NONE);
        unanswered.add(asked);
        continue;
      }
      QuestionShape shape = QuestionShape.of(part, qTerms);
      Scoring scoring = score(part, qTerms, shape, req, outlet == null ? null : outlet.outlet());
      if (first == null) first = scoring;
      List<Candidate> cands = scoring.candidates();
      if (cands.isEmpty()
          || scoring.confidence() < model.threshold()
              && !YesNoAction.answeredBy(part, shape, cands)
              && !ReactionQuestion.answeredBy(part, cands)
              && !SpokenBy.answeredBy(part, qTerms, cands)
          || !scoring.absentNames().isEmpty()
          || scoring.ruledOut()) {
        unanswered.add(asked);
        continue;
      }
      int numbered = cites.size();
      String text = composer.compose(cands, qTerms, shape, cites, scoring.setBacks().keySet());
      if (saysAgain(texts, text)) cites.truncate(numbered); // both parts answered alike
      else texts.add(text);
    }
    Scoring scoring = first == null ? NONE : first;
    if (texts.isEmpty()) return new Explained(refusal(q, parts.size(), scoring, req), scoring);
    if (parts.size() > 1) for (String part : unanswered) texts.add(Refusals.partNotCovered(part));
    return new Explained(
        new Answer.Answered(q, String.join(" ", texts), NAME, cites.list()), scoring);
  }

  /**
   * Whether an earlier part's text quotes the same sentences, whatever their citations (a part may
   * find other corroborating reports for the same sentence), and says nothing more than the earlier
   * one, which may go on with a note (a rival version the later part does not note).
   */
  static boolean saysAgain(List<String> texts, String text) {
    String quoted = Answer.MARKER.matcher(text).replaceAll("").strip();
    for (String t : texts) {
      String earlier = Answer.MARKER.matcher(t).replaceAll("").strip();
      if (earlier.startsWith(quoted)) return true;
    }
    return false;
  }

  /**
   * The gate's probability that the coverage speaks of what the question asks about, at or above
   * which a refusal quotes the nearest sentence: more likely than not (a probability's own
   * midpoint, not a fitted value).
   */
  static final double NEAREST_GATE_MIN = 0.5;

  static final Comparator<Candidate> BY_RELEVANCE =
      Comparator.comparingDouble(Candidate::relevance)
          .reversed()
          .thenComparingInt(Candidate::passageRank)
          .thenComparing(c -> c.article().id())
          .thenComparingInt(c -> c.span().start());

  /**
   * The refusal of a question nothing answers. When the answerability model's gate finds the
   * coverage speaks of what the question asks about (at least {@link #NEAREST_GATE_MIN}), the
   * refusal quotes the best sentence, marked as not answering: what the coverage does say on the
   * subject. A two-part question, or coverage off the subject, gets the plain refusal.
   */
  private Answer refusal(String q, int parts, Scoring scoring, AnswerRequest req) {
    if (parts == 1 && scoring.speakerUnnamed())
      return refuse(
          q,
          Refusals.speakerNotQuoted(StatedSpeaker.phrase(q), StatedTopic.phrase(q), req.corpus()));
    if (parts == 1 && !scoring.absentNames().isEmpty())
      return refuse(q, Refusals.notMentioned(scoring.absentNames(), req.corpus()));
    if (parts == 1
        && !scoring.candidates().isEmpty()
        && model.answerability() instanceof GatedModel g
        && g.gate().probability(scoring.questionFeatures()) >= NEAREST_GATE_MIN) {
      Candidate nearest = scoring.candidates().getFirst().withContext();
      Citations cites = new Citations();
      String text = Refusals.nearest(AnswerComposer.display(nearest)) + " " + cites.marker(nearest);
      return new Answer.Refused(q, text, NAME, cites.list());
    }
    return refuse(q, Refusals.notCovered(req.corpus()));
  }

  private Answer refuse(String q, String message) {
    return new Answer.Refused(q, message, NAME);
  }
}
