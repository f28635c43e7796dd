package dev.talksbot.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The held-out news set on the classpath ({@code eval/news/}): articles written after the third
 * Istanbul round, questions with a dev/test split and a kind, and the facts a summary should
 * mention.
 */
final class NewsSet {
  private NewsSet() {}

  static final String QUESTIONS = "/eval/news/questions.jsonl";
  static final String ARTICLES = "/eval/news/articles";
  static final String FACTS = "/eval/news/summary-facts.json";

  static final List<String> SPLITS = List.of("dev", "test");
  static final Set<String> KINDS =
      Set.of(
          "plain",
          "natural",
          "synonym",
          "typo",
          "two-part",
          "he-said",
          "count",
          "who",
          "refuse",
          "disagreement");

  /**
   * One question: the fields {@link CorpusSuite} scores, plus its split, its kind and, for a
   * two-part question, the answer words of each part (each part needs one of its words).
   */
  record NewsQuestion(CorpusSuite.Question q, String split, String kind, List<List<String>> parts) {
    NewsQuestion {
      Objects.requireNonNull(q, "question");
      if (!SPLITS.contains(split))
        throw new IllegalArgumentException(q.id() + ": split must be dev or test, not " + split);
      if (!KINDS.contains(kind))
        throw new IllegalArgumentException(q.id() + ": unknown kind '" + kind + "'");
      if (kind.equals("refuse") == q.answerable())
        throw new IllegalArgumentException(
            q.id() + ": kind 'refuse' exactly when answerable is false");
      if (q.answerable() && (q.answerWords().isEmpty() || q.articles().isEmpty()))
        throw new IllegalArgumentException(q.id() + ": answerable but no answer_words or articles");
      parts = parts == null ? List.of() : parts.stream().map(List::copyOf).toList();
      if (kind.equals("two-part") && parts.size() != 2)
        throw new IllegalArgumentException(q.id() + ": a two-part question needs 2 answer_parts");
    }
  }

  /**
   * The split a suite over the news set reports: {@code requested}, or "all" when none was asked
   * for.
   *
   * @throws IllegalArgumentException for anything but dev, test or all
   */
  static String split(String suite, String requested) {
    String split = requested == null ? "all" : requested;
    if (!split.equals("all") && !SPLITS.contains(split))
      throw new IllegalArgumentException(
          suite + ": --split must be dev, test or all (got '" + split + "')");
    return split;
  }

  /** A fact a summary should mention: found when the summary holds any one of its words. */
  record SummaryFact(String name, List<String> words) {
    SummaryFact {
      if (name == null || name.isBlank()) throw new IllegalArgumentException("fact without name");
      if (words == null || words.isEmpty())
        throw new IllegalArgumentException("fact '" + name + "' has no words");
      words = List.copyOf(words);
    }
  }

  static List<NewsQuestion> questions() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<NewsQuestion> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    try (InputStream in = resource(QUESTIONS)) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) continue;
        JsonNode node = json.readTree(line);
        if (node.get("id") == null || node.get("question") == null)
          throw new IOException(QUESTIONS + " line " + n + ": needs id and question");
        List<List<String>> parts = new ArrayList<>();
        node.path("answer_parts").forEach(p -> parts.add(CorpusSuite.strings(p)));
        NewsQuestion q =
            new NewsQuestion(
                CorpusSuite.question(node),
                node.path("split").asText(null),
                node.path("kind").asText(null),
                parts);
        if (!ids.add(q.q().id())) throw new IOException(QUESTIONS + ": duplicate id " + q.q().id());
        out.add(q);
      }
    }
    return out;
  }

  static List<SummaryFact> summaryFacts() throws IOException {
    try (InputStream in = resource(FACTS)) {
      List<SummaryFact> out = new ArrayList<>();
      for (JsonNode f : new ObjectMapper().readTree(in).path("facts")) {
        out.add(new SummaryFact(f.path("name").asText(null), CorpusSuite.strings(f.get("words"))));
      }
      return out;
    }
  }

  /** Copies the news articles (from the classes folder or the jar) into {@code dir}. */
  static List<Path> copyArticles(Path dir) throws IOException {
    URL url = NewsSet.class.getResource(ARTICLES);
    if (url == null) throw new IOException(ARTICLES + " is not on the classpath");
    URI uri;
    try {
      uri = url.toURI();
    } catch (URISyntaxException e) {
      throw new IOException("bad resource address " + url, e);
    }
    Files.createDirectories(dir);
    if (uri.getScheme().equals("jar")) {
      try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
        return copyAll(fs.getPath(ARTICLES), dir);
      }
    }
    return copyAll(Path.of(uri), dir);
  }

  private static List<Path> copyAll(Path from, Path dir) throws IOException {
    List<Path> out = new ArrayList<>();
    try (Stream<Path> s = Files.list(from)) {
      for (Path p : s.sorted().toList()) {
        Path to = dir.resolve(p.getFileName().toString());
        Files.copy(p, to);
        out.add(to);
      }
    }
    if (out.isEmpty()) throw new IOException(ARTICLES + " holds no articles");
    return out;
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = NewsSet.class.getResourceAsStream(name);
    if (in == null) throw new IOException(name + " is not on the classpath");
    return in;
  }
}
