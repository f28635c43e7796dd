package dev.talksbot.index;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How the embedding models' ONNX sessions are made: where the model's bytes come from (an extracted
 * copy when the launcher's cache names one, else the jar) and the session's thread and memory
 * settings, each a named default with a system property to measure another.
 */
public final class OnnxSessions {
  private OnnxSessions() {}

  /**
   * ONNX Runtime's worker threads sleep between runs instead of spinning: spinning threads burned
   * CPU that the other runs needed (on 2 busy cores, one text per run: 58 texts/s with spinning off
   * against 14 with it on: BENCHMARKS.md).
   */
  static final String ALLOW_SPINNING = "0";

  /**
   * Prefix of the system property naming an extracted copy of a model resource (the property's name
   * ends with the resource's name): read from that file, the 32 MB model is not inflated from its
   * jar at every start (about 130 ms of a cold question; BENCHMARKS.md, issue 13 part 7). The
   * launcher's native cache sets it ({@code cli.NativeCache}).
   */
  public static final String EXTRACTED_MODEL_PROPERTY = "talksbot.onnx.model.";

  static byte[] modelBytes(ClassLoader cl, String resource) throws IOException {
    String extracted = System.getProperty(EXTRACTED_MODEL_PROPERTY + resource);
    if (extracted != null) {
      Path file = Path.of(extracted);
      if (Files.isRegularFile(file)) return Files.readAllBytes(file);
    }
    try (InputStream in = open(cl, resource)) {
      return in.readAllBytes();
    }
  }

  /**
   * Threads one model run uses by default: one. Measured on 2 cores (BENCHMARKS.md, "ONNX threads
   * per run"): with one thread a question's embedding is faster than with both cores (a query is a
   * few dozen tokens: splitting it costs more than it saves), one asker's median fell from 17 to
   * 12–15 ms, two askers' throughput rose from 68–81 to 90–103 questions/s, and indexing was no
   * slower; concurrent askers and the answerer's own thread use the other cores.
   */
  static final int DEFAULT_THREADS_PER_RUN = 1;

  /**
   * Threads per run: {@link #DEFAULT_THREADS_PER_RUN}, or the system property
   * talksbot.onnx.threads.
   */
  static int threadsPerRun() {
    return Math.max(1, Integer.getInteger("talksbot.onnx.threads", DEFAULT_THREADS_PER_RUN));
  }

  /**
   * Whether ONNX Runtime keeps freed tensor memory in its own CPU arena for the next run (its
   * default) rather than returning it to malloc; the system property talksbot.onnx.arena overrides
   * it.
   */
  static final boolean DEFAULT_CPU_ARENA = true;

  /**
   * Whether ONNX Runtime plans one block for a run's tensors from the shapes of earlier runs (its
   * default); the system property talksbot.onnx.mempattern overrides it.
   */
  static final boolean DEFAULT_MEMORY_PATTERN = true;

  static boolean flag(String property, boolean byDefault) {
    String v = System.getProperty(property);
    return v == null ? byDefault : Boolean.parseBoolean(v);
  }

  /** A session whose intra-op threads are {@link #threadsPerRun()}. */
  static OrtSession session(OrtEnvironment env, byte[] model, String name) {
    try (OrtSession.SessionOptions opts = new OrtSession.SessionOptions()) {
      opts.setIntraOpNumThreads(threadsPerRun());
      opts.setInterOpNumThreads(1);
      opts.addConfigEntry("session.intra_op.allow_spinning", ALLOW_SPINNING);
      opts.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      opts.setCPUArenaAllocator(flag("talksbot.onnx.arena", DEFAULT_CPU_ARENA));
      opts.setMemoryPatternOptimization(flag("talksbot.onnx.mempattern", DEFAULT_MEMORY_PATTERN));
      return env.createSession(model, opts);
    } catch (OrtException e) {
      throw new IllegalStateException("cannot load the ONNX model " + name, e);
    }
  }

  static InputStream open(ClassLoader cl, String resource) throws IOException {
    InputStream in = cl.getResourceAsStream(resource);
    if (in == null) throw new IOException("resource not on the class path: " + resource);
    return in;
  }
}
