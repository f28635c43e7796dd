package dev.talksbot.eval.train;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.answer.SelectorModel;
import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.eval.BenchData;
import dev.talksbot.eval.RetrievalSettings;
import dev.talksbot.eval.Squad2Run;
import dev.talksbot.eval.Squad2Run.Removed;
import dev.talksbot.eval.train.AnswererTraining.Question;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The questions asked without part of their coverage, and how a dump's questions are kept. */
class TrainingQuestionsTest {
  private static Question q(String id, boolean news) {
    return new Question(id, news, false, List.of(new double[] {1}), List.of(false));
  }

  @Test
  void aVariantIsToldByItsIdAndSharesItsQuestionsFold() {
    assertThat(TrainingQuestions.removed("q1")).isEqualTo(Removed.NOTHING);
    assertThat(TrainingQuestions.removed("q1@7")).isEqualTo(Removed.NOTHING);
    assertThat(TrainingQuestions.removed("q1~article@7")).isEqualTo(Removed.ARTICLE);
    assertThat(TrainingQuestions.removed("q1~paragraph")).isEqualTo(Removed.PARAGRAPH);
    assertThat(CrossValidation.base("q1~article@7")).isEqualTo("q1");
    assertThat(CrossValidation.fold("q1~paragraph@3")).isEqualTo(CrossValidation.fold("q1@0"));
  }

  @Test
  void keepingNegativesDropsTheOtherVariantsAndReweighsTheNewsCopies() {
    List<Question> dump = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      dump.add(q("s" + i + "@" + i, false));
      dump.add(q("s" + i + "~paragraph@" + i, false));
      if (i % 4 == 0) dump.add(q("s" + i + "~article@" + i, false));
    }
    // two news questions, each copied 9 times (as 18 SQuAD questions needed)
    for (int k = 0; k < 9; k++) {
      dump.add(q("n1@" + (100 + k), true));
      dump.add(q("n2@" + (200 + k), true));
    }
    List<Question> kept = TrainingQuestions.keepNegatives(dump, Set.of(Removed.ARTICLE));
    Map<Removed, Long> squad =
        kept.stream()
            .filter(x -> !x.news())
            .collect(
                Collectors.groupingBy(
                    x -> TrainingQuestions.removed(x.id()), Collectors.counting()));
    assertThat(squad)
        .containsExactlyInAnyOrderEntriesOf(Map.of(Removed.NOTHING, 8L, Removed.ARTICLE, 2L));
    // 10 SQuAD questions left: each news question counts 5 times
    assertThat(kept.stream().filter(Question::news).count()).isEqualTo(10);
    assertThat(kept.stream().filter(x -> x.id().startsWith("n1")).count()).isEqualTo(5);
  }

  @Test
  void aQuestionAskedWithoutItsArticleOrParagraphSeesNoneOfIt(@TempDir Path tmp) throws Exception {
    Path data = BenchData.resolve(null);
    boolean present = Files.isDirectory(data.resolve("squad2"));
    if (System.getenv("CI") != null) assertThat(present).as("bench data in CI").isTrue();
    org.junit.jupiter.api.Assumptions.assumeTrue(present, "no bench data at " + data);
    BenchData.Squad2 tune = BenchData.squad2(data, "tune");
    Map<String, String> titleOf = new java.util.HashMap<>();
    for (var p : tune.paragraphs()) titleOf.put(p.id(), p.title());
    TalksbotConfig config = TalksbotConfig.defaults();
    List<Squad2Run.Outcome> seen = Collections.synchronizedList(new ArrayList<>());
    Squad2Run.run(
        tune,
        40,
        30,
        config,
        RetrievalSettings.of(config),
        BenchData.cacheDir(tmp, true),
        SelectorModel.untrained(),
        Set.of(Removed.ARTICLE, Removed.PARAGRAPH),
        new PrintWriter(new StringWriter()),
        seen::add);
    List<Squad2Run.Outcome> full =
        seen.stream().filter(o -> o.removed() == Removed.NOTHING).toList();
    assertThat(full).hasSize(40);
    assertThat(seen.stream().filter(o -> o.removed() == Removed.ARTICLE))
        .hasSize(40 / Squad2Run.ARTICLE_SAMPLE)
        .allSatisfy(
            o ->
                assertThat(o.explained().candidates())
                    .noneMatch(
                        c -> c.article().title().equals(titleOf.get(o.question().paragraphId()))));
    assertThat(seen.stream().filter(o -> o.removed() == Removed.PARAGRAPH))
        .hasSize((int) full.stream().filter(o -> !o.question().impossible()).count())
        .allSatisfy(
            o ->
                assertThat(o.explained().candidates())
                    .noneMatch(c -> c.article().id().equals(o.question().paragraphId())));
    // asked in full, most questions meet a sentence of their own paragraph
    assertThat(
            full.stream()
                .filter(
                    o ->
                        o.explained().candidates().stream()
                            .anyMatch(c -> c.article().id().equals(o.question().paragraphId())))
                .count())
        .isGreaterThan(30);
  }
}
