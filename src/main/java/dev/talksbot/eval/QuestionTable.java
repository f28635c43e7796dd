package dev.talksbot.eval;

import dev.talksbot.answer.Answer;
import dev.talksbot.answer.Candidate;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * One tab-separated line per SQuAD 2.0 question as {@code eval squad2 --per-question} writes it,
 * for reading which questions a change wins or loses: two runs' files joined on the id show every
 * changed decision. Columns: {@link #HEADER}. {@code right} is the suite's own score of the
 * question; {@code gold_rank} is the 1-based rank of the first candidate sentence holding a gold
 * answer (0 when none does or the question has none); {@code set_backs} names the reading rules
 * that took part in the decision (R ruled out, S speaker unnamed, A a name absent); {@code
 * ruled_out_by} says why a reading rule refused the question whatever its answerability (as {@code
 * ask --explain} does; empty when none did).
 */
final class QuestionTable implements AutoCloseable {
  static final String HEADER =
      "id\tunanswerable\trefused\tright\tconfidence\tset_backs\truled_out_by\tgold_rank\tquestion"
          + "\tgold\tbest";

  private final BufferedWriter out;

  private QuestionTable(BufferedWriter out) {
    this.out = out;
  }

  /** A table at {@code file} (replaced), its header written. */
  static QuestionTable create(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) Files.createDirectories(parent);
    QuestionTable t = new QuestionTable(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    t.out.write(HEADER);
    t.out.newLine();
    return t;
  }

  /** The line of one question and its score. */
  void add(Squad2Run.Outcome o, Squad2Suite.Scored s) {
    var q = o.question();
    var scoring = o.explained().scoring();
    Answer a = o.explained().answer();
    String flags =
        (scoring.ruledOut() ? "R" : "")
            + (scoring.speakerUnnamed() ? "S" : "")
            + (scoring.absentNames().isEmpty() ? "" : "A");
    String line =
        String.join(
            "\t",
            q.id(),
            bit(q.impossible()),
            bit(a.refused()),
            bit(s.right()),
            String.format(Locale.ROOT, "%.4f", s.confidence()),
            flags,
            clean(scoring.ruledOutBy() == null ? "" : scoring.ruledOutBy()),
            Integer.toString(goldRank(o.explained().candidates(), q.answers())),
            clean(q.question()),
            clean(String.join(" | ", q.answers())),
            clean(Squad2Suite.shown(o)));
    try {
      out.write(line);
      out.newLine();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static int goldRank(List<Candidate> candidates, List<String> golds) {
    if (golds.isEmpty()) return 0;
    for (int i = 0; i < candidates.size(); i++)
      if (Metrics.containsGold(candidates.get(i).text(), golds)) return i + 1;
    return 0;
  }

  private static String bit(boolean b) {
    return b ? "1" : "0";
  }

  /** A field on one line: tabs and line breaks become spaces. */
  private static String clean(String s) {
    return s.replaceAll("[\\t\\r\\n]+", " ").strip();
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
