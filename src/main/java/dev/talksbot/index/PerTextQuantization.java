package dev.talksbot.index;

import ai.onnx.proto.OnnxMl;
import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import com.google.protobuf.ByteString;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rewrites a dynamically quantized BERT graph so that a batch computes what each of its texts
 * computes alone.
 *
 * <p>{@code DynamicQuantizeLinear} takes one scale and zero point from the minimum and maximum of
 * the whole activation tensor: in a padded batch, the other texts and the padding change every
 * text's quantization (cosine 0.99 to the text run alone). Here each such node becomes the same
 * arithmetic per text, over the text's own tokens (the attention mask): scale and zero point of
 * shape [batch, 1, 1]. {@code MatMulInteger} takes only a scalar zero point for its first input, so
 * it runs with zero and the per-text term {@code zp · Σ_k (W[k][n] − wzp)} is subtracted from its
 * exact int32 result. Downstream, the scales multiply by broadcasting as before.
 */
final class PerTextQuantization {
  private PerTextQuantization() {}

  private static final int FLOAT = TensorProto.DataType.FLOAT_VALUE;
  private static final int UINT8 = TensorProto.DataType.UINT8_VALUE;
  private static final int INT8 = TensorProto.DataType.INT8_VALUE;
  private static final int INT32 = TensorProto.DataType.INT32_VALUE;
  private static final int BOOL = TensorProto.DataType.BOOL_VALUE;
  private static final String P = "pertext/";

  /** The rewritten model, or the model unchanged when it has no dynamic quantization. */
  static byte[] rewrite(byte[] modelBytes)
      throws com.google.protobuf.InvalidProtocolBufferException {
    OnnxMl.ModelProto model = OnnxMl.ModelProto.parseFrom(modelBytes);
    GraphProto g = model.getGraph();
    if (g.getNodeList().stream().noneMatch(n -> n.getOpType().equals("DynamicQuantizeLinear")))
      return modelBytes;
    Map<String, TensorProto> init = new HashMap<>();
    for (TensorProto t : g.getInitializerList()) init.put(t.getName(), t);
    GraphProto.Builder out = g.toBuilder().clearNode();
    out.addInitializer(scalar(P + "zero", 0f));
    out.addInitializer(scalar(P + "q255", 255f));
    out.addInitializer(scalar(P + "inf", Float.POSITIVE_INFINITY));
    out.addInitializer(scalar(P + "-inf", Float.NEGATIVE_INFINITY));
    out.addInitializer(
        TensorProto.newBuilder()
            .setName(P + "u8zero")
            .setDataType(UINT8)
            .setRawData(ByteString.copyFrom(new byte[] {0})));
    // the attention mask as booleans [batch, length, 1]
    out.addNode(node("Cast", List.of("attention_mask"), P + "mask_bool", intAttr("to", BOOL)));
    out.addNode(
        node(
            "Unsqueeze",
            List.of(P + "mask_bool"),
            P + "mask",
            AttributeProto.newBuilder()
                .setName("axes")
                .setType(AttributeProto.AttributeType.INTS)
                .addInts(2)
                .build()));
    Map<String, String> zeroPointOf = new HashMap<>(); // quantized output -> its per-text zp (u8)
    int k = 0;
    for (NodeProto n : g.getNodeList()) {
      if (n.getOpType().equals("DynamicQuantizeLinear")) {
        addPerTextQuantize(out, n, P + "q" + k++ + "/");
        zeroPointOf.put(n.getOutput(0), n.getOutput(2));
      } else if (n.getOpType().equals("MatMulInteger") && zeroPointOf.containsKey(n.getInput(0))) {
        addCorrectedMatMul(out, n, init, P + "m" + k++ + "/");
      } else {
        out.addNode(n);
      }
    }
    return model.toBuilder().setGraph(out).build().toByteArray();
  }

  /** DynamicQuantizeLinear's arithmetic (ONNX spec, uint8) per text over its own tokens. */
  private static void addPerTextQuantize(GraphProto.Builder g, NodeProto n, String p) {
    String x = n.getInput(0);
    g.addNode(node("Where", List.of(P + "mask", x, P + "-inf"), p + "xmax_in"));
    g.addNode(node("ReduceMax", List.of(p + "xmax_in"), p + "xmax", axes12(), keep()));
    g.addNode(node("Max", List.of(p + "xmax", P + "zero"), p + "max"));
    g.addNode(node("Where", List.of(P + "mask", x, P + "inf"), p + "xmin_in"));
    g.addNode(node("ReduceMin", List.of(p + "xmin_in"), p + "xmin", axes12(), keep()));
    g.addNode(node("Min", List.of(p + "xmin", P + "zero"), p + "min"));
    g.addNode(node("Sub", List.of(p + "max", p + "min"), p + "range"));
    String scale = n.getOutput(1);
    g.addNode(node("Div", List.of(p + "range", P + "q255"), scale));
    // zero point = round(saturate(0 - min / scale))
    g.addNode(node("Div", List.of(p + "min", scale), p + "min_s"));
    g.addNode(node("Sub", List.of(P + "zero", p + "min_s"), p + "zp_raw"));
    g.addNode(node("Clip", List.of(p + "zp_raw", P + "zero", P + "q255"), p + "zp_sat"));
    g.addNode(node("Round", List.of(p + "zp_sat"), p + "zp_f"));
    g.addNode(node("Cast", List.of(p + "zp_f"), n.getOutput(2), intAttr("to", UINT8)));
    // y = saturate(round(x / scale) + zero point)
    g.addNode(node("Div", List.of(x, scale), p + "x_s"));
    g.addNode(node("Round", List.of(p + "x_s"), p + "x_r"));
    g.addNode(node("Add", List.of(p + "x_r", p + "zp_f"), p + "x_z"));
    g.addNode(node("Clip", List.of(p + "x_z", P + "zero", P + "q255"), p + "x_c"));
    g.addNode(node("Cast", List.of(p + "x_c"), n.getOutput(0), intAttr("to", UINT8)));
  }

  /** MatMulInteger(q, W, 0, wzp) − zp · colsum(W − wzp): exact int32, as with zp per text. */
  private static void addCorrectedMatMul(
      GraphProto.Builder g, NodeProto n, Map<String, TensorProto> init, String p) {
    String q = n.getInput(0);
    String zp = n.getInput(2);
    TensorProto w = required(init, n.getInput(1));
    TensorProto wzp = n.getInputCount() > 3 ? required(init, n.getInput(3)) : null;
    int[] colsum = columnSums(w, wzp);
    List<String> inputs = new ArrayList<>(List.of(q, n.getInput(1), P + "u8zero"));
    if (wzp != null) inputs.add(n.getInput(3));
    g.addNode(node("MatMulInteger", inputs, p + "raw"));
    g.addInitializer(int32Vector(p + "colsum", colsum));
    g.addNode(node("Cast", List.of(zp), p + "zp_i", intAttr("to", INT32)));
    g.addNode(node("Mul", List.of(p + "zp_i", p + "colsum"), p + "corr"));
    g.addNode(node("Sub", List.of(p + "raw", p + "corr"), n.getOutput(0)));
  }

  private static TensorProto required(Map<String, TensorProto> init, String name) {
    TensorProto t = init.get(name);
    if (t == null) throw new IllegalArgumentException("not a constant weight: " + name);
    return t;
  }

  /** Σ_k (W[k][n] − wzp[n]) for a [K, N] weight, uint8 or int8, zero point scalar or per column. */
  static int[] columnSums(TensorProto w, TensorProto wzp) {
    if (w.getDimsCount() != 2) throw new IllegalArgumentException("weight not 2-D: " + w.getName());
    int rows = (int) w.getDims(0);
    int cols = (int) w.getDims(1);
    int[] values = ints(w);
    int[] zps = wzp == null ? new int[] {0} : ints(wzp);
    int[] sums = new int[cols];
    for (int r = 0; r < rows; r++)
      for (int c = 0; c < cols; c++) sums[c] += values[r * cols + c] - zps[zps.length == 1 ? 0 : c];
    return sums;
  }

  private static int[] ints(TensorProto t) {
    boolean unsigned = t.getDataType() == UINT8;
    if (!unsigned && t.getDataType() != INT8)
      throw new IllegalArgumentException("weight neither uint8 nor int8: " + t.getName());
    if (!t.getRawData().isEmpty()) {
      byte[] raw = t.getRawData().toByteArray();
      int[] v = new int[raw.length];
      for (int i = 0; i < raw.length; i++) v[i] = unsigned ? raw[i] & 0xff : raw[i];
      return v;
    }
    return t.getInt32DataList().stream().mapToInt(Integer::intValue).toArray();
  }

  private static TensorProto scalar(String name, float value) {
    return TensorProto.newBuilder()
        .setName(name)
        .setDataType(FLOAT)
        .setRawData(
            ByteString.copyFrom(
                ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putFloat(0, value).array()))
        .build();
  }

  private static TensorProto int32Vector(String name, int[] values) {
    ByteBuffer b = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
    for (int v : values) b.putInt(v);
    return TensorProto.newBuilder()
        .setName(name)
        .setDataType(INT32)
        .addDims(values.length)
        .setRawData(ByteString.copyFrom(b.array()))
        .build();
  }

  private static NodeProto node(
      String op, List<String> inputs, String output, AttributeProto... attrs) {
    NodeProto.Builder b =
        NodeProto.newBuilder().setOpType(op).setName(output + "/" + op).addAllInput(inputs);
    b.addOutput(output);
    for (AttributeProto a : attrs) b.addAttribute(a);
    return b.build();
  }

  private static AttributeProto intAttr(String name, int value) {
    return AttributeProto.newBuilder()
        .setName(name)
        .setType(AttributeProto.AttributeType.INT)
        .setI(value)
        .build();
  }

  private static AttributeProto axes12() {
    return AttributeProto.newBuilder()
        .setName("axes")
        .setType(AttributeProto.AttributeType.INTS)
        .addInts(1)
        .addInts(2)
        .build();
  }

  private static AttributeProto keep() {
    return intAttr("keepdims", 1);
  }
}
