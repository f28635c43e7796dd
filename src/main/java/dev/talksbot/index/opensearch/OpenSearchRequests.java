package dev.talksbot.index.opensearch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.talksbot.index.Vocabulary;
import java.util.Collection;
import java.util.List;

/**
 * The request bodies the OpenSearch backend sends: the three indices' settings and mappings and the
 * searches. Pure functions of their arguments (unit-tested without a cluster).
 *
 * <p>Analysis: the BM25 fields hold the terms our own {@code TextAnalysis.englishAnalyzer} made
 * (the bot analyses, OpenSearch splits on spaces), so both backends score the very same terms —
 * OpenSearch's built-in English analysis lacks our irregular-form and nationality joins. The spell
 * field is analysed by OpenSearch itself with the same chain as the Lucene index's (standard
 * tokenizer, English possessive, lower case, ASCII folding).
 */
final class OpenSearchRequests {
  private OpenSearchRequests() {}

  // passage index fields
  static final String ID = "id";
  static final String ARTICLE_ID = "article_id";
  static final String ORDINAL = "ordinal";
  static final String TEXT = "text";
  static final String TERMS = "terms";
  static final String TITLE_TERMS = "title_terms";
  static final String SPELL = "spell";
  static final String VECTOR = "vector";
  static final String START = "start";
  static final String END = "end";
  static final String SENTENCES = "sentences";
  static final String SENTENCE_VALUES = "sentence_values";
  // article index fields
  static final String SEQ = "seq";
  static final String ARTICLE = "article";
  static final String HASH = "content_hash";
  // vector index field
  static final String VALUE = "v";

  /**
   * The stored fields a passage is rebuilt from (not its vector or terms): for _source filtering.
   */
  static final String PASSAGE_SOURCE =
      String.join(",", ID, ARTICLE_ID, ORDINAL, TEXT, START, END, SENTENCES, SENTENCE_VALUES);

  static final String SIMILARITY = "talksbot_bm25";
  static final String SPELL_ANALYZER = "talksbot_spell";

  /** Mapping metadata: the embedding model and schema the index was built with. */
  static final String META_MODEL = "embedding_model";

  static final String META_SCHEMA = "schema_version";

  /**
   * Bumped whenever the documents change; another version is rebuilt (os-2: the analysed terms keep
   * capital abbreviations apart, "US" ≠ "us"; os-3: the spellings of one name read as one).
   */
  static final String SCHEMA_VERSION = "os-3";

  /** HNSW graph degree and build beam (OpenSearch's Lucene-engine defaults, stated here). */
  static final int HNSW_M = 16;

  static final int HNSW_EF_CONSTRUCTION = 100;

  private static ObjectNode obj() {
    return OpenSearchHttp.JSON.createObjectNode();
  }

  private static ObjectNode settings(int shards, int replicas) {
    ObjectNode s = obj();
    ObjectNode index = s.putObject("index");
    index.put("number_of_shards", shards);
    index.put("number_of_replicas", replicas);
    return s;
  }

  /** The passage index: BM25 term fields, the spell field and the kNN vector. */
  static ObjectNode passageIndex(
      int shards, int replicas, double k1, double b, int dimension, String model) {
    ObjectNode body = obj();
    ObjectNode settings = settings(shards, replicas);
    settings.withObjectProperty("index").put("knn", true);
    ObjectNode sim = settings.putObject("similarity").putObject(SIMILARITY);
    sim.put("type", "BM25").put("k1", k1).put("b", b);
    ObjectNode analyzer =
        settings.putObject("analysis").putObject("analyzer").putObject(SPELL_ANALYZER);
    analyzer.put("type", "custom").put("tokenizer", "standard");
    analyzer.putArray("filter").add("talksbot_possessive").add("lowercase").add("asciifolding");
    settings
        .withObjectProperty("analysis")
        .putObject("filter")
        .putObject("talksbot_possessive")
        .put("type", "stemmer")
        .put("language", "possessive_english");
    body.set("settings", settings);
    ObjectNode mappings = body.putObject("mappings");
    mappings.putObject("_meta").put(META_MODEL, model).put(META_SCHEMA, SCHEMA_VERSION);
    mappings.put("dynamic", "strict");
    ObjectNode p = mappings.putObject("properties");
    p.putObject(ID).put("type", "keyword");
    p.putObject(ARTICLE_ID).put("type", "keyword");
    p.putObject(ORDINAL).put("type", "integer").put("index", false);
    p.putObject(TEXT).put("type", "text").put("index", false);
    for (String f : List.of(TERMS, TITLE_TERMS))
      p.putObject(f)
          .put("type", "text")
          .put("analyzer", "whitespace")
          .put("similarity", SIMILARITY);
    p.putObject(SPELL)
        .put("type", "text")
        .put("analyzer", SPELL_ANALYZER)
        .put("index_options", "docs")
        .put("norms", false);
    ObjectNode v = p.putObject(VECTOR);
    v.put("type", "knn_vector").put("dimension", dimension);
    ObjectNode method = v.putObject("method");
    method.put("name", "hnsw").put("engine", "lucene").put("space_type", "cosinesimil");
    method.putObject("parameters").put("m", HNSW_M).put("ef_construction", HNSW_EF_CONSTRUCTION);
    p.putObject(START).put("type", "integer").put("index", false);
    p.putObject(END).put("type", "integer").put("index", false);
    p.putObject(SENTENCES).put("type", "keyword").put("index", false).put("doc_values", false);
    p.putObject(SENTENCE_VALUES).put("type", "binary");
    return body;
  }

  /** An index body with these settings and strict mappings whose properties are still empty. */
  private static ObjectNode strictIndex(int shards, int replicas) {
    ObjectNode body = obj();
    body.set("settings", settings(shards, replicas));
    ObjectNode mappings = body.putObject("mappings");
    mappings.put("dynamic", "strict");
    mappings.putObject("properties");
    return body;
  }

  /** The article index: metadata and text as one stored object, the content hash and the order. */
  static ObjectNode articleIndex(int shards, int replicas) {
    ObjectNode body = strictIndex(shards, replicas);
    ObjectNode p = (ObjectNode) body.path("mappings").path("properties");
    p.putObject(ID).put("type", "keyword");
    p.putObject(SEQ).put("type", "long");
    p.putObject(HASH).put("type", "keyword").put("index", false);
    p.putObject(ARTICLE).put("type", "object").put("enabled", false);
    return body;
  }

  /** The stored answer vectors: one document per text (id = its key), the vector not indexed. */
  static ObjectNode vectorIndex(int shards, int replicas) {
    ObjectNode body = strictIndex(shards, replicas);
    ObjectNode p = (ObjectNode) body.path("mappings").path("properties");
    p.putObject(VALUE).put("type", "binary");
    p.putObject(META_MODEL).put("type", "keyword").put("index", false);
    p.putObject(META_SCHEMA).put("type", "keyword").put("index", false);
    return body;
  }

  /**
   * Id of the document in {@code <index>-vectors} that records the model and schema: read with a
   * real-time get, which (unlike the mapping) a replica answers while no cluster manager is
   * elected.
   */
  static final String META_DOC = "talksbot-meta";

  static ObjectNode metaDoc(String model) {
    return obj().put(META_MODEL, model).put(META_SCHEMA, SCHEMA_VERSION);
  }

  /**
   * BM25 as the Lucene index asks it: each analysed question term (repeats kept) over the passage
   * terms, and over the title terms with the title boost.
   */
  static ObjectNode bm25(List<String> terms, int k, double titleBoost) {
    ObjectNode body = obj();
    body.put("size", k);
    body.putArray("_source").add(ID);
    ArrayNode should = body.putObject("query").putObject("bool").putArray("should");
    for (String t : terms) {
      should.addObject().putObject("term").putObject(TERMS).put("value", t);
      if (titleBoost > 0)
        should
            .addObject()
            .putObject("term")
            .putObject(TITLE_TERMS)
            .put("value", t)
            .put("boost", titleBoost);
    }
    return body;
  }

  /** The {@code candidates} nearest passages (per shard), the best {@code k} returned. */
  static ObjectNode knn(float[] vector, int k, int candidates) {
    ObjectNode body = obj();
    body.put("size", k);
    body.putArray("_source").add(ID);
    ObjectNode q = body.putObject("query").putObject("knn").putObject(VECTOR);
    ArrayNode v = q.putArray("vector");
    for (float x : vector) v.add(x);
    q.put("k", candidates);
    return body;
  }

  /** Documents whose {@code field} is one of {@code values}. */
  static ObjectNode termsQuery(String field, Collection<String> values, int size) {
    ObjectNode body = obj();
    body.put("size", size);
    ArrayNode a = body.putObject("query").putObject("terms").putArray(field);
    values.forEach(a::add);
    return body;
  }

  /** How many passages hold each term: one filter per term, no hits. */
  static ObjectNode docFreqs(Collection<String> terms) {
    ObjectNode body = obj();
    body.put("size", 0);
    body.put("track_total_hits", true);
    ObjectNode filters =
        body.putObject("aggs").putObject("df").putObject("filters").putObject("filters");
    for (String t : terms) filters.putObject(t).putObject("term").put(TERMS, t);
    return body;
  }

  /** Whether any passage holds the word in the spell field: a count of at most one. */
  static ObjectNode spellCount(String word) {
    ObjectNode body = obj();
    body.put("size", 0);
    body.put("terminate_after", 1);
    body.putObject("query").putObject("term").put(SPELL, word);
    return body;
  }

  /**
   * The {@code term} suggester (Lucene's DirectSpellChecker on the server) with the speller's
   * options; words present in the index get no suggestion.
   */
  static ObjectNode suggest(String word, Vocabulary.SuggestOptions o) {
    ObjectNode body = obj();
    body.put("size", 0);
    ObjectNode s = body.putObject("suggest").putObject("fix");
    s.put("text", word);
    ObjectNode t = s.putObject("term");
    t.put("field", SPELL)
        .put("suggest_mode", "missing")
        .put("sort", "score")
        .put("string_distance", "internal")
        .put("max_edits", o.maxEdits())
        .put("prefix_length", o.prefixLength())
        .put("min_word_length", o.minWordLength())
        .put("accuracy", o.accuracy())
        .put("max_inspections", o.maxInspections())
        .put("size", o.size());
    return body;
  }
}
