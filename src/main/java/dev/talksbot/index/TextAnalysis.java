package dev.talksbot.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * English analysis shared by the index, the query side and the answerer: standard tokenizer,
 * possessives removed, capital abbreviations that spell a function word kept apart ("US" is not
 * "us": {@link CapitalAbbreviations}), lower case, accents folded ("Erdoğan" = "Erdogan"), English
 * stop words, the spellings of one name read as one (a transliteration's "-yy", "-iy" as "-y";
 * "Bombay" as "Mumbai": {@link NameSpellings}), irregular forms joined ({@link WordNormalizer}),
 * Porter stemming.
 */
public final class TextAnalysis {
  private TextAnalysis() {}

  public static Analyzer englishAnalyzer() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream ts = new EnglishPossessiveFilter(source);
        ts = new CapitalAbbreviations(ts);
        ts = new LowerCaseFilter(ts);
        ts = new ASCIIFoldingFilter(ts);
        ts = new StopFilter(ts, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        ts = new NameSpellings(ts);
        ts = new WordNormalizer(ts);
        ts = new PorterStemFilter(ts);
        return new TokenStreamComponents(source, ts);
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
      }
    };
  }

  private static final Analyzer SHARED = englishAnalyzer();

  /**
   * The question with a listed abbreviation typed in lower case after "the" in capitals ("what did
   * the us say" → "what did the US say"), so that it is analysed as the name; else the question.
   */
  public static String capitaliseAbbreviations(String question) {
    return CapitalAbbreviations.capitalise(question);
  }

  /**
   * The spellings of a lower-case word that analysis reads as one transliterated name ("brodskiy":
   * "brodskii", "brodskiy", "brodsky", "brodskyy"), the word among them; just the word when it has
   * no such ending (an English word ending in "y" has its spellings too: the caller asks which of
   * them a vocabulary holds).
   */
  public static java.util.Set<String> spellings(String word) {
    return NameSpellings.spellings(word);
  }

  /** Lower case with accents folded to ASCII, as the index's spelling field holds words. */
  public static String fold(String word) {
    char[] in = word.toLowerCase(java.util.Locale.ROOT).toCharArray();
    char[] out = new char[in.length * 4];
    int n = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, in.length);
    return new String(out, 0, n);
  }

  /** Analysed terms of a text, in order, duplicates kept. */
  public static List<String> terms(String text) {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = SHARED.tokenStream(IndexSchema.TEXT, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) out.add(term.toString());
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * The text's words as the tokenizer splits them, lower-cased, stop words kept (word positions).
   */
  public static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    try (Tokenizer source = new StandardTokenizer()) {
      CharTermAttribute term = source.addAttribute(CharTermAttribute.class);
      source.setReader(new java.io.StringReader(text));
      source.reset();
      while (source.incrementToken()) out.add(term.toString().toLowerCase(java.util.Locale.ROOT));
      source.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * The word position of each of {@link #terms}'s terms in the text, stop words counted: two terms
   * are adjacent words when their positions differ by one ("Russia a list": 0 and 2); a position
   * indexes {@link #words}.
   */
  public static int[] positions(String text) {
    List<Integer> out = new ArrayList<>();
    try (TokenStream ts = SHARED.tokenStream(IndexSchema.TEXT, text)) {
      PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
      ts.reset();
      int pos = -1;
      while (ts.incrementToken()) {
        pos += inc.getPositionIncrement();
        out.add(pos);
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }
}
