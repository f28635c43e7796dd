package dev.talksbot.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.talksbot.ingest.Article;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The public benchmark sets in {@code ../shared/bench-data} (relative to the project home, the
 * {@code talksbot.home} system property the launcher sets). Override with {@code --data DIR} or the
 * environment variable {@code TALKSBOT_BENCH_DATA}.
 */
public final class BenchData {
  public static final String ENV = "TALKSBOT_BENCH_DATA";
  private static final ObjectMapper JSON = new ObjectMapper();

  private BenchData() {}

  public static Path resolve(Path explicit) {
    if (explicit != null) return explicit.toAbsolutePath().normalize();
    String env = System.getenv(ENV);
    if (env != null && !env.isBlank()) return Path.of(env).toAbsolutePath().normalize();
    String home = System.getProperty("talksbot.home");
    Path h = Path.of(home == null ? "." : home).toAbsolutePath();
    return h.resolve("..").resolve("shared").resolve("bench-data").normalize();
  }

  /**
   * The vector cache folder: {@code explicit}, else {@code <home>/target/eval-cache}; null when
   * caching is off.
   */
  public static Path cacheDir(Path explicit, boolean off) {
    if (off) return null;
    return explicit != null ? explicit : projectHome().resolve("target").resolve("eval-cache");
  }

  public static Path projectHome() {
    String home = System.getProperty("talksbot.home");
    return Path.of(home == null ? "." : home).toAbsolutePath().normalize();
  }

  // ------------------------------------------------------------------ SciFact (BEIR layout)

  /** BEIR SciFact: corpus as articles, queries by id, graded qrels by query id then doc id. */
  public record SciFact(
      List<Article> corpus,
      Map<String, String> queries,
      Map<String, Map<String, Integer>> train,
      Map<String, Map<String, Integer>> test) {
    public Map<String, Map<String, Integer>> split(String name) {
      return switch (name) {
        case "train" -> train;
        case "test" -> test;
        default -> throw new IllegalArgumentException("split must be train or test");
      };
    }
  }

  public static SciFact scifact(Path dataDir) throws IOException {
    Path d = dataDir.resolve("scifact");
    requireDir(d);
    List<Article> corpus = new ArrayList<>();
    for (JsonNode n : jsonLines(d.resolve("corpus.jsonl"))) {
      corpus.add(
          new Article(
              n.get("_id").asText(),
              "scifact",
              n.path("title").asText(""),
              null,
              List.of(),
              null,
              null,
              n.get("text").asText()));
    }
    Map<String, String> queries = new LinkedHashMap<>();
    for (JsonNode n : jsonLines(d.resolve("queries.jsonl")))
      queries.put(n.get("_id").asText(), n.get("text").asText());
    return new SciFact(
        corpus, queries, qrels(d.resolve("qrels/train.tsv")), qrels(d.resolve("qrels/test.tsv")));
  }

  static Map<String, Map<String, Integer>> qrels(Path tsv) throws IOException {
    Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
    for (String line : lines) {
      String[] f = line.strip().split("\\s+");
      if (f.length < 3 || f[0].equals("query-id")) continue;
      out.computeIfAbsent(f[0], k -> new LinkedHashMap<>()).put(f[1], Integer.parseInt(f[2]));
    }
    return out;
  }

  // ------------------------------------------------------------------ SQuAD v1.1

  public record SquadParagraph(String id, String title, String context) {}

  public record SquadQuestion(
      String id, String question, String paragraphId, List<String> answers) {}

  public record Squad(List<SquadParagraph> paragraphs, List<SquadQuestion> questions) {}

  public static Squad squad(Path dataDir) throws IOException {
    Path f = dataDir.resolve("squad").resolve("dev-v1.1.json");
    if (!Files.isRegularFile(f))
      throw new IOException("SQuAD file not found: " + f + " (set --data or " + ENV + ")");
    JsonNode root = JSON.readTree(f.toFile());
    List<SquadParagraph> paragraphs = new ArrayList<>();
    List<SquadQuestion> questions = new ArrayList<>();
    int a = 0;
    for (JsonNode art : root.get("data")) {
      String title = art.get("title").asText().replace('_', ' ');
      int p = 0;
      for (JsonNode para : art.get("paragraphs")) {
        String pid = "squad-" + a + "-" + p++;
        paragraphs.add(new SquadParagraph(pid, title, para.get("context").asText()));
        for (JsonNode qa : para.get("qas")) {
          List<String> golds = new ArrayList<>();
          for (JsonNode ans : qa.get("answers")) golds.add(ans.get("text").asText());
          questions.add(
              new SquadQuestion(qa.get("id").asText(), qa.get("question").asText(), pid, golds));
        }
      }
      a++;
    }
    return new Squad(paragraphs, questions);
  }

  // ------------------------------------------------------------------ SQuAD v2.0

  /** A SQuAD 2.0 question: {@code answers} is empty when it is unanswerable from its paragraph. */
  public record Squad2Question(
      String id, String question, String paragraphId, List<String> answers, boolean impossible) {
    public Squad2Question {
      answers = List.copyOf(answers);
      if (impossible != answers.isEmpty())
        throw new IllegalArgumentException(
            "question " + id + ": answers must be empty exactly when it is unanswerable");
    }
  }

  public record Squad2(
      String split, List<SquadParagraph> paragraphs, List<Squad2Question> questions) {}

  /**
   * SQuAD 2.0 dev, one split: the 35 articles sorted by title (plain string order); {@code tune} is
   * the articles at even positions, {@code test} those at odd positions, {@code all} both.
   */
  public static Squad2 squad2(Path dataDir, String split) throws IOException {
    if (!List.of("tune", "test", "all").contains(split))
      throw new IllegalArgumentException("split must be tune, test or all, not '" + split + "'");
    Path f = dataDir.resolve("squad2").resolve("dev-v2.0.json");
    if (!Files.isRegularFile(f))
      throw new IOException("SQuAD 2.0 file not found: " + f + " (set --data or " + ENV + ")");
    List<JsonNode> arts = new ArrayList<>();
    JSON.readTree(f.toFile()).get("data").forEach(arts::add);
    arts.sort(java.util.Comparator.comparing(n -> n.get("title").asText()));
    List<SquadParagraph> paragraphs = new ArrayList<>();
    List<Squad2Question> questions = new ArrayList<>();
    for (int a = 0; a < arts.size(); a++) {
      boolean even = a % 2 == 0;
      if (split.equals("tune") && !even || split.equals("test") && even) continue;
      JsonNode art = arts.get(a);
      String title = art.get("title").asText().replace('_', ' ');
      int p = 0;
      for (JsonNode para : art.get("paragraphs")) {
        String pid = "squad2-" + a + "-" + p++;
        paragraphs.add(new SquadParagraph(pid, title, para.get("context").asText()));
        for (JsonNode qa : para.get("qas")) {
          List<String> golds = new ArrayList<>();
          for (JsonNode ans : qa.path("answers")) golds.add(ans.get("text").asText());
          boolean impossible = qa.path("is_impossible").asBoolean(false);
          if (impossible) golds.clear();
          questions.add(
              new Squad2Question(
                  qa.get("id").asText(), qa.get("question").asText(), pid, golds, impossible));
        }
      }
    }
    return new Squad2(split, paragraphs, questions);
  }

  public static Article article(SquadParagraph p) {
    return new Article(p.id(), "squad", p.title(), null, List.of(), null, null, p.context());
  }

  // ------------------------------------------------------------------ helpers

  static List<JsonNode> jsonLines(Path file) throws IOException {
    List<JsonNode> out = new ArrayList<>();
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank()) out.add(JSON.readTree(line));
      }
    }
    return out;
  }

  private static void requireDir(Path d) throws IOException {
    if (!Files.isDirectory(d)) {
      throw new IOException("benchmark data not found: " + d + " (set --data DIR or " + ENV + ")");
    }
  }
}
