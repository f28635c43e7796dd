package dev.talksbot.eval.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.talksbot.answer.TreeEnsemble;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.MutableDataset;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.xgboost.XGBoostClassificationTrainer;
import org.tribuo.common.xgboost.XGBoostModel;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * Fits boosted trees {@code P(y = 1 | x)} with Tribuo's XGBoost trainer and turns them into the
 * runtime's plain {@link TreeEnsemble}, so the bot needs neither Tribuo nor XGBoost's native
 * library.
 *
 * <p>Tribuo trains a two-class XGBoost model with the softmax objective: one tree per class per
 * round, tree {@code k} belonging to class {@code k mod 2}, each class's margin starting from the
 * same base score. {@code P(1) = sigmoid(margin₁ − margin₀)}, so the ensemble keeps the positive
 * class's trees as they are and the negative class's trees with their leaf values negated; the base
 * scores cancel (bias 0).
 */
final class TreeFit {
  private TreeFit() {}

  /** Tribuo's label names of the two classes. */
  static final String POSITIVE = "1";

  static final String NEGATIVE = "0";

  /** Tribuo reports every round through java.util.logging at INFO; kept referenced, so quiet. */
  private static final java.util.logging.Logger TRIBUO_JUL =
      java.util.logging.Logger.getLogger("org.tribuo");

  static {
    TRIBUO_JUL.setLevel(java.util.logging.Level.WARNING);
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * @param rounds boosting rounds (≥ 1)
   * @param depth maximum depth of a tree (≥ 1)
   * @param eta shrinkage of each round's trees (in (0, 1])
   * @param minChildWeight the least hessian sum a leaf may hold (≥ 0)
   * @param lambda L2 penalty on leaf values (≥ 0)
   */
  record Options(int rounds, int depth, double eta, double minChildWeight, double lambda) {
    Options {
      if (rounds < 1 || depth < 1)
        throw new IllegalArgumentException("rounds and depth must be >= 1");
      if (!(eta > 0 && eta <= 1)) throw new IllegalArgumentException("eta must be in (0, 1]");
      if (!(minChildWeight >= 0) || !(lambda >= 0))
        throw new IllegalArgumentException("min child weight and lambda must be >= 0");
    }

    @Override
    public String toString() {
      return "rounds "
          + rounds
          + ", depth "
          + depth
          + ", eta "
          + eta
          + ", min child "
          + minChildWeight;
    }
  }

  /** No split-gain threshold beyond XGBoost's default. */
  private static final double GAMMA = 0;

  /** Every example and every feature in every round (no sampling: same data, same trees). */
  private static final double SUBSAMPLE = 1.0;

  /** No L1 penalty on leaf values. */
  private static final double ALPHA = 0;

  /** One thread: the machine is shared, and the result does not depend on it. */
  private static final int THREADS = 1;

  /** XGBoost's seed (unused without sampling; fixed anyway). */
  private static final long SEED = 42;

  /** The fitted ensemble and the Tribuo model it came from (for checks). */
  record Fitted(TreeEnsemble trees, XGBoostModel<Label> model) {}

  static TreeEnsemble fit(List<String> names, List<double[]> x, List<Boolean> y, Options o) {
    return fitModel(names, x, y, o).trees();
  }

  static Fitted fitModel(List<String> names, List<double[]> x, List<Boolean> y, Options o) {
    if (x.size() != y.size() || x.isEmpty())
      throw new IllegalArgumentException("one label per example, and at least one example");
    LabelFactory labels = new LabelFactory();
    MutableDataset<Label> data =
        new MutableDataset<>(new SimpleDataSourceProvenance("TreeFit", labels), labels);
    String[] featureNames = names.toArray(String[]::new);
    for (int i = 0; i < x.size(); i++)
      data.add(
          new ArrayExample<>(new Label(y.get(i) ? POSITIVE : NEGATIVE), featureNames, x.get(i)));
    XGBoostClassificationTrainer trainer =
        new XGBoostClassificationTrainer(
            o.rounds(),
            o.eta(),
            GAMMA,
            o.depth(),
            o.minChildWeight(),
            SUBSAMPLE,
            SUBSAMPLE,
            o.lambda(),
            ALPHA,
            THREADS,
            true,
            SEED);
    XGBoostModel<Label> model = trainer.train(data);
    return new Fitted(convert(model, names), model);
  }

  private static TreeEnsemble convert(XGBoostModel<Label> model, List<String> names) {
    int pos = model.getOutputIDInfo().getID(new Label(POSITIVE));
    int neg = model.getOutputIDInfo().getID(new Label(NEGATIVE));
    if (pos < 0 || neg < 0) throw new IllegalStateException("the XGBoost model lacks label 0 or 1");
    ImmutableFeatureMap fm = model.getFeatureIDMap();
    String[] byId = new String[fm.size()];
    for (int id = 0; id < byId.length; id++) byId[id] = fm.get(id).getName();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < names.size(); i++) index.put(names.get(i), i);
    Booster booster = model.getInnerModels().getFirst();
    String[] dump;
    try {
      dump = booster.getModelDump(byId, true, "json");
    } catch (XGBoostError e) {
      throw new IllegalStateException("XGBoost could not dump its trees: " + e.getMessage(), e);
    }
    List<TreeEnsemble.Tree> trees = new ArrayList<>();
    for (int k = 0; k < dump.length; k++) {
      double sign = k % 2 == pos ? 1 : -1;
      try {
        trees.add(tree(JSON.readTree(dump[k]), index, sign));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new TreeEnsemble(names, merged(trees), 0);
  }

  /**
   * A round's two trees usually split alike (two-class softmax mirrors them): such a pair becomes
   * one tree whose leaves hold the sum, which gives the same log-odds with half the trees.
   */
  private static List<TreeEnsemble.Tree> merged(List<TreeEnsemble.Tree> trees) {
    List<TreeEnsemble.Tree> out = new ArrayList<>();
    for (int k = 0; k < trees.size(); k += 2) {
      TreeEnsemble.Tree a = trees.get(k);
      TreeEnsemble.Tree b = k + 1 < trees.size() ? trees.get(k + 1) : null;
      if (b != null
          && Arrays.equals(a.feature(), b.feature())
          && Arrays.equals(a.threshold(), b.threshold())
          && Arrays.equals(a.yes(), b.yes())
          && Arrays.equals(a.no(), b.no())) {
        double[] value = new double[a.value().length];
        for (int i = 0; i < value.length; i++) value[i] = a.value()[i] + b.value()[i];
        out.add(new TreeEnsemble.Tree(a.feature(), a.threshold(), a.yes(), a.no(), value));
      } else {
        out.add(a);
        if (b != null) out.add(b);
      }
    }
    return out;
  }

  /** One dumped tree, its nodes renumbered breadth first (so children follow their parent). */
  private static TreeEnsemble.Tree tree(JsonNode root, Map<String, Integer> index, double sign) {
    List<JsonNode> nodes = new ArrayList<>();
    Deque<JsonNode> queue = new ArrayDeque<>(List.of(root));
    Map<Integer, Integer> renumber = new HashMap<>();
    while (!queue.isEmpty()) {
      JsonNode n = queue.removeFirst();
      renumber.put(n.get("nodeid").asInt(), nodes.size());
      nodes.add(n);
      if (n.has("children")) n.get("children").forEach(queue::addLast);
    }
    int size = nodes.size();
    int[] feature = new int[size];
    double[] threshold = new double[size];
    int[] yes = new int[size];
    int[] no = new int[size];
    double[] value = new double[size];
    double[] cover = new double[size];
    for (int i = 0; i < size; i++) {
      JsonNode n = nodes.get(i);
      cover[i] = n.path("cover").asDouble();
      if (n.has("leaf")) {
        feature[i] = -1;
        value[i] = sign * n.get("leaf").asDouble();
        continue;
      }
      Integer f = index.get(n.get("split").asText());
      if (f == null)
        throw new IllegalStateException("a split on unknown feature " + n.get("split"));
      feature[i] = f;
      threshold[i] = n.get("split_condition").asDouble();
      yes[i] = renumber.get(n.get("yes").asInt());
      no[i] = renumber.get(n.get("no").asInt());
    }
    for (int i = size - 1; i >= 0; i--) // children come later: their values are ready
    if (feature[i] >= 0) {
        double c = cover[yes[i]] + cover[no[i]];
        value[i] =
            c > 0
                ? (cover[yes[i]] * value[yes[i]] + cover[no[i]] * value[no[i]]) / c
                : (value[yes[i]] + value[no[i]]) / 2;
        cover[i] = c;
      }
    return new TreeEnsemble.Tree(feature, threshold, yes, no, value);
  }
}
