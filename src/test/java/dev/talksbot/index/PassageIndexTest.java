package dev.talksbot.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.answer.Answer;
import dev.talksbot.core.IngestReport;
import dev.talksbot.core.TalksBot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PassageIndexTest {
  @TempDir Path corpus;

  static final String NEW_ARTICLE =
      """
      date 2025-07-24 By Ana Petrova, Balkan Wire Service
      Negotiators from Russia and Ukraine agreed in Istanbul to a new exchange of 1,200 prisoners, \
      Turkish Foreign Minister Hakan Fidan said on Thursday.

      Fidan said the swap would take place in stages over the coming weeks.
      """;

  @Test
  void addingAnArticleDoesNotRebuildAndIsAnsweredAtOnce() throws IOException {
    Files.copy(
        TestCorpus.corpusDir().resolve("001_03bb27ef92224f2d.txt"),
        corpus.resolve("001_03bb27ef92224f2d.txt"));
    try (TalksBot bot = TestCorpus.freshBot(corpus)) {
      PassageIndex index = (PassageIndex) bot.index();
      int passagesBefore = index.passageCount();
      Path segmentsBefore = newestSegmentsFile(bot);
      Path f = Files.writeString(corpus.resolve("new.txt"), NEW_ARTICLE);
      IngestReport r = bot.add(f);
      assertThat(r.added()).containsExactly("new");
      assertThat(index.articles()).containsKeys("001_03bb27ef92224f2d", "new");
      assertThat(index.passageCount()).isGreaterThan(passagesBefore);
      // the old article's documents were kept, not rewritten: its segment file is still there
      assertThat(Files.exists(segmentsBefore.getParent().resolve(firstSegmentName(segmentsBefore))))
          .isTrue();

      Answer a = bot.ask("How many prisoners will be exchanged according to Hakan Fidan?");
      assertThat(a.refused()).isFalse();
      assertThat(a.text()).contains("1,200");
      assertThat(a.citations().getFirst().outlet()).isEqualTo("Balkan Wire Service");

      // adding the same file again changes nothing
      assertThat(bot.add(f).unchanged()).containsExactly("new");
    }
  }

  @Test
  void aRunningInstanceSeesArticlesAnotherInstanceAdded() throws Exception {
    Files.copy(
        TestCorpus.corpusDir().resolve("001_03bb27ef92224f2d.txt"),
        corpus.resolve("001_03bb27ef92224f2d.txt"));
    try (TalksBot serving = TestCorpus.freshBot(corpus)) {
      assertThat(
              serving
                  .ask("How many prisoners will be exchanged according to Hakan Fidan?")
                  .refused())
          .isTrue();
      var cfg = serving.config();
      try (TalksBot cli = TalksBot.open(cfg, TestCorpus.embedder(), IndexProgress.NONE)) {
        cli.add(Files.writeString(corpus.resolve("new.txt"), NEW_ARTICLE));
      }
      // the serving instance notices the new commit by itself (checked at most once a second)
      long deadline = System.nanoTime() + 10_000_000_000L;
      Answer a = serving.ask("How many prisoners will be exchanged according to Hakan Fidan?");
      while (a.refused() && System.nanoTime() < deadline) {
        Thread.sleep(200);
        a = serving.ask("How many prisoners will be exchanged according to Hakan Fidan?");
      }
      assertThat(a.text()).contains("1,200");
      assertThat(serving.sources()).extracting(dev.talksbot.ingest.Article::id).contains("new");
    }
  }

  @Test
  void resultsAreDeterministic() throws IOException {
    TalksBot bot = TestCorpus.bot();
    var first = bot.retrieve("prisoner exchanges agreed in May and June");
    for (int i = 0; i < 3; i++) {
      assertThat(bot.retrieve("prisoner exchanges agreed in May and June"))
          .extracting(p -> p.passage().id())
          .containsExactlyElementsOf(first.stream().map(p -> p.passage().id()).toList());
    }
  }

  @Test
  void bothRetrieversContributeToTheFusedRanking() {
    var hits = TestCorpus.bot().retrieve("Who leads the Ukrainian delegation?");
    assertThat(hits).isNotEmpty();
    assertThat(hits).anyMatch(h -> h.bm25Rank() > 0).anyMatch(h -> h.denseRank() > 0);
    assertThat(hits).allMatch(h -> h.bm25Rank() > 0 || h.denseRank() > 0);
  }

  private static Path newestSegmentsFile(TalksBot bot) throws IOException {
    try (var s = Files.list(bot.config().indexDir())) {
      return s.filter(p -> p.getFileName().toString().startsWith("segments_"))
          .findFirst()
          .orElseThrow();
    }
  }

  private static String firstSegmentName(Path segments) throws IOException {
    try (var s = Files.list(segments.getParent())) {
      return s.map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith("_0"))
          .findFirst()
          .orElseThrow();
    }
  }
}
