package dev.talksbot.eval;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * How a suite runs.
 *
 * @param dataDir the bench-data folder
 * @param split SciFact split to score (test unless tuning)
 * @param limit at most this many questions (0 = all)
 * @param corpusSample SciFact: index only the judged documents of the chosen queries plus this many
 *     others (0 = the whole corpus); for quick runs and the CI smoke test
 * @param runFile SciFact: where to write the hybrid top-100 TREC run (null = none)
 * @param cacheDir passage-vector cache (null = none)
 * @param questionsFile squad2: where to write one line per question ({@link QuestionTable}; null =
 *     none)
 * @param peer whether to run the LangChain4j easy-RAG peer
 * @param log progress (stderr)
 */
public record EvalOptions(
    Path dataDir,
    String split,
    int limit,
    int corpusSample,
    Path runFile,
    Path cacheDir,
    Path questionsFile,
    boolean peer,
    RetrievalSettings settings,
    PrintWriter log) {}
