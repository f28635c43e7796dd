package dev.talksbot.index;

/**
 * The one place that names the Lucene fields. The index holds two kinds of documents: one per
 * passage (searched) and one per article (metadata and cleaned text, for the catalog and quotes).
 */
public final class IndexSchema {
  private IndexSchema() {}

  /** Document kind: {@link #TYPE_PASSAGE} or {@link #TYPE_ARTICLE}. */
  public static final String TYPE = "type";

  public static final String TYPE_PASSAGE = "passage";
  public static final String TYPE_ARTICLE = "article";

  /** Unique id: passage id ({@code article#ordinal}) or article id; also the tie-break key. */
  public static final String ID = "id";

  /** The article a passage belongs to (on both kinds of documents, for delete-by-article). */
  public static final String ARTICLE_ID = "article_id";

  /** Passage position in its article. */
  public static final String ORDINAL = "ordinal";

  /** Passage text, English-analysed for BM25, stored. */
  public static final String TEXT = "text";

  /** Article headline, analysed (on passages, for BM25) and stored (on articles). */
  public static final String TITLE = "title";

  /**
   * Passage text and article title as plain words (lower case, accents folded, not stemmed, no stop
   * words removed): the vocabulary question typos are corrected against. Indexed (documents only),
   * not stored.
   */
  public static final String SPELL = "spell";

  /** Passage embedding, unit length, dot-product similarity. */
  public static final String VECTOR = "vector";

  /** Passage start and end offsets into the article's cleaned text. */
  public static final String START = "start";

  public static final String END = "end";

  /** Sentence spans of a passage, {@code start-end} pairs separated by commas. */
  public static final String SENTENCES = "sentences";

  /**
   * The typed values (names, numbers, dates) of each usable sentence of a passage and of its
   * clauses, as the value spotter finds them, spotted when the passage is written ({@link
   * SentenceValues}).
   */
  public static final String SENTENCE_VALUES = "sentence_values";

  /** Article headline, stored on article documents. */
  public static final String ARTICLE_TITLE = "article_title";

  public static final String OUTLET = "outlet";
  public static final String AUTHORS = "authors";
  public static final String DATE = "date";

  /** The month and day of a dateline without a year ({@code --09-19}), stored on articles. */
  public static final String DATELINE_DAY = "dateline_day";

  /** The place of an article's dateline ({@code Quellmoor}), stored on articles. */
  public static final String DATELINE_PLACE = "dateline_place";

  public static final String URL = "url";
  public static final String SOURCE = "source";

  /** The article's cleaned text (article documents only). */
  public static final String ARTICLE_TEXT = "article_text";

  /** SHA-256 of the cleaned text and metadata, to skip re-adding an unchanged article. */
  public static final String CONTENT_HASH = "content_hash";

  /**
   * What the catalog keeps of an article (article documents, binary doc values): its metadata,
   * content hash and order of arrival, without the text ({@link CatalogRecord}).
   */
  public static final String ARTICLE_META = "article_meta";

  /** Order in which articles were added (article documents), for "newest" listings. */
  public static final String ADDED_SEQ = "added_seq";

  /** Document kind of a row of the stored-vector table (see {@link StoredVectors}). */
  public static final String TYPE_VECTOR_ROW = "vector_row";

  /**
   * Key of a stored-vector row: the first bytes of the SHA-256 of the text whose passage vector it
   * holds (a sentence of a passage, or a word of one).
   */
  public static final String VECTOR_KEY = "vector_key";

  /** The stored vector (binary doc values, little-endian floats, unit length). */
  public static final String VECTOR_VALUE = "vector_value";

  /** Commit user-data keys. */
  public static final String META_EMBEDDING_MODEL = "embedding_model";

  public static final String META_SCHEMA_VERSION = "schema_version";

  /**
   * Bumped whenever the documents change; an index of another version is rebuilt (4: SPELL; 5:
   * stored sentence and word vectors, scalar-quantized HNSW; 6: stored sentence values; 7: the
   * catalog record in doc values; 8: capital abbreviations analysed apart, "US" ≠ "us"; 9: the
   * spellings of one name read as one, {@link NameSpellings}; 10: a number joined by a hyphen to a
   * word is a value of its own, "an 11-member team").
   */
  public static final String SCHEMA_VERSION = "10";
}
