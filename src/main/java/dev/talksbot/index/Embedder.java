package dev.talksbot.index;

import java.util.List;

/** Turns text into unit-length vectors; queries and passages may be embedded differently. */
public interface Embedder {
  /** Model name, recorded in the index so a model change is detected. */
  String name();

  int dimension();

  float[] embedQuery(String text);

  /** Embeds passages (documents); the default embeds them one by one. */
  default List<float[]> embedPassages(List<String> texts) {
    return texts.stream().map(this::embedPassage).toList();
  }

  float[] embedPassage(String text);

  static float dot(float[] a, float[] b) {
    float s = 0;
    for (int i = 0; i < a.length; i++) s += a[i] * b[i];
    return s;
  }

  static float[] normalize(float[] v) {
    double n = 0;
    for (float x : v) n += x * x;
    n = Math.sqrt(n);
    if (n == 0) return v;
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) out[i] = (float) (v[i] / n);
    return out;
  }
}
