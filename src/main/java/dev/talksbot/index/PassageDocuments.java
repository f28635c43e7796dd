package dev.talksbot.index;

import dev.talksbot.ingest.Article;
import dev.talksbot.ingest.Passage;
import dev.talksbot.ingest.Span;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;

/**
 * The mapping between the product's values (articles, passages, stored vectors) and Lucene
 * documents, both ways. Field names come from {@link IndexSchema}.
 */
final class PassageDocuments {
  private PassageDocuments() {}

  static Document passageDoc(Article a, Passage p, float[] vector) {
    return passageDoc(a, p, vector, false);
  }

  /**
   * @param values whether to spot and store the values of the passage's sentences ({@link
   *     SentenceValues}) for the answerer
   */
  static Document passageDoc(Article a, Passage p, float[] vector, boolean values) {
    Document d = new Document();
    d.add(new StringField(IndexSchema.TYPE, IndexSchema.TYPE_PASSAGE, Field.Store.NO));
    d.add(new StringField(IndexSchema.ID, p.id(), Field.Store.YES));
    d.add(new SortedDocValuesField(IndexSchema.ID, new BytesRef(p.id())));
    d.add(new StringField(IndexSchema.ARTICLE_ID, a.id(), Field.Store.YES));
    d.add(new StoredField(IndexSchema.ORDINAL, p.ordinal()));
    d.add(new TextField(IndexSchema.TEXT, p.text(), Field.Store.YES));
    if (a.title() != null) d.add(new TextField(IndexSchema.TITLE, a.title(), Field.Store.NO));
    d.add(new Field(IndexSchema.SPELL, p.text(), SPELL_TYPE));
    if (a.title() != null) d.add(new Field(IndexSchema.SPELL, a.title(), SPELL_TYPE));
    d.add(
        new KnnFloatVectorField(IndexSchema.VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
    d.add(new StoredField(IndexSchema.START, p.span().start()));
    d.add(new StoredField(IndexSchema.END, p.span().end()));
    d.add(new StoredField(IndexSchema.SENTENCES, encodeSpans(p.sentences())));
    if (values) d.add(new StoredField(IndexSchema.SENTENCE_VALUES, SentenceValues.encode(p)));
    return d;
  }

  /** The passage of a document; its stored sentence values go to the value spotter. */
  static Passage passageFrom(Document d) {
    String text = d.get(IndexSchema.TEXT);
    BytesRef values = d.getBinaryValue(IndexSchema.SENTENCE_VALUES);
    if (values != null)
      SentenceValues.remember(
          text, Arrays.copyOfRange(values.bytes, values.offset, values.offset + values.length));
    int start = d.getField(IndexSchema.START).numericValue().intValue();
    int end = d.getField(IndexSchema.END).numericValue().intValue();
    return new Passage(
        d.get(IndexSchema.ARTICLE_ID),
        d.getField(IndexSchema.ORDINAL).numericValue().intValue(),
        new Span(start, end),
        text,
        decodeSpans(d.get(IndexSchema.SENTENCES)));
  }

  static Document articleDoc(Article a, long seq) {
    Document d = new Document();
    d.add(new StringField(IndexSchema.TYPE, IndexSchema.TYPE_ARTICLE, Field.Store.NO));
    d.add(new StringField(IndexSchema.ID, a.id(), Field.Store.YES));
    d.add(new SortedDocValuesField(IndexSchema.ID, new BytesRef(a.id())));
    d.add(new StringField(IndexSchema.ARTICLE_ID, a.id(), Field.Store.YES));
    if (a.title() != null) d.add(new StoredField(IndexSchema.ARTICLE_TITLE, a.title()));
    if (a.outlet() != null) d.add(new StoredField(IndexSchema.OUTLET, a.outlet()));
    for (String author : a.authors()) d.add(new StoredField(IndexSchema.AUTHORS, author));
    if (a.date() != null) d.add(new StoredField(IndexSchema.DATE, a.date().toString()));
    if (a.datelineDay() != null)
      d.add(new StoredField(IndexSchema.DATELINE_DAY, a.datelineDay().toString()));
    if (a.datelinePlace() != null)
      d.add(new StoredField(IndexSchema.DATELINE_PLACE, a.datelinePlace()));
    if (a.url() != null) d.add(new StoredField(IndexSchema.URL, a.url()));
    d.add(new StoredField(IndexSchema.SOURCE, a.source()));
    d.add(new StoredField(IndexSchema.ARTICLE_TEXT, a.text()));
    d.add(new StoredField(IndexSchema.CONTENT_HASH, contentHash(a)));
    d.add(new StoredField(IndexSchema.ADDED_SEQ, seq));
    d.add(new NumericDocValuesField(IndexSchema.ADDED_SEQ, seq));
    d.add(
        new BinaryDocValuesField(
            IndexSchema.ARTICLE_META,
            new CatalogRecord(ArticleHeader.of(a), contentHash(a), seq).encode()));
    return d;
  }

  /** One row of the stored-vector table: the model's passage vector of one text (by its key). */
  static Document vectorRow(BytesRef key, float[] vector) {
    Document d = new Document();
    d.add(new StringField(IndexSchema.TYPE, IndexSchema.TYPE_VECTOR_ROW, Field.Store.NO));
    d.add(new StringField(IndexSchema.VECTOR_KEY, key, Field.Store.NO));
    d.add(new BinaryDocValuesField(IndexSchema.VECTOR_VALUE, new BytesRef(toBytes(vector))));
    return d;
  }

  /** Bytes of a key in the stored-vector table: the first 16 bytes of the text's SHA-256. */
  static final int KEY_BYTES = 16;

  static BytesRef vectorKey(String text) {
    return new BytesRef(Arrays.copyOf(sha256(text), KEY_BYTES));
  }

  static byte[] toBytes(float[] v) {
    ByteBuffer b = ByteBuffer.allocate(v.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    b.asFloatBuffer().put(v);
    return b.array();
  }

  static float[] fromBytes(BytesRef r) {
    if (r.length % Float.BYTES != 0)
      throw new IllegalStateException("a stored vector of " + r.length + " bytes is corrupt");
    float[] v = new float[r.length / Float.BYTES];
    ByteBuffer.wrap(r.bytes, r.offset, r.length)
        .order(ByteOrder.LITTLE_ENDIAN)
        .asFloatBuffer()
        .get(v);
    return v;
  }

  /** The plain-word vocabulary field: tokenized, documents only, no norms, not stored. */
  private static final FieldType SPELL_TYPE = spellType();

  private static FieldType spellType() {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setIndexOptions(IndexOptions.DOCS);
    t.setOmitNorms(true);
    t.setStored(false);
    t.freeze();
    return t;
  }

  /** Words as written, lower case and accents folded: no stop words removed, no stemming. */
  static final Analyzer SPELL_ANALYZER =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          Tokenizer source = new StandardTokenizer();
          return new TokenStreamComponents(
              source,
              new ASCIIFoldingFilter(new LowerCaseFilter(new EnglishPossessiveFilter(source))));
        }
      };

  static String encodeSpans(List<Span> spans) {
    StringBuilder b = new StringBuilder();
    for (Span s : spans) {
      if (!b.isEmpty()) b.append(',');
      b.append(s.start()).append('-').append(s.end());
    }
    return b.toString();
  }

  static List<Span> decodeSpans(String s) {
    if (s == null || s.isEmpty()) return List.of();
    return Arrays.stream(s.split(","))
        .map(x -> x.split("-"))
        .map(x -> new Span(Integer.parseInt(x[0]), Integer.parseInt(x[1])))
        .toList();
  }

  /** Separates the parts of an article's content hash. */
  private static final byte HASH_SEPARATOR = 0x1f;

  /**
   * Hash of what an article's documents are built from. The dateline day and the dateline place are
   * each hashed only when the article has one (the place after a tag of its own, so that it is
   * never taken for a day), so that the hash of an article without them is the one older versions
   * wrote, and an article that gains one is written again.
   */
  static String contentHash(Article a) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (String part :
          new String[] {
            a.text(),
            a.title(),
            a.outlet(),
            String.join("|", a.authors()),
            a.date() == null ? null : a.date().toString(),
            a.url(),
            a.source()
          }) {
        md.update((part == null ? "\u0000" : part).getBytes(StandardCharsets.UTF_8));
        md.update(HASH_SEPARATOR);
      }
      if (a.datelineDay() != null) {
        md.update(a.datelineDay().toString().getBytes(StandardCharsets.UTF_8));
        md.update(HASH_SEPARATOR);
      }
      if (a.datelinePlace() != null) {
        md.update(("place:" + a.datelinePlace()).getBytes(StandardCharsets.UTF_8));
        md.update(HASH_SEPARATOR);
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
