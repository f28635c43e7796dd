package dev.talksbot.eval;

import dev.talksbot.config.ConfigLoader;
import dev.talksbot.config.TalksbotConfig;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ./talksbot eval scifact|squad|corpus}: quality (and speed) on public and own question
 * sets.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {
      "Measures retrieval and answers: scifact (BEIR SciFact test), squad (SQuAD v1.1 dev), "
          + "squad2 (SQuAD 2.0 dev, --split tune|test), news (our held-out news set, --split "
          + "dev|test|all), offtopic (the news set's questions over the bundled coverage alone: "
          + "those it cannot answer must be refused), corpus (the regression question set over "
          + "the bundled coverage).",
      "Prints a table, or with --json one JSON object {suite, systems: {bm25, dense, hybrid, peer}}."
    })
public final class EvalCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      paramLabel = "SUITE",
      description = "scifact, squad, squad2, news, offtopic or corpus")
  String suite;

  @Option(names = "--json", description = "Print one JSON object instead of the table.")
  boolean json;

  @Option(
      names = "--run",
      paramLabel = "FILE",
      description =
          "scifact: write the hybrid top-100 as a TREC run file; squad2: write the"
              + " coverage-accuracy curve as a PNG.")
  Path runFile;

  @Option(
      names = "--per-question",
      paramLabel = "FILE",
      description =
          "squad2: write one tab-separated line per question (id, refused, right, confidence,"
              + " gold rank, question, gold, answer), to compare two runs question by question.")
  Path questionsFile;

  @Option(names = "--limit", paramLabel = "N", description = "At most N questions (default: all).")
  int limit;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "Benchmark data folder (default: $TALKSBOT_BENCH_DATA, else <home>/../shared/bench-data).")
  Path data;

  @Option(
      names = "--split",
      description =
          "Split to score: scifact train|test, squad2 tune|test|all, news dev|test|all"
              + " (default: test, for news all; scifact tuning uses train).")
  String split;

  @Option(
      names = "--corpus-sample",
      paramLabel = "N",
      description =
          "scifact/squad: index only the documents the chosen questions need plus N others (quick runs).")
  int corpusSample;

  @Option(names = "--no-peer", description = "Skip the LangChain4j easy-RAG peer.")
  boolean noPeer;

  @Option(
      names = "--tune",
      description =
          "scifact: grid-search retrieval settings on the train split and print the best.")
  boolean tune;

  @Option(
      names = "--cache",
      paramLabel = "DIR",
      description =
          "Passage-vector cache (default: <home>/target/eval-cache); results do not depend on it.")
  Path cache;

  @Option(names = "--no-cache", description = "Embed everything afresh.")
  boolean noCache;

  @Option(names = "--k1")
  Double k1;

  @Option(names = "--b")
  Double b;

  @Option(names = "--title-boost")
  Double titleBoost;

  @Option(names = "--rrf-k")
  Integer rrfK;

  @Option(names = "--bm25-weight")
  Double bm25Weight;

  @Option(names = "--dense-weight")
  Double denseWeight;

  @Option(names = "--candidates")
  Integer candidates;

  @Option(
      names = "--depth",
      description =
          "scifact: passages per retriever for deep metrics (default max(candidates, 300)).")
  Integer depth;

  @Option(names = "--target-chars")
  Integer targetChars;

  @Option(names = "--max-chars")
  Integer maxChars;

  @Option(names = "--model", description = "bge-small-en-v15-q or all-minilm-l6-v2-q")
  String model;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter log =
        new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    TalksbotConfig config = ConfigLoader.forProcess().load();
    RetrievalSettings s = settings(RetrievalSettings.of(config));
    Path cacheDir = BenchData.cacheDir(cache, noCache);
    String sp =
        split != null
            ? split
            : tune ? "train" : suite.equals("news") || suite.equals("offtopic") ? "all" : "test";
    EvalOptions o =
        new EvalOptions(
            BenchData.resolve(data),
            sp,
            limit,
            corpusSample,
            runFile,
            cacheDir,
            questionsFile,
            !noPeer,
            s,
            log);
    if (tune) {
      if (!suite.equals("scifact"))
        throw new CommandLine.ParameterException(spec.commandLine(), "--tune is for scifact");
      SciFactTuning.tune(o, out);
      return 0;
    }
    SuiteResult r =
        switch (suite) {
          case "scifact" -> SciFactSuite.run(o);
          case "squad" -> SquadSuite.run(o, config);
          case "corpus" -> CorpusSuite.run(o, config);
          case "squad2" -> Squad2Suite.run(o, config);
          case "news" -> NewsSuite.run(o, config);
          case "offtopic" -> OffTopicSuite.run(o, config);
          default ->
              throw new CommandLine.ParameterException(
                  spec.commandLine(),
                  "unknown suite '"
                      + suite
                      + "' (scifact, squad, squad2, news, offtopic or corpus)");
        };
    if (json) out.println(r.json());
    else r.printTable(out);
    out.flush();
    return 0;
  }

  RetrievalSettings settings(RetrievalSettings d) {
    RetrievalSettings s =
        d.withBm25(
            k1 != null ? k1 : d.k1(),
            b != null ? b : d.b(),
            titleBoost != null ? titleBoost : d.titleBoost());
    s =
        s.withFusion(
            rrfK != null ? rrfK : s.rrfK(),
            bm25Weight != null ? bm25Weight : s.bm25Weight(),
            denseWeight != null ? denseWeight : s.denseWeight());
    int c = candidates != null ? candidates : s.candidates();
    s = s.withCandidates(c, depth != null ? depth : Math.max(c, 300));
    s =
        s.withChunking(
            targetChars != null ? targetChars : s.targetChars(),
            maxChars != null ? maxChars : s.maxChars());
    if (model != null) s = s.withModel(model);
    return s;
  }
}
