package dev.talksbot.eval.train;

import dev.talksbot.answer.Candidate;
import dev.talksbot.answer.SelectorModel;
import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.eval.BenchData;
import dev.talksbot.eval.Metrics;
import dev.talksbot.eval.NewsSuite;
import dev.talksbot.eval.RetrievalSettings;
import dev.talksbot.eval.Squad2Run;
import dev.talksbot.eval.train.AnswererTraining.Question;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The labelled questions {@code train answerer} learns from: the SQuAD 2.0 tune split asked through
 * the product's path (with the variants asked without part of their coverage), the news dev split,
 * and how the two are weighed.
 */
final class TrainingQuestions {
  private final TalksbotConfig config;
  private final RetrievalSettings settings;
  private final Path dataDir;
  private final Path cacheDir;
  private final PrintWriter log;

  TrainingQuestions(
      TalksbotConfig config,
      RetrievalSettings settings,
      Path dataDir,
      Path cacheDir,
      PrintWriter log) {
    this.config = config;
    this.settings = settings;
    this.dataDir = dataDir;
    this.cacheDir = cacheDir;
    this.log = log;
  }

  /**
   * The two sources count equally: each news dev question is repeated so that the news questions
   * weigh as much as the SQuAD ones (a few dozen news questions would otherwise be drowned by six
   * thousand Wikipedia ones, and news is what the bot answers).
   */
  static int newsWeight(int squad, int news) {
    return news == 0 ? 0 : Math.max(1, Math.round((float) squad / news));
  }

  /**
   * The SQuAD tune questions are also asked without part of their coverage, as examples of
   * questions the coverage does not answer: one in {@link Squad2Run#ARTICLE_SAMPLE} without its
   * whole article (coverage of other subjects: without them a linear model extrapolates to
   * sentences that share no word with the question, which SQuAD's questions never meet, and may
   * answer them). Asking every answerable one without its own paragraph too ({@code
   * --paragraph-negatives}) was measured and not adopted (session 7): the model refused more of the
   * news dev and regression questions; as examples for the gated model's gate alone (session 8) it
   * still refused more news questions (docs/evaluation.md).
   */
  static final Set<Squad2Run.Removed> NEGATIVES = Set.of(Squad2Run.Removed.ARTICLE);

  /** Marks the id of a question asked without part of its coverage (before any "@k" suffix). */
  static final String REMOVED_MARK = "~";

  /**
   * The questions of a dump less the SQuAD questions asked without part of their coverage in a way
   * {@code keep} does not name, the news questions repeated as often as the SQuAD questions left
   * need.
   */
  static List<Question> keepNegatives(List<Question> questions, Set<Squad2Run.Removed> keep) {
    List<Question> squad =
        questions.stream()
            .filter(q -> !q.news())
            .filter(
                q -> {
                  Squad2Run.Removed how = removed(q.id());
                  return how == Squad2Run.Removed.NOTHING || keep.contains(how);
                })
            .toList();
    Map<String, Integer> seen = new TreeMap<>();
    for (Question q : questions) if (q.news()) seen.put(CrossValidation.base(q.id()), 0);
    int weight = newsWeight(squad.size(), seen.size());
    List<Question> out = new ArrayList<>(squad);
    for (Question q : questions)
      if (q.news() && seen.merge(CrossValidation.base(q.id()), 1, Integer::sum) <= weight)
        out.add(q);
    return out;
  }

  /** How a question (by its id) was asked: in full, or without part of its coverage. */
  static Squad2Run.Removed removed(String id) {
    String b = CrossValidation.withoutCopy(id);
    int mark = b.indexOf(REMOVED_MARK);
    if (mark < 0) return Squad2Run.Removed.NOTHING;
    return Squad2Run.Removed.valueOf(b.substring(mark + 1).toUpperCase(Locale.ROOT));
  }

  /**
   * Asks the tune questions ({@code limit} of them, 0 for all; the variants {@code negatives} names
   * too) through the product's path with {@code model}, and hands each outcome to {@code sink}.
   */
  void askSquad(
      SelectorModel model,
      int limit,
      int corpusSample,
      Set<Squad2Run.Removed> negatives,
      java.util.function.Consumer<Squad2Run.Outcome> sink)
      throws IOException {
    Squad2Run.run(
        BenchData.squad2(dataDir, "tune"),
        limit,
        corpusSample,
        config,
        settings,
        cacheDir,
        model,
        negatives,
        log,
        sink);
  }

  /** Asks the news dev questions with {@code model} ({@link NewsSuite#explainDev}). */
  void askNews(
      SelectorModel model,
      java.util.function.BiConsumer<
              NewsSuite.DevQuestion, dev.talksbot.answer.ExtractiveAnswerer.Explained>
          sink)
      throws IOException {
    NewsSuite.explainDev(config, cacheDir, model, sink);
  }

  PrintWriter log() {
    return log;
  }

  List<Question> squad(int limit, int corpusSample, Set<Squad2Run.Removed> negatives)
      throws IOException {
    List<Question> out = new ArrayList<>();
    askSquad(
        SelectorModel.untrained(),
        limit,
        corpusSample,
        negatives,
        o -> {
          List<Candidate> cands = o.explained().candidates();
          // asked without its article, a question may find no passage left: nothing to learn
          // (and a dump, one line per sentence, could not hold it)
          if (cands.isEmpty() && o.removed() != Squad2Run.Removed.NOTHING) return;
          List<Boolean> labels = labels(o);
          out.add(
              new Question(
                  id(o), false, answerable(o, labels), o.explained().scoring().vectors(), labels));
        });
    return out;
  }

  /** Whether each candidate sentence of a SQuAD outcome, in its order, holds a gold answer. */
  static List<Boolean> labels(Squad2Run.Outcome o) {
    List<Boolean> labels = new ArrayList<>();
    for (Candidate c : o.explained().candidates())
      labels.add(Metrics.containsGold(c.text(), o.question().answers()));
    return labels;
  }

  /**
   * Whether a SQuAD question is answerable as it was asked: without part of its coverage, only
   * where what is left holds gold ({@code labels}, {@link #labels}).
   */
  static boolean answerable(Squad2Run.Outcome o, List<Boolean> labels) {
    return o.removed() == Squad2Run.Removed.NOTHING
        ? !o.question().impossible()
        : labels.contains(true);
  }

  /**
   * A SQuAD outcome's id: the question's, marked when it was asked without part of its coverage (it
   * shares its fold and standard-error group with the question asked in full).
   */
  static String id(Squad2Run.Outcome o) {
    return o.removed() == Squad2Run.Removed.NOTHING
        ? o.question().id()
        : o.question().id() + REMOVED_MARK + o.removed().name().toLowerCase(Locale.ROOT);
  }

  /**
   * The news dev questions: a sentence is labelled 1 when it holds one of the question's answer
   * words (none does for a question the coverage does not answer).
   */
  List<Question> news() throws IOException {
    List<Question> out = new ArrayList<>();
    // an untrained selector: the features do not depend on it, and the bundled model no longer
    // loads once the features change (which is when the selector has to be trained)
    askNews(
        SelectorModel.untrained(),
        (q, ex) -> {
          List<Boolean> labels = new ArrayList<>();
          for (Candidate c : ex.candidates()) labels.add(holdsAnswerWord(q, c));
          out.add(new Question(q.id(), true, q.answerable(), ex.scoring().vectors(), labels));
        });
    log.printf(Locale.ROOT, "news dev: %d questions%n", out.size());
    return out;
  }

  /** Whether a news dev question is answerable and the sentence holds one of its answer words. */
  static boolean holdsAnswerWord(NewsSuite.DevQuestion q, Candidate c) {
    String t = c.text().toLowerCase(Locale.ROOT);
    return q.answerable()
        && q.answerWords().stream().anyMatch(w -> t.contains(w.toLowerCase(Locale.ROOT)));
  }
}
