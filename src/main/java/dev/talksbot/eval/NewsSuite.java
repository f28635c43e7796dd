package dev.talksbot.eval;

import dev.talksbot.answer.Answer;
import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.core.TalksBot;
import dev.talksbot.index.IndexProgress;
import dev.talksbot.index.OnnxEmbedder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The held-out news set ({@code eval/news/}): the bundled coverage and the news articles indexed
 * together through the product's loader, every question asked as {@code ./talksbot ask} asks it
 * ({@link TalksBot#ask(String)}), scored as {@link CorpusSuite} scores, and reported per split.
 */
public final class NewsSuite {
  private NewsSuite() {}

  /** The mark of the answerer's dissent note ("One outlet, X, names Y instead."). */
  static final String DISSENT_MARK = "instead.";

  /**
   * A corpus folder under {@code tmp} holding the bundled articles and the news set's, as the suite
   * indexes them.
   */
  public static Path corpus(Path tmp) throws IOException {
    Path corpus = bundledCorpus(tmp);
    NewsSet.copyArticles(corpus);
    return corpus;
  }

  /** A corpus folder under {@code tmp} holding the bundled articles alone. */
  static Path bundledCorpus(Path tmp) throws IOException {
    Path bundled = BenchData.projectHome().resolve("index").resolve("corpus");
    if (!Files.isDirectory(bundled))
      throw new IOException("bundled corpus folder " + bundled + " does not exist");
    Path corpus = tmp.resolve("corpus");
    Files.createDirectories(corpus);
    try (Stream<Path> s = Files.list(bundled)) {
      for (Path p : s.sorted().toList()) Files.copy(p, corpus.resolve(p.getFileName()));
    }
    return corpus;
  }

  /** A dev question as training sees it. */
  public record DevQuestion(String id, boolean answerable, List<String> answerWords) {
    public DevQuestion {
      answerWords = List.copyOf(answerWords);
    }
  }

  /**
   * Every question of the dev split (two-part ones excepted: their parts have no labels of their
   * own) asked through the product over the bundled and news coverage, with the scored sentences
   * behind each answer, for {@code train answerer}, scored by {@code model}. The test split is
   * never read.
   */
  public static void explainDev(
      TalksbotConfig config,
      Path cacheDir,
      dev.talksbot.answer.SelectorModel model,
      java.util.function.BiConsumer<DevQuestion, dev.talksbot.answer.ExtractiveAnswerer.Explained>
          sink)
      throws IOException {
    Path tmp = Files.createTempDirectory("talksbot-train-news-");
    try {
      Path corpus = corpus(tmp);
      CachingEmbedder embedder =
          new CachingEmbedder(OnnxEmbedder.load(config.embedding().model()), cacheDir);
      try (TalksBot bot =
          TalksBot.open(
              config.withDataDir(tmp.resolve("data")).withCorpusDir(corpus),
              embedder,
              IndexProgress.NONE,
              dev.talksbot.answer.llm.LlmEnvironment.forProcess(),
              model)) {
        for (NewsSet.NewsQuestion q : NewsSet.questions()) {
          if (!q.split().equals("dev") || q.kind().equals("two-part")) continue;
          sink.accept(
              new DevQuestion(q.q().id(), q.q().answerable(), q.q().answerWords()),
              bot.explain(q.q().question()));
        }
        embedder.save();
      }
    } finally {
      deleteTree(tmp);
    }
  }

  /**
   * The product over {@code corpus}, its index and data under {@code tmp}, passage vectors from
   * (and new ones saved to) the cache.
   */
  static TalksBot open(TalksbotConfig config, Path tmp, Path corpus, Path cacheDir)
      throws IOException {
    CachingEmbedder embedder =
        new CachingEmbedder(OnnxEmbedder.load(config.embedding().model()), cacheDir);
    TalksBot bot =
        TalksBot.open(
            config.withDataDir(tmp.resolve("data")).withCorpusDir(corpus),
            embedder,
            IndexProgress.NONE);
    embedder.save();
    return bot;
  }

  static void deleteTree(Path tmp) throws IOException {
    try (Stream<Path> s = Files.walk(tmp)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  static SuiteResult run(EvalOptions o, TalksbotConfig config) throws IOException {
    String split = NewsSet.split("news", o.split());
    List<NewsSet.NewsQuestion> questions =
        NewsSet.questions().stream()
            .filter(q -> split.equals("all") || q.split().equals(split))
            .toList();
    if (o.limit() > 0 && o.limit() < questions.size()) questions = questions.subList(0, o.limit());
    SuiteResult result = new SuiteResult("news");
    result.settings().put("split", split);
    result.settings().put("questions", questions.size());
    Path tmp = Files.createTempDirectory("talksbot-eval-news-");
    try {
      try (TalksBot bot = open(config, tmp, corpus(tmp), o.cacheDir())) {
        result.settings().put("articles", bot.corpusInfo().articles());
        result.settings().put("passages", bot.corpusInfo().passages());
        Map<String, Tally> tallies = new LinkedHashMap<>();
        Map<String, int[]> byKind = new LinkedHashMap<>();
        for (NewsSet.NewsQuestion q : questions) {
          Answer a = bot.ask(q.q().question());
          Verdict v = judge(q, a);
          for (String row : List.of(q.split(), "all")) {
            tallies.computeIfAbsent(row, k -> new Tally()).add(q, a, v);
          }
          int[] k = byKind.computeIfAbsent(q.kind(), x -> new int[2]);
          k[1]++;
          if (v.ok()) k[0]++;
          if (v.listed())
            result
                .failures()
                .add(
                    String.format(
                        "[%s] %s (%s) %s: %s",
                        q.split(),
                        q.q().id(),
                        q.kind(),
                        String.join("; ", v.why()),
                        CorpusSuite.clip(a.refused() ? q.q().question() : a.text())));
        }
        for (String row : List.of("dev", "test", "all")) {
          if (tallies.containsKey(row) && (split.equals("all") || row.equals(split)))
            tallies.get(row).report(result.system(row));
        }
        Map<String, String> kinds = new LinkedHashMap<>();
        byKind.forEach((k, c) -> kinds.put(k, c[0] + "/" + c[1]));
        result.settings().put("right_by_kind", kinds);
        summary(result, bot.summary(null), NewsSet.summaryFacts());
      }
    } finally {
      deleteTree(tmp);
    }
    result.notes().add("correct: answerable, not refused, scored as the corpus suite scores");
    result
        .notes()
        .add("refused_ok: unanswerable and refused; answered_unans: unanswerable answered");
    result
        .notes()
        .add(
            "notes_other: answers with a dissent note ('"
                + DISSENT_MARK
                + "') to a question whose kind is not disagreement; invented_dis: those whose"
                + " note names someone not among the question's answer words");
    result.notes().add("two_part_full: two-part questions answered with a word of each part");
    return result;
  }

  /**
   * How one answer fared: {@code ok} as the corpus suite scores it (refusals: refused), the reasons
   * when not, and extras that do not change {@code ok}: a dissent note on a question whose kind is
   * not disagreement ({@code noted}), an invented disagreement (such a note naming a rival that is
   * not among the question's answer words, {@link #inventsRival}) and, for a two-part question,
   * whether each part was answered.
   */
  record Verdict(boolean ok, List<String> why, boolean noted, boolean invented, boolean bothParts) {
    Verdict {
      why = List.copyOf(why);
    }

    boolean listed() {
      return !ok || !why.isEmpty();
    }
  }

  /** "… names Y instead." or "… gives Y instead." in a dissent note: Y. */
  private static final java.util.regex.Pattern RIVAL =
      java.util.regex.Pattern.compile("(?:names|gives) (.+?) instead\\.");

  /**
   * Whether a dissent note names a rival that the question's gold does not accept as an answer. A
   * note naming one of its answer words reports a disagreement the coverage holds (the fourth
   * round's Russian head: Medinsky in two reports, Reutov in a newer one, and a question whose gold
   * accepts both). Every note on an unanswerable question invents one.
   */
  static boolean inventsRival(NewsSet.NewsQuestion q, Answer a) {
    java.util.regex.Matcher m = RIVAL.matcher(a.text());
    boolean any = false;
    while (m.find()) {
      any = true;
      String rival = m.group(1).toLowerCase(Locale.ROOT);
      if (q.q().answerWords().stream().noneMatch(w -> rival.contains(w.toLowerCase(Locale.ROOT))))
        return true;
    }
    return !any; // a note this pattern cannot read counts against the answerer
  }

  static Verdict judge(NewsSet.NewsQuestion q, Answer a) {
    List<String> why = new ArrayList<>();
    if (!q.q().answerable()) {
      if (!a.refused()) why.add("answered an unanswerable question");
    } else if (a.refused()) {
      why.add("refused");
    } else {
      why.addAll(CorpusSuite.problems(q.q(), a));
    }
    boolean ok = why.isEmpty();
    boolean noted =
        !a.refused() && !q.kind().equals("disagreement") && a.text().contains(DISSENT_MARK);
    boolean invented = noted && inventsRival(q, a);
    if (invented) why.add("invented disagreement");
    else if (noted)
      why.add("dissent note naming a gold answer (a disagreement the coverage holds)");
    boolean bothParts = !a.refused() && !q.parts().isEmpty() && holdsEachPart(q, a.text());
    if (!q.parts().isEmpty() && !a.refused() && !bothParts) why.add("only one part answered");
    return new Verdict(ok, why, noted, invented, bothParts);
  }

  private static boolean holdsEachPart(NewsSet.NewsQuestion q, String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    return q.parts().stream()
        .allMatch(p -> p.stream().anyMatch(w -> lower.contains(w.toLowerCase(Locale.ROOT))));
  }

  static void summary(SuiteResult result, Answer summary, List<NewsSet.SummaryFact> facts) {
    String lower = summary.text().toLowerCase(Locale.ROOT);
    int found = 0;
    for (NewsSet.SummaryFact f : facts) {
      boolean has = f.words().stream().anyMatch(w -> lower.contains(w.toLowerCase(Locale.ROOT)));
      if (has) found++;
      result.notes().add("summary mentions " + f.name() + ": " + (has ? "yes" : "no"));
    }
    result.settings().put("summary_facts", found + "/" + facts.size());
    result.notes().add("summary: " + CorpusSuite.clip(summary.text()));
  }

  /** Counts for one split. */
  private static final class Tally {
    int questions, answerable, correct, refusedOk, falseRefusal, wrongAnswer, answeredUnans;
    int noted, invented, twoPart, twoPartFull, citations, supported;

    void add(NewsSet.NewsQuestion q, Answer a, Verdict v) {
      questions++;
      if (v.noted()) noted++;
      if (v.invented()) invented++;
      if (!q.q().answerable()) {
        if (a.refused()) refusedOk++;
        else answeredUnans++;
        return;
      }
      answerable++;
      if (!q.parts().isEmpty()) {
        twoPart++;
        if (v.bothParts()) twoPartFull++;
      }
      if (a.refused()) {
        falseRefusal++;
        return;
      }
      citations += a.citations().size();
      supported += CorpusSuite.supportedCitations(q.q(), a);
      if (v.ok()) correct++;
      else wrongAnswer++;
    }

    void report(Map<String, Object> m) {
      int unanswerable = questions - answerable;
      m.put("questions", questions);
      m.put("correct", correct);
      m.put("refused_ok", refusedOk);
      m.put("false_refusal", falseRefusal);
      m.put("wrong_answer", wrongAnswer);
      m.put("answered_unans", answeredUnans);
      m.put("invented_dis", invented);
      m.put("notes_other", noted);
      m.put("answer_acc", SuiteResult.round((double) correct / Math.max(1, answerable), 4));
      m.put("refusal_acc", SuiteResult.round((double) refusedOk / Math.max(1, unanswerable), 4));
      m.put("two_part_full", twoPartFull + "/" + twoPart);
      m.put("cit_support", SuiteResult.round((double) supported / Math.max(1, citations), 4));
    }
  }
}
