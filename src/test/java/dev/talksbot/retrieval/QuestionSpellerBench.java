package dev.talksbot.retrieval;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.talksbot.TestCorpus;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark (not a test): spelling correction over the bundled corpus index. Takes the project's
 * question set and a copy of each question with typos in its two longest words (middle letters
 * swapped in one, a letter dropped in the other); prints how many correct questions were changed,
 * how many typo'd ones were restored exactly, and the time per question over {@code -Dn}
 * corrections (default 1,000) after as many for warm-up.
 */
public final class QuestionSpellerBench {
  private QuestionSpellerBench() {}

  /** Words at least this long get a typo. */
  private static final int TYPO_MIN_LENGTH = 6;

  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  public static void main(String[] args) throws Exception {
    int n = Integer.parseInt(System.getProperty("n", "1000"));
    List<String> questions = new ArrayList<>();
    ObjectMapper json = new ObjectMapper();
    try (InputStream in =
        QuestionSpellerBench.class.getResourceAsStream("/eval/corpus-questions.jsonl")) {
      for (String line : new String(in.readAllBytes(), "UTF-8").split("\n")) {
        if (!line.isBlank()) questions.add(json.readTree(line).get("question").asText());
      }
    }
    var index = TestCorpus.bot().index();
    long t0 = System.nanoTime();
    QuestionSpeller speller = new QuestionSpeller(index);
    speller.correct("Who leads the delegaton?");
    System.out.printf(
        Locale.ROOT, "first speller and typo: %.0f ms%n", (System.nanoTime() - t0) / 1e6);

    int changed = 0;
    int restored = 0;
    List<String> all = new ArrayList<>(questions);
    for (String q : questions) {
      Correction c = speller.correct(q);
      if (c.changed()) {
        changed++;
        System.out.println("changed a correct question: " + q + " -> " + c.corrected());
      }
      String typo = withTypos(q);
      all.add(typo);
      Correction t = speller.correct(typo);
      if (t.corrected().equals(q)) restored++;
      else System.out.println("left: " + typo + " -> " + t.corrected());
    }
    System.out.printf(
        Locale.ROOT,
        "correct questions changed: %d of %d; typo'd questions restored exactly: %d of %d%n",
        changed,
        questions.size(),
        restored,
        questions.size());

    for (int i = 0; i < n; i++) speller.correct(all.get(i % all.size()));
    t0 = System.nanoTime();
    for (int i = 0; i < n; i++) speller.correct(all.get(i % all.size()));
    double ms = (System.nanoTime() - t0) / 1e6;
    System.out.printf(
        Locale.ROOT,
        "%d corrections (%d questions, half with typos): %.0f ms, %.3f ms per question%n",
        n,
        all.size(),
        ms,
        ms / n);
    TestCorpus.bot().close();
  }

  static String withTypos(String q) {
    List<int[]> words = new ArrayList<>();
    Matcher m = WORD.matcher(q);
    while (m.find()) {
      if (m.end() - m.start() >= TYPO_MIN_LENGTH) words.add(new int[] {m.start(), m.end()});
    }
    words.sort(Comparator.comparingInt((int[] w) -> w[0] - w[1]));
    StringBuilder b = new StringBuilder(q);
    List<int[]> two = new ArrayList<>(words.subList(0, Math.min(2, words.size())));
    two.sort(Comparator.comparingInt((int[] w) -> -w[0])); // right to left: offsets stay valid
    for (int[] w : two) {
      int mid = (w[0] + w[1]) / 2;
      if (w == words.get(0)) { // swap two middle letters (two that differ)
        if (b.charAt(mid) == b.charAt(mid + 1)) mid--;
        char c = b.charAt(mid);
        b.setCharAt(mid, b.charAt(mid + 1));
        b.setCharAt(mid + 1, c);
      } else {
        b.deleteCharAt(mid); // drop one
      }
    }
    return b.toString();
  }
}
