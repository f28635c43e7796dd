package dev.talksbot.scaleout;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.talksbot.TestCorpus;
import dev.talksbot.answer.Answer;
import dev.talksbot.answer.Citation;
import dev.talksbot.config.OpenSearchSettings;
import dev.talksbot.config.RetrievalSettings;
import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.core.TalksBot;
import dev.talksbot.index.IndexHit;
import dev.talksbot.index.IndexProgress;
import dev.talksbot.index.PassageIndex;
import dev.talksbot.index.SearchIndex;
import dev.talksbot.index.opensearch.OpenSearchIndex;
import dev.talksbot.ingest.Article;
import dev.talksbot.ingest.ParagraphChunker;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The OpenSearch backend on a real two-node cluster (2 shards, 1 replica) against the Lucene
 * backend: the regression question set gets the same answers and citations; an added article is
 * found; a rebuild replaces everything.
 */
class OpenSearchRetrievalIT {
  static final String QUESTIONS = "/eval/corpus-questions.jsonl";

  static OpenSearchCluster cluster;
  static TalksBot lucene;
  static TalksBot search;

  @BeforeAll
  static void start() throws Exception {
    cluster = OpenSearchCluster.start(Path.of("target", "it-opensearch-retrieval"), 2);
    long t0 = System.nanoTime();
    lucene = TestCorpus.bot();
    System.err.printf(
        "Lucene backend: %d passages (ready) in %.1f s%n",
        lucene.index().passageCount(), (System.nanoTime() - t0) / 1e9);
    t0 = System.nanoTime();
    search = TalksBot.open(config("talksbot-golden"), TestCorpus.embedder(), IndexProgress.NONE);
    System.err.printf(
        "OpenSearch backend: %d passages indexed in %.1f s%n",
        search.index().passageCount(), (System.nanoTime() - t0) / 1e9);
  }

  @AfterAll
  static void stop() throws Exception {
    try {
      if (search != null) search.close();
    } finally {
      if (cluster != null) cluster.close();
    }
  }

  static TalksbotConfig config(String index) throws Exception {
    Path data = dev.talksbot.TempDirs.create("talksbot-os-it");
    var os = new OpenSearchSettings(cluster.hosts(), index, 2, 1, null, null);
    var r = TalksbotConfig.defaults().retrieval();
    var retrieval =
        new RetrievalSettings(
            r.bm25K1(),
            r.bm25B(),
            r.candidates(),
            r.rrfK(),
            r.bm25Weight(),
            r.denseWeight(),
            r.passages(),
            dev.talksbot.config.RetrievalBackend.OPENSEARCH,
            os);
    return TalksbotConfig.defaults()
        .withDataDir(data)
        .withCorpusDir(TestCorpus.corpusDir())
        .withRetrieval(retrieval);
  }

  static List<JsonNode> questions() throws Exception {
    ObjectMapper m = new ObjectMapper();
    List<JsonNode> out = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                OpenSearchRetrievalIT.class.getResourceAsStream(QUESTIONS),
                StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; )
        if (!line.isBlank()) out.add(m.readTree(line));
    }
    return out;
  }

  /** What a user sees of an answer: answered or not, the text, and each citation's quote. */
  static String shown(Answer a) {
    StringBuilder b = new StringBuilder(a instanceof Answer.Answered ? "answered: " : "refused: ");
    b.append(a.text());
    for (Citation c : a.citations())
      b.append("\n  [")
          .append(c.n())
          .append("] ")
          .append(c.articleId())
          .append(' ')
          .append(c.span());
    return b.toString();
  }

  @Test
  void theBackendIsOpenSearchAndHoldsTheCorpus() throws Exception {
    assertThat(search.index()).isInstanceOf(OpenSearchIndex.class);
    assertThat(lucene.index()).isInstanceOf(PassageIndex.class);
    assertThat(search.index().articles().keySet())
        .containsExactlyElementsOf(lucene.index().articles().keySet());
    assertThat(search.index().passageCount()).isEqualTo(lucene.index().passageCount());
    String term = "deleg"; // an analysed term: same statistics on both sides
    assertThat(search.index().idf(term)).isCloseTo(lucene.index().idf(term), within(1e-9));
  }

  /** The index finding of {@code ./talksbot doctor} with the cluster's index named {@code name}. */
  static dev.talksbot.ops.Finding doctorIndex(String name) throws Exception {
    Path dir = dev.talksbot.TempDirs.create("talksbot-os-doctor");
    Path config = dir.resolve("talksbot.yaml");
    StringBuilder hosts = new StringBuilder();
    for (String h : cluster.hosts())
      hosts.append(hosts.isEmpty() ? "" : ", ").append('"').append(h).append('"');
    Files.writeString(
        config,
        "dataDir: "
            + dir.resolve("d")
            + "\nretrieval:\n  backend: opensearch\n  opensearch:\n    hosts: ["
            + hosts
            + "]\n    index: "
            + name
            + "\n");
    List<dev.talksbot.ops.Finding> all = new ArrayList<>();
    new dev.talksbot.ops.Doctor(java.util.Map.of("TALKSBOT_CONFIG", config.toString()), Path.of(""))
        .run(all::add);
    return all.stream().filter(f -> f.check().equals("index")).findFirst().orElseThrow();
  }

  @Test
  void doctorChecksTheClusterIndex() throws Exception {
    dev.talksbot.ops.Finding built = doctorIndex("talksbot-golden");
    assertThat(built).as(built.line()).isInstanceOf(dev.talksbot.ops.Finding.Ok.class);
    assertThat(built.line())
        .contains("talksbot-golden on " + cluster.hosts().getFirst())
        .contains(lucene.index().passageCount() + " passages");
    dev.talksbot.ops.Finding missing = doctorIndex("talksbot-never-built");
    assertThat(missing).isInstanceOf(dev.talksbot.ops.Finding.Problem.class);
    assertThat(missing.line()).contains("no usable index").contains("./talksbot index");
  }

  private static org.assertj.core.data.Offset<Double> within(double d) {
    return org.assertj.core.data.Offset.offset(d);
  }

  @Test
  void theRegressionSetGetsTheSameAnswersFromBothBackends() throws Exception {
    List<String> differences = new ArrayList<>();
    int n = 0;
    List<Long> luceneNanos = new ArrayList<>();
    List<Long> searchNanos = new ArrayList<>();
    for (JsonNode q : questions()) {
      String question = q.get("question").asText();
      long t0 = System.nanoTime();
      Answer expected = lucene.ask(question);
      long t1 = System.nanoTime();
      Answer got = search.ask(question);
      long t2 = System.nanoTime();
      luceneNanos.add(t1 - t0);
      searchNanos.add(t2 - t1);
      n++;
      if (!shown(expected).equals(shown(got)))
        differences.add(
            q.get("id").asText()
                + "\n lucene:     "
                + shown(expected)
                + "\n opensearch: "
                + shown(got));
    }
    System.err.printf(
        "%d questions: median %.1f ms (p90 %.1f) on Lucene, %.1f ms (p90 %.1f) on OpenSearch"
            + " (2 nodes, 2 shards, 1 replica)%n",
        n,
        quantile(luceneNanos, 0.5),
        quantile(luceneNanos, 0.9),
        quantile(searchNanos, 0.5),
        quantile(searchNanos, 0.9));
    assertThat(n).isGreaterThanOrEqualTo(30);
    assertThat(differences).as(String.join("\n", differences)).isEmpty();
  }

  static double quantile(List<Long> nanos, double q) {
    List<Long> sorted = nanos.stream().sorted().toList();
    return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(q * sorted.size()))) / 1e6;
  }

  @Test
  void bm25AndKnnHitsMatchTheLuceneIndex() throws Exception {
    for (String q :
        List.of(
            "Who leads the Ukrainian delegation?",
            "prisoner exchange agreed in Istanbul",
            "ceasefire memorandum")) {
      assertThat(ids(search.index().searchBm25(q, 10)))
          .as("BM25 " + q)
          .containsExactlyElementsOf(ids(lucene.index().searchBm25(q, 10)));
      float[] v = TestCorpus.embedder().embedQuery(q);
      assertThat(ids(search.index().searchDense(v, 10)))
          .as("kNN " + q)
          .containsExactlyElementsOf(ids(lucene.index().searchDense(v, 10)));
    }
  }

  static List<String> ids(List<IndexHit> hits) {
    return hits.stream().map(IndexHit::passageId).toList();
  }

  static final Article CANAL =
      new Article(
          "canal-talks",
          "canal-talks.txt",
          "Canal talks open in Quillhaven",
          "Example Wire",
          List.of(),
          LocalDate.of(2025, 8, 1),
          null,
          "Negotiators met in Quillhaven on Friday to discuss shipping through the Zephyr canal."
              + " The Quillhaven round ended without a joint statement, officials said.\n\n"
              + "A second round on canal tolls is planned for September, the mediator said.");

  @Test
  void anAddedArticleIsFoundAndARebuildReplacesEverything() throws Exception {
    try (SearchIndex index =
        OpenSearchIndex.open(
            new OpenSearchSettings(cluster.hosts(), "talksbot-writes", 2, 1, null, null),
            null,
            TestCorpus.embedder(),
            new ParagraphChunker(300, 700),
            0.9,
            0.4,
            PassageIndex.TITLE_BOOST)) {
      List<Article> corpus = new ArrayList<>(lucene.index().articles().values());
      index.rebuild(corpus, IndexProgress.NONE);
      assertThat(index.articles().keySet())
          .containsExactlyElementsOf(lucene.index().articles().keySet());
      assertThat(index.searchBm25("Quillhaven", 5)).isEmpty();

      assertThat(index.add(CANAL)).isEqualTo(SearchIndex.AddOutcome.ADDED);
      assertThat(index.add(CANAL)).isEqualTo(SearchIndex.AddOutcome.UNCHANGED);
      List<IndexHit> hits = index.searchBm25("Where did negotiators discuss the Zephyr canal?", 3);
      assertThat(hits).isNotEmpty();
      assertThat(hits.getFirst().articleId()).isEqualTo("canal-talks");
      assertThat(index.passagesOf("canal-talks")).isNotEmpty();
      assertThat(index.articles()).containsKey("canal-talks");

      long passages = index.rebuild(List.of(CANAL), IndexProgress.NONE);
      assertThat(index.articles().keySet()).containsExactly("canal-talks");
      assertThat(index.passageCount()).isEqualTo((int) passages);
      assertThat(index.searchBm25("Who leads the Ukrainian delegation?", 5))
          .as("the earlier articles are gone")
          .isEmpty();
      assertThat(index.searchBm25("canal tolls", 5))
          .extracting(IndexHit::articleId)
          .containsOnly("canal-talks");
      // typos are corrected against the cluster's vocabulary
      assertThat(
              new dev.talksbot.retrieval.QuestionSpeller(index)
                  .correct("Who went to Quilhaven?")
                  .corrected())
          .isEqualTo("Who went to Quillhaven?");
    }
  }
}
