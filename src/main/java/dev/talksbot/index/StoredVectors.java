package dev.talksbot.index;

import dev.talksbot.ingest.Passage;
import dev.talksbot.ingest.Span;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * The stored-vector table: the model's passage vector of every sentence of every passage and of
 * every content word of those sentences, computed at index time so that answering a question embeds
 * nothing but the question. One row per distinct text (keyed by a hash of the text), shared by all
 * articles; rows are written once and kept until the index is rebuilt.
 *
 * <p>Why words: the answerer's soft match compares each question word with each sentence word. A
 * vocabulary table grows with the distinct words of the coverage (tens of thousands), not with the
 * passages, so it stays bounded where per-passage word vectors would multiply.
 */
public final class StoredVectors {
  private StoredVectors() {}

  /** A word as the answerer's soft match reads it (letters, apostrophes, hyphens). */
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");

  /** Fewest words of a sentence that can stand in an answer on its own. */
  static final int MIN_ANSWER_WORDS = 5;

  /** Most words of a sentence that can stand in an answer (longer ones are run-on text). */
  static final int MAX_ANSWER_WORDS = 90;

  private static final Pattern LOWER_START = Pattern.compile("^[\\p{Ll}]");

  /**
   * A sentence fit to stand in an answer on its own: 5 to 90 words, not starting in lower case (a
   * fragment), ending like a sentence. Only these are the answerer's candidates, so only these get
   * stored vectors.
   */
  public static boolean usable(String sentence) {
    String s = sentence.strip();
    int words = s.split("\\s+").length;
    if (words < MIN_ANSWER_WORDS || words > MAX_ANSWER_WORDS) return false;
    if (LOWER_START.matcher(s).find()) return false; // a fragment
    char last = s.charAt(s.length() - 1);
    return ".!?\"”’'…)".indexOf(last) >= 0;
  }

  /**
   * The texts of a passage whose vectors the answerer asks for: each usable sentence, and each
   * distinct content word of those sentences in lower case (a word that analyses to exactly one
   * term, as the soft match takes them).
   */
  static Set<String> textsOf(Passage p, Map<String, Boolean> contentWordMemo) {
    Set<String> out = new LinkedHashSet<>();
    for (Span s : p.sentences()) {
      String sentence = p.sentenceText(s);
      if (!usable(sentence)) continue;
      out.add(sentence);
      Matcher m = WORD.matcher(sentence);
      while (m.find()) {
        String w = m.group().toLowerCase(Locale.ROOT);
        if (contentWordMemo.computeIfAbsent(w, x -> TextAnalysis.terms(x).size() == 1)) out.add(w);
      }
    }
    return out;
  }

  /**
   * The stored vectors of these keys found in the searcher's index, by position in {@code keys}.
   */
  static Map<Integer, float[]> lookup(IndexSearcher s, List<BytesRef> keys) throws IOException {
    Map<Integer, float[]> out = new HashMap<>();
    if (keys.isEmpty()) return out;
    PostingsEnum postings = null;
    for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
      Terms terms = leaf.reader().terms(IndexSchema.VECTOR_KEY);
      if (terms == null) continue;
      TermsEnum te = terms.iterator();
      Bits live = leaf.reader().getLiveDocs();
      record Hit(int doc, int index) {}
      List<Hit> hits = new ArrayList<>();
      for (int i = 0; i < keys.size(); i++) {
        if (out.containsKey(i) || !te.seekExact(keys.get(i))) continue;
        postings = te.postings(postings, PostingsEnum.NONE);
        for (int d = postings.nextDoc();
            d != DocIdSetIterator.NO_MORE_DOCS;
            d = postings.nextDoc()) {
          if (live == null || live.get(d)) {
            hits.add(new Hit(d, i));
            break;
          }
        }
      }
      if (hits.isEmpty()) continue;
      hits.sort((a, b) -> Integer.compare(a.doc(), b.doc()));
      BinaryDocValues values = DocValues.getBinary(leaf.reader(), IndexSchema.VECTOR_VALUE);
      for (Hit h : hits)
        if (values.docID() <= h.doc() && values.advanceExact(h.doc()))
          out.put(h.index(), PassageDocuments.fromBytes(values.binaryValue()));
    }
    return out;
  }
}
