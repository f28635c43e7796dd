package dev.talksbot.index.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.talksbot.TestCorpus;
import dev.talksbot.index.TextAnalysis;
import dev.talksbot.index.Vocabulary;
import dev.talksbot.ingest.Article;
import dev.talksbot.ingest.ParagraphChunker;
import dev.talksbot.ingest.Passage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bodies the OpenSearch backend sends, and its documents both ways (no cluster needed). */
class OpenSearchRequestsTest {
  static final Article ARTICLE =
      new Article(
          "canal-talks",
          "canal-talks.txt",
          "Canal talks open in Quillhaven",
          "Example Wire",
          List.of("A. Writer", "B. Writer"),
          LocalDate.of(2025, 8, 1),
          "https://example.org/canal",
          "Negotiators met in Quillhaven on Friday to discuss shipping through the Zephyr canal."
              + " The Quillhaven round ended without a joint statement, officials said.\n\n"
              + "A second round on canal tolls is planned for September, the mediator said.");

  @Test
  void bm25AsksEachAnalysedTermOverTextAndBoostedTitle() {
    List<String> terms = TextAnalysis.terms("Who leads the Ukrainian delegations?");
    JsonNode body = OpenSearchRequests.bm25(terms, 100, 0.5);
    assertThat(body.path("size").asInt()).isEqualTo(100);
    JsonNode should = body.path("query").path("bool").path("should");
    assertThat(should).hasSize(2 * terms.size());
    assertThat(should.get(0).path("term").path("terms").path("value").asText())
        .isEqualTo(terms.get(0));
    JsonNode title = should.get(1).path("term").path("title_terms");
    assertThat(title.path("value").asText()).isEqualTo(terms.get(0));
    assertThat(title.path("boost").asDouble()).isEqualTo(0.5);
    assertThat(terms).doesNotContain("the"); // stop words are gone before the request
    // no title clauses without a title boost
    assertThat(OpenSearchRequests.bm25(terms, 5, 0).path("query").path("bool").path("should"))
        .hasSize(terms.size());
  }

  @Test
  void knnAsksOversampledCandidates() {
    JsonNode body = OpenSearchRequests.knn(new float[] {0.6f, 0.8f}, 10, 30);
    JsonNode knn = body.path("query").path("knn").path("vector");
    assertThat(knn.path("k").asInt()).isEqualTo(30);
    assertThat(knn.path("vector")).hasSize(2);
    assertThat(knn.path("vector").get(1).floatValue()).isEqualTo(0.8f);
    assertThat(body.path("size").asInt()).isEqualTo(10);
  }

  @Test
  void thePassageMappingCarriesOurBm25AndTheLuceneHnswVector() {
    JsonNode body = OpenSearchRequests.passageIndex(2, 1, 0.9, 0.4, 384, "bge-small");
    JsonNode index = body.path("settings").path("index");
    assertThat(index.path("number_of_shards").asInt()).isEqualTo(2);
    assertThat(index.path("number_of_replicas").asInt()).isEqualTo(1);
    assertThat(index.path("knn").asBoolean()).isTrue();
    JsonNode sim = body.path("settings").path("similarity").path("talksbot_bm25");
    assertThat(sim.path("type").asText()).isEqualTo("BM25");
    assertThat(sim.path("k1").asDouble()).isEqualTo(0.9);
    assertThat(sim.path("b").asDouble()).isEqualTo(0.4);
    JsonNode props = body.path("mappings").path("properties");
    assertThat(props.path("terms").path("similarity").asText()).isEqualTo("talksbot_bm25");
    assertThat(props.path("terms").path("analyzer").asText()).isEqualTo("whitespace");
    assertThat(props.path("title_terms").path("similarity").asText()).isEqualTo("talksbot_bm25");
    JsonNode vector = props.path("vector");
    assertThat(vector.path("type").asText()).isEqualTo("knn_vector");
    assertThat(vector.path("dimension").asInt()).isEqualTo(384);
    assertThat(vector.path("method").path("engine").asText()).isEqualTo("lucene");
    assertThat(vector.path("method").path("space_type").asText()).isEqualTo("cosinesimil");
    JsonNode spell = body.path("settings").path("analysis").path("analyzer").path("talksbot_spell");
    assertThat(spell.path("tokenizer").asText()).isEqualTo("standard");
    List<String> filters = new ArrayList<>();
    spell.path("filter").forEach(f -> filters.add(f.asText()));
    assertThat(filters).containsExactly("talksbot_possessive", "lowercase", "asciifolding");
    assertThat(body.path("mappings").path("_meta").path("embedding_model").asText())
        .isEqualTo("bge-small");
  }

  @Test
  void theSuggesterGetsTheSpellersOptions() {
    JsonNode t =
        OpenSearchRequests.suggest("quilhaven", new Vocabulary.SuggestOptions(2, 1, 4, 0.7f, 5, 5))
            .path("suggest")
            .path("fix");
    assertThat(t.path("text").asText()).isEqualTo("quilhaven");
    JsonNode o = t.path("term");
    assertThat(o.path("field").asText()).isEqualTo("spell");
    assertThat(o.path("suggest_mode").asText()).isEqualTo("missing");
    assertThat(o.path("max_edits").asInt()).isEqualTo(2);
    assertThat(o.path("prefix_length").asInt()).isEqualTo(1);
    assertThat(o.path("min_word_length").asInt()).isEqualTo(4);
    assertThat(o.path("accuracy").floatValue()).isEqualTo(0.7f);
    assertThat(o.path("max_inspections").asInt()).isEqualTo(5);
  }

  @Test
  void docFreqsAsksOneFilterPerTerm() {
    JsonNode f =
        OpenSearchRequests.docFreqs(List.of("deleg", "ukrain"))
            .path("aggs")
            .path("df")
            .path("filters")
            .path("filters");
    assertThat(f.path("deleg").path("term").path("terms").asText()).isEqualTo("deleg");
    assertThat(f.path("ukrain").path("term").path("terms").asText()).isEqualTo("ukrain");
  }

  @Test
  void passagesAndArticlesComeBackAsTheyWent() throws Exception {
    List<Passage> passages = new ParagraphChunker(80, 200).chunk(ARTICLE);
    assertThat(passages).hasSizeGreaterThan(1);
    for (Passage p : passages) {
      JsonNode doc =
          OpenSearchHttp.JSON.readTree(
              OpenSearchHttp.JSON.writeValueAsString(
                  OpenSearchDocs.passage(ARTICLE, p, new float[] {1, 0})));
      assertThat(OpenSearchDocs.passageFrom(doc)).isEqualTo(p);
      assertThat(doc.path("id").asText()).isEqualTo(p.id());
      assertThat(doc.path("terms").asText())
          .isEqualTo(String.join(" ", TextAnalysis.terms(p.text())));
      assertThat(doc.path("title_terms").asText()).isEqualTo("canal talk open quillhaven");
    }
    JsonNode a = articleJson(ARTICLE, 7);
    assertThat(OpenSearchDocs.articleFrom(a)).isEqualTo(ARTICLE);
    assertThat(a.path("seq").asLong()).isEqualTo(7);
    float[] v = {0.25f, -0.5f, 1f};
    JsonNode row =
        OpenSearchHttp.JSON.readTree(
            OpenSearchHttp.JSON.writeValueAsString(OpenSearchDocs.vectorRow(v)));
    assertThat(OpenSearchDocs.vectorFrom(row)).containsExactly(v);
  }

  @Test
  void anArticlesDatelineDayComesBackAndAnOlderDocumentHasNone() throws Exception {
    Article datelined = TestCorpus.datelined("quellmoor-talks");
    JsonNode a = articleJson(datelined, 3);
    assertThat(a.path("article").path("dateline_day").asText()).isEqualTo("--09-19");
    assertThat(OpenSearchDocs.articleFrom(a)).isEqualTo(datelined);
    JsonNode older = articleJson(ARTICLE, 7);
    assertThat(older.path("article").has("dateline_day")).isFalse();
    assertThat(OpenSearchDocs.articleFrom(older).datelineDay()).isNull();
  }

  @Test
  void anArticlesDatelinePlaceComesBackAndAnOlderDocumentHasNone() throws Exception {
    Article placed = TestCorpus.placed("quellmoor-talks");
    JsonNode a = articleJson(placed, 3);
    assertThat(a.path("article").path("dateline_place").asText()).isEqualTo("Quellmoor");
    assertThat(OpenSearchDocs.articleFrom(a)).isEqualTo(placed);
    JsonNode dayOnly = articleJson(TestCorpus.datelined("quellmoor-talks"), 3);
    assertThat(dayOnly.path("article").has("dateline_place")).isFalse();
    assertThat(OpenSearchDocs.articleFrom(dayOnly).datelinePlace()).isNull();
    assertThat(OpenSearchDocs.articleFrom(dayOnly).datelineDay()).isNotNull();
  }

  /** An article's document as OpenSearch is sent it, read back as JSON. */
  private static JsonNode articleJson(Article a, long seq) throws Exception {
    return OpenSearchHttp.JSON.readTree(
        OpenSearchHttp.JSON.writeValueAsString(OpenSearchDocs.article(a, seq)));
  }
}
