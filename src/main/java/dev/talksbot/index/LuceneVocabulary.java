package dev.talksbot.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/** The Lucene index's plain-word vocabulary, with {@link DirectSpellChecker} for suggestions. */
final class LuceneVocabulary implements Vocabulary {
  /** Best suggestion first: highest similarity, then most frequent, then alphabetical. */
  static final Comparator<SuggestWord> BEST =
      Comparator.comparingDouble((SuggestWord w) -> -w.score)
          .thenComparingInt(w -> -w.freq)
          .thenComparing(w -> w.string);

  private final PassageSearcher searcher;

  LuceneVocabulary(PassageSearcher searcher) {
    this.searcher = searcher;
  }

  @Override
  public <T> T read(ViewFunction<T> f) throws IOException {
    return searcher.withSearcher(s -> f.apply(new ReaderView(s.getIndexReader())));
  }

  private record ReaderView(IndexReader reader) implements View {
    @Override
    public boolean contains(String word) throws IOException {
      return reader.docFreq(new Term(IndexSchema.SPELL, word)) > 0;
    }

    @Override
    public List<Suggestion> suggest(String word, SuggestOptions o) throws IOException {
      DirectSpellChecker checker = new DirectSpellChecker();
      checker.setMaxEdits(o.maxEdits());
      checker.setMinPrefix(o.prefixLength());
      checker.setMinQueryLength(o.minWordLength());
      checker.setAccuracy(o.accuracy());
      checker.setMaxInspections(o.maxInspections());
      checker.setLowerCaseTerms(false); // words are folded before they are looked up
      checker.setComparator(BEST);
      List<Suggestion> out = new ArrayList<>();
      for (SuggestWord s :
          checker.suggestSimilar(
              new Term(IndexSchema.SPELL, word),
              o.size(),
              reader,
              SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX,
              o.accuracy())) out.add(new Suggestion(s.string, s.score, s.freq));
      return out;
    }
  }
}
