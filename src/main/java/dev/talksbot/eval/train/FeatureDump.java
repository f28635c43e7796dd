package dev.talksbot.eval.train;

import dev.talksbot.answer.SelectorFeatures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The labelled sentences of the training questions as TSV ({@code train answerer --dump}), read
 * back by {@code --from-dump} to refit in seconds. One line per sentence; the first column names
 * the question and its copy ("id@k": a weighted question is repeated), the second its source.
 */
final class FeatureDump {
  private FeatureDump() {}

  static final String SQUAD = "squad";
  static final String NEWS = "news";

  private static String header() {
    return "question\tsource\tanswerable\tlabel\t" + String.join("\t", SelectorFeatures.NAMES);
  }

  /** Columns before the features. */
  private static final int LEADING = 4;

  static List<AnswererTraining.Question> read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (lines.isEmpty() || !lines.getFirst().equals(header()))
      throw new IOException(
          file + " was dumped with other features; run train without --from-dump");
    List<AnswererTraining.Question> out = new ArrayList<>();
    String id = null;
    boolean news = false;
    boolean answerable = false;
    List<double[]> vectors = new ArrayList<>();
    List<Boolean> labels = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split("\t");
      if (!f[0].equals(id)) {
        if (id != null)
          out.add(new AnswererTraining.Question(id, news, answerable, vectors, labels));
        id = f[0];
        news = f[1].equals(NEWS);
        answerable = f[2].equals("1");
        vectors = new ArrayList<>();
        labels = new ArrayList<>();
      }
      double[] x = new double[f.length - LEADING];
      for (int i = LEADING; i < f.length; i++) x[i - LEADING] = Double.parseDouble(f[i]);
      vectors.add(x);
      labels.add(f[3].equals("1"));
    }
    if (id != null) out.add(new AnswererTraining.Question(id, news, answerable, vectors, labels));
    return out;
  }

  static void write(List<AnswererTraining.Question> questions, Path file) throws IOException {
    StringBuilder b = new StringBuilder(header()).append('\n');
    for (int k = 0; k < questions.size(); k++) {
      AnswererTraining.Question q = questions.get(k);
      for (int i = 0; i < q.labels().size(); i++) {
        b.append(q.id()).append('@').append(k).append('\t');
        b.append(q.news() ? NEWS : SQUAD).append('\t');
        b.append(q.answerable() ? 1 : 0).append('\t');
        b.append(q.labels().get(i) ? 1 : 0);
        for (double v : q.vectors().get(i)) b.append('\t').append(v);
        b.append('\n');
      }
    }
    Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
  }
}
