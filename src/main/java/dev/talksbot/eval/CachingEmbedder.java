package dev.talksbot.eval;

import dev.talksbot.index.Embedder;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Evaluation only: remembers passage vectors on disk (one file per model), so re-running a suite or
 * a tuning sweep does not re-embed the same texts. Queries pass through to the model (they are
 * timed). Vectors are exactly what the model returned; the cache changes speed, never results.
 */
public final class CachingEmbedder implements Embedder {
  private final Embedder inner;
  private final Path file;
  private final Map<String, float[]> passages = new ConcurrentHashMap<>();
  private volatile boolean dirty;

  public CachingEmbedder(Embedder inner, Path cacheDir) throws IOException {
    this.inner = inner;
    this.file = cacheDir == null ? null : cacheDir.resolve(inner.name() + ".vectors");
    if (file != null && Files.isRegularFile(file)) load();
  }

  public int cached() {
    return passages.size();
  }

  @Override
  public String name() {
    return inner.name();
  }

  @Override
  public int dimension() {
    return inner.dimension();
  }

  @Override
  public float[] embedQuery(String text) {
    return inner.embedQuery(text);
  }

  @Override
  public float[] embedPassage(String text) {
    float[] v = passages.get(text);
    if (v != null) return v;
    v = inner.embedPassage(text);
    passages.put(text, v);
    dirty = true;
    return v;
  }

  @Override
  public List<float[]> embedPassages(List<String> texts) {
    List<String> missing = new ArrayList<>();
    for (String t : texts) if (!passages.containsKey(t)) missing.add(t);
    if (!missing.isEmpty()) {
      List<float[]> vs = inner.embedPassages(missing);
      for (int i = 0; i < missing.size(); i++) passages.put(missing.get(i), vs.get(i));
      dirty = true;
    }
    return texts.stream().map(passages::get).toList();
  }

  private void load() throws IOException {
    try (DataInputStream in =
        new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
      int n = in.readInt();
      for (int i = 0; i < n; i++) {
        String text = in.readUTF().equals("L") ? readLong(in) : null;
        int dim = in.readInt();
        float[] v = new float[dim];
        for (int j = 0; j < dim; j++) v[j] = in.readFloat();
        passages.put(text, v);
      }
    } catch (IOException | RuntimeException e) {
      passages.clear(); // a damaged cache is only a slower run
    }
  }

  private static String readLong(DataInputStream in) throws IOException {
    byte[] b = new byte[in.readInt()];
    in.readFully(b);
    return new String(b, java.nio.charset.StandardCharsets.UTF_8);
  }

  /** Writes the cache when it grew. */
  public void save() throws IOException {
    if (file == null || !dirty) return;
    Files.createDirectories(file.getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    try (DataOutputStream out =
        new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16))) {
      Map<String, float[]> snapshot = Map.copyOf(passages);
      out.writeInt(snapshot.size());
      for (var e : snapshot.entrySet()) {
        out.writeUTF("L");
        byte[] b = e.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
        out.writeInt(e.getValue().length);
        for (float f : e.getValue()) out.writeFloat(f);
      }
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    dirty = false;
  }
}
