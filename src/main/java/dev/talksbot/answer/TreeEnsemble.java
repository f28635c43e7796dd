package dev.talksbot.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Boosted regression trees over named features: the log-odds of the positive label is {@code bias}
 * plus one leaf value from each tree; the probability is its logistic. A node splits on {@code
 * x[feature] < threshold} (compared in single precision, as XGBoost, which fitted the trees, does).
 *
 * @param names feature names, in vector order
 * @param trees the trees, each read from its root (node 0)
 * @param bias the log-odds before any tree
 */
public record TreeEnsemble(List<String> names, List<Tree> trees, double bias)
    implements ProbabilityModel {
  static final String KIND = "trees";

  public TreeEnsemble {
    names = List.copyOf(names);
    trees = List.copyOf(trees);
    if (trees.isEmpty()) throw new IllegalArgumentException("tree ensemble: no trees");
    for (Tree t : trees)
      for (int f : t.feature())
        if (f >= names.size())
          throw new IllegalArgumentException(
              "tree ensemble: a split on feature " + f + " of " + names.size());
    if (!Double.isFinite(bias)) throw new IllegalArgumentException("tree ensemble: bad bias");
  }

  /**
   * One tree in flat arrays indexed by node; node 0 is the root, a child's index is greater than
   * its parent's (so every walk ends).
   *
   * @param feature the feature a node splits on, -1 for a leaf
   * @param threshold go to {@code yes} when the feature is below it, else to {@code no}
   * @param yes child when below
   * @param no child when not below
   * @param value a leaf's log-odds; for a split node the cover-weighted mean of its leaves (used
   *     only to explain)
   */
  public record Tree(int[] feature, double[] threshold, int[] yes, int[] no, double[] value) {
    public Tree {
      int n = feature.length;
      if (n == 0 || threshold.length != n || yes.length != n || no.length != n || value.length != n)
        throw new IllegalArgumentException("tree: node arrays must be non-empty, of one length");
      for (int i = 0; i < n; i++) {
        if (!Double.isFinite(value[i]) || !Double.isFinite(threshold[i]))
          throw new IllegalArgumentException("tree: node " + i + " has a value that is not finite");
        if (feature[i] >= 0 && (yes[i] <= i || no[i] <= i || yes[i] >= n || no[i] >= n))
          throw new IllegalArgumentException("tree: node " + i + " has children out of order");
      }
    }

    int leaf(double[] x) {
      int i = 0;
      while (feature[i] >= 0) i = (float) x[feature[i]] < (float) threshold[i] ? yes[i] : no[i];
      return i;
    }
  }

  @Override
  public double probability(double[] x) {
    if (x.length != names.size())
      throw new IllegalArgumentException("expected " + names.size() + " features, got " + x.length);
    double z = bias;
    for (Tree t : trees) z += t.value()[t.leaf(x)];
    return 1 / (1 + Math.exp(-z));
  }

  /** Each split on the path adds the change of the node value it causes to its feature (Saabas). */
  @Override
  public double[] contributions(double[] x) {
    double[] c = new double[names.size()];
    for (Tree t : trees) {
      int i = 0;
      while (t.feature()[i] >= 0) {
        int next = (float) x[t.feature()[i]] < (float) t.threshold()[i] ? t.yes()[i] : t.no()[i];
        c[t.feature()[i]] += t.value()[next] - t.value()[i];
        i = next;
      }
    }
    return c;
  }

  @Override
  public ObjectNode toJson() {
    ObjectNode n = JsonNodeFactory.instance.objectNode();
    n.put("kind", KIND);
    n.putPOJO("names", names);
    n.put("bias", bias);
    ArrayNode ts = n.putArray("trees");
    for (Tree t : trees) {
      ObjectNode o = ts.addObject();
      o.putPOJO("feature", t.feature());
      o.putPOJO("threshold", floats(t.threshold()));
      o.putPOJO("yes", t.yes());
      o.putPOJO("no", t.no());
      o.putPOJO("value", floats(t.value()));
    }
    return n;
  }

  /**
   * Written in single precision: XGBoost's thresholds and leaf values are single precision (the
   * split nodes' values, used only to explain, lose digits that do not matter).
   */
  private static float[] floats(double[] a) {
    float[] out = new float[a.length];
    for (int i = 0; i < a.length; i++) out[i] = (float) a[i];
    return out;
  }

  static TreeEnsemble fromJson(JsonNode n) {
    List<String> names = new ArrayList<>();
    n.get("names").forEach(x -> names.add(x.asText()));
    List<Tree> trees = new ArrayList<>();
    for (JsonNode t : n.get("trees"))
      trees.add(
          new Tree(
              ints(t.get("feature")),
              singles(t.get("threshold")),
              ints(t.get("yes")),
              ints(t.get("no")),
              singles(t.get("value"))));
    return new TreeEnsemble(names, trees, n.get("bias").asDouble());
  }

  private static int[] ints(JsonNode a) {
    int[] out = new int[a.size()];
    for (int i = 0; i < out.length; i++) out[i] = a.get(i).asInt();
    return out;
  }

  /** Single-precision values back to the exact same numbers in double precision. */
  private static double[] singles(JsonNode a) {
    double[] out = new double[a.size()];
    for (int i = 0; i < out.length; i++) out[i] = (float) a.get(i).asDouble();
    return out;
  }
}
