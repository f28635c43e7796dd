package dev.talksbot.index;

import dev.talksbot.ingest.Article;
import dev.talksbot.ingest.Passage;
import dev.talksbot.ingest.Span;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/**
 * What another index backend (OpenSearch) needs to store and read passages exactly as {@link
 * PassageIndex} does: the sentence-span and sentence-value encodings, the texts whose vectors the
 * answerer asks for, their keys, the text a passage's vector is computed from and the content hash.
 */
public final class PassageFields {
  private PassageFields() {}

  public static String encodeSpans(List<Span> spans) {
    return PassageDocuments.encodeSpans(spans);
  }

  public static List<Span> decodeSpans(String s) {
    return PassageDocuments.decodeSpans(s);
  }

  /** The typed values of the passage's usable sentences, spotted now, in their stored form. */
  public static byte[] sentenceValues(Passage p) {
    return SentenceValues.encode(p);
  }

  /** Hands a passage's stored sentence values to the value spotter (when a passage is read). */
  public static void rememberSentenceValues(String passageText, byte[] bytes) {
    SentenceValues.remember(passageText, bytes);
  }

  /** The sentences and content words of a passage whose vectors are stored at index time. */
  public static Set<String> vectorTexts(Passage p) {
    return StoredVectors.textsOf(p, new HashMap<>());
  }

  /** The stored-vector key of a text, as hex (the first 16 bytes of its SHA-256). */
  public static String vectorKey(String text) {
    var k = PassageDocuments.vectorKey(text);
    return HexFormat.of().formatHex(k.bytes, k.offset, k.length);
  }

  /** The text a passage's vector is computed from: the article's title, if any, then the text. */
  public static String embeddedText(Article a, Passage p) {
    return a.title() == null ? p.text() : a.title() + "\n" + p.text();
  }

  public static String contentHash(Article a) {
    return PassageDocuments.contentHash(a);
  }

  /** Little-endian float bytes, as the Lucene index stores vectors. */
  public static byte[] vectorBytes(float[] v) {
    return PassageDocuments.toBytes(v);
  }

  public static float[] vectorFromBytes(byte[] b) {
    return PassageDocuments.fromBytes(new org.apache.lucene.util.BytesRef(b));
  }
}
