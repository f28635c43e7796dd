package dev.talksbot.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.ingest.Article;
import dev.talksbot.ingest.ParagraphChunker;
import dev.talksbot.ingest.Passage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sentence and word vectors are stored at index time: reading them back gives the model's vectors
 * exactly, and a reader of the index asks the model for nothing it stored.
 */
class StoredVectorsTest {
  @TempDir Path dir;

  /** The real model, counting the texts that reach it. */
  static final class Counting implements Embedder {
    final Embedder model = TestCorpus.embedder();
    final List<String> passages = new ArrayList<>();
    final List<String> queries = new ArrayList<>();

    @Override
    public String name() {
      return model.name();
    }

    @Override
    public int dimension() {
      return model.dimension();
    }

    @Override
    public synchronized float[] embedQuery(String text) {
      queries.add(text);
      return model.embedQuery(text);
    }

    @Override
    public synchronized float[] embedPassage(String text) {
      passages.add(text);
      return model.embedPassage(text);
    }

    @Override
    public synchronized List<float[]> embedPassages(List<String> texts) {
      passages.addAll(texts);
      return model.embedPassages(texts);
    }
  }

  private static final String TEXT =
      """
      Negotiators agreed in the harbour city to exchange 1,200 prisoners, the foreign minister \
      said on Thursday.

      The swap will take place in stages over the coming weeks, officials told reporters.
      """;

  @Test
  void everySentenceAndContentWordIsStoredAndServedWithoutTheModel() throws Exception {
    Counting counting = new Counting();
    var c = TalksbotConfig.defaults().chunking();
    ParagraphChunker chunker = new ParagraphChunker(c.targetChars(), c.maxChars());
    Article a =
        new Article(
            "swap",
            "swap.txt",
            "Prisoner swap agreed",
            "Meridian Post",
            List.of(),
            LocalDate.of(2025, 7, 24),
            null,
            TEXT);
    try (PassageIndex index = new PassageIndex(dir, counting, chunker, 0.9, 0.4)) {
      index.add(a);
      List<String> texts = new ArrayList<>();
      for (Passage p : index.passagesOf("swap"))
        texts.addAll(StoredVectors.textsOf(p, new HashMap<>()));
      assertThat(texts).contains("prisoners", "exchange", "weeks");
      assertThat(texts).doesNotContain("the", "to"); // stop words are not content words
      counting.passages.clear();
      List<float[]> stored = index.embedder().embedPassages(texts);
      assertThat(counting.passages).as("texts the model had to embed").isEmpty();
      List<float[]> computed = TestCorpus.embedder().embedPassages(texts);
      for (int i = 0; i < texts.size(); i++)
        assertThat(stored.get(i)).as(texts.get(i)).containsExactly(computed.get(i));
      // a text the index does not hold still goes to the model, once
      index.embedder().embedPassages(List.of("lighthouse keepers"));
      index.embedder().embedPassages(List.of("lighthouse keepers"));
      assertThat(counting.passages).containsExactly("lighthouse keepers");
      // a repeated question is embedded once
      index.embedder().embedQuery("How many prisoners?");
      index.embedder().embedQuery("How many prisoners?");
      assertThat(counting.queries).containsExactly("How many prisoners?");
    }
  }

  @Test
  void addingAnArticleStoresOnlyTheRowsTheIndexLacks() throws Exception {
    Counting counting = new Counting();
    ParagraphChunker chunker = new ParagraphChunker(300, 700);
    try (PassageIndex index = new PassageIndex(dir, counting, chunker, 0.9, 0.4)) {
      index.add(new Article("one", "one.txt", null, null, List.of(), null, null, TEXT));
      counting.passages.clear();
      index.add(new Article("two", "two.txt", null, null, List.of(), null, null, TEXT));
      // the same text again: only the passage vectors are new, no sentence or word row
      assertThat(counting.passages).hasSize(index.passagesOf("two").size());
    }
  }

  @Test
  void passageVectorsAreInAQuantizedGraphAndHitsAreScoredAtFullPrecision() throws Exception {
    ParagraphChunker chunker = new ParagraphChunker(300, 700);
    try (PassageIndex index = new PassageIndex(dir, TestCorpus.embedder(), chunker, 0.9, 0.4)) {
      index.add(new Article("one", "one.txt", "Prisoner swap", null, List.of(), null, null, TEXT));
      String format =
          index.withSearcher(
              s ->
                  s.getIndexReader()
                      .leaves()
                      .getFirst()
                      .reader()
                      .getFieldInfos()
                      .fieldInfo(IndexSchema.VECTOR)
                      .getAttribute("PerFieldKnnVectorsFormat.format"));
      // the scalar-quantized format (8-bit by default) registers under this historical name
      assertThat(format)
          .isEqualTo(
              org.apache.lucene.codecs.lucene104.Lucene104HnswScalarQuantizedVectorsFormat.NAME);
      float[] q = TestCorpus.embedder().embedQuery("How many prisoners will be exchanged?");
      List<IndexHit> hits = index.searchDense(q, 3);
      assertThat(hits).isNotEmpty();
      for (IndexHit h : hits) {
        Passage p = index.passages(List.of(h.passageId())).get(h.passageId());
        float[] v = TestCorpus.embedder().embedPassage("Prisoner swap\n" + p.text());
        assertThat((double) h.score())
            .isCloseTo(Embedder.dot(q, v), org.assertj.core.data.Offset.offset(1e-5));
      }
    }
  }
}
