package dev.talksbot.eval;

import dev.talksbot.answer.Answer;
import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.core.TalksBot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The news set's questions asked over the bundled coverage alone: what a reader meets when a
 * question is about something the bot has no article on. A question is <em>off its coverage</em>
 * when it is unanswerable, or when no bundled article holds any of its answer words; every such
 * question should be refused. The others (the bundled articles may answer them) are skipped.
 * Reported per split, as {@code refused} of {@code off_coverage}.
 */
final class OffTopicSuite {
  private OffTopicSuite() {}

  static SuiteResult run(EvalOptions o, TalksbotConfig config) throws IOException {
    String split = NewsSet.split("offtopic", o.split());
    SuiteResult result = new SuiteResult("offtopic");
    result.settings().put("split", split);
    Path tmp = Files.createTempDirectory("talksbot-eval-offtopic-");
    try {
      Path corpus = NewsSuite.bundledCorpus(tmp);
      String coverage = text(corpus);
      try (TalksBot bot = NewsSuite.open(config, tmp, corpus, o.cacheDir())) {
        Map<String, int[]> tally = new LinkedHashMap<>(); // split -> {off coverage, refused}
        int skipped = 0;
        for (NewsSet.NewsQuestion q : NewsSet.questions()) {
          if (!split.equals("all") && !q.split().equals(split)) continue;
          if (!offCoverage(q.q(), coverage)) {
            skipped++;
            continue;
          }
          Answer a = bot.ask(q.q().question());
          for (String row : List.of(q.split(), "all")) {
            int[] t = tally.computeIfAbsent(row, k -> new int[2]);
            t[0]++;
            if (a.refused()) t[1]++;
          }
          if (!a.refused())
            result
                .failures()
                .add(
                    String.format(
                        "[%s] %s answered: %s -> %s",
                        q.split(), q.q().id(), q.q().question(), CorpusSuite.clip(a.text())));
        }
        tally.forEach(
            (row, t) -> {
              if (!split.equals("all") && !row.equals(split)) return;
              Map<String, Object> m = result.system(row);
              m.put("off_coverage", t[0]);
              m.put("refused", t[1]);
              m.put("refused_share", SuiteResult.round((double) t[1] / Math.max(1, t[0]), 4));
            });
        result.settings().put("articles", bot.corpusInfo().articles());
        result.settings().put("skipped_answerable_from_bundled", skipped);
      }
    } finally {
      NewsSuite.deleteTree(tmp);
    }
    result
        .notes()
        .add(
            "off_coverage: the news questions that are unanswerable or whose answer words no bundled"
                + " article holds, asked over the bundled articles alone; all should be refused");
    return result;
  }

  /** Unanswerable, or none of its answer words in the coverage's text (case-insensitive). */
  static boolean offCoverage(CorpusSuite.Question q, String coverageLowerCase) {
    if (!q.answerable()) return true;
    return q.answerWords().stream()
        .noneMatch(w -> coverageLowerCase.contains(w.toLowerCase(Locale.ROOT)));
  }

  private static String text(Path corpus) throws IOException {
    StringBuilder b = new StringBuilder();
    try (Stream<Path> s = Files.list(corpus)) {
      for (Path p : s.sorted().toList())
        b.append(Files.readString(p, StandardCharsets.UTF_8)).append('\n');
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }
}
