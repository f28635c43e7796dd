package dev.talksbot.eval.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CrossValidationTest {
  private static AnswererTraining.Ranked q(boolean right, double... features) {
    return new AnswererTraining.Ranked(true, right, features);
  }

  @Test
  void copiesOfAQuestionShareTheirFold() {
    assertThat(CrossValidation.fold("d07@12")).isEqualTo(CrossValidation.fold("d07@9000"));
    assertThat(CrossValidation.fold("d07")).isEqualTo(CrossValidation.fold("d07@3"));
    assertThat(IntStream.range(0, 200).map(i -> CrossValidation.fold("q" + i)).distinct().count())
        .isEqualTo(CrossValidation.FOLDS);
  }

  @Test
  void aucCountsPairsRankedRightAndHalvesTies() {
    List<AnswererTraining.Ranked> qs = List.of(q(true), q(false), q(true), q(false));
    // right ones at 0.9 and 0.4, wrong ones at 0.5 and 0.1: 3 of 4 pairs in order
    assertThat(CrossValidation.auc(new double[] {0.9, 0.5, 0.4, 0.1}, qs)).isEqualTo(0.75);
    assertThat(CrossValidation.auc(new double[] {0.5, 0.5, 0.5, 0.5}, qs)).isEqualTo(0.5);
    assertThat(CrossValidation.auc(new double[] {0.9, 0.1, 0.8, 0.2}, qs)).isEqualTo(1.0);
  }

  @Test
  void heldOutProbabilitiesComeFromModelsThatNeverSawTheQuestion() {
    // every question is unique noise: a model that memorised its training questions would score
    // them perfectly, but held out it can do no better than chance
    Random r = new Random(7);
    List<AnswererTraining.Ranked> qs = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    List<Boolean> news = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      qs.add(new AnswererTraining.Ranked(true, r.nextBoolean(), new double[] {r.nextDouble()}));
      ids.add("q" + i);
      news.add(false);
    }
    StageTwo memorise = new StageTwo.Trees(new TreeFit.Options(200, 8, 1.0, 0, 0));
    CrossValidation.Report rep = CrossValidation.run(memorise, List.of("x"), ids, news, qs);
    // fitted on all of them, the same trees score their own questions almost perfectly
    var all =
        memorise.fit(
            List.of("x"),
            qs.stream().map(AnswererTraining.Ranked::features).toList(),
            qs.stream().map(AnswererTraining.Ranked::right).toList(),
            qs.stream().map(q -> dev.talksbot.eval.Squad2Run.Removed.NOTHING).toList());
    double[] inSample = qs.stream().mapToDouble(x -> all.probability(x.features())).toArray();
    assertThat(CrossValidation.auc(inSample, qs)).isGreaterThan(0.9);
    assertThat(rep.auc()).isCloseTo(0.5, within(0.08));
  }
}
