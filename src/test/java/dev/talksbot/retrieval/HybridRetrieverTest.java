package dev.talksbot.retrieval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.index.Embedder;
import dev.talksbot.index.PassageIndex;
import dev.talksbot.ingest.Article;
import dev.talksbot.ingest.ParagraphChunker;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The passage with every word of a short question, first in BM25, is handed to the answerer even
 * when the kNN ranking (of twice the weight) puts it past the cut.
 */
class HybridRetrieverTest {
  /** Every text reads alike to this model except the one about the spokesman. */
  static final class SkewedEmbedder implements Embedder {
    @Override
    public String name() {
      return "skewed-test";
    }

    @Override
    public int dimension() {
      return 2;
    }

    @Override
    public float[] embedQuery(String text) {
      return new float[] {1, 0};
    }

    @Override
    public float[] embedPassage(String text) {
      return text.contains("spokesman") ? new float[] {0, 1} : new float[] {1, 0};
    }
  }

  @Test
  void bm25sFirstPassageIsHandedOnWhenTheFusionLeavesItOut(@TempDir Path dir) throws Exception {
    try (PassageIndex index =
        new PassageIndex(dir, new SkewedEmbedder(), new ParagraphChunker(300, 700), 0.9, 0.4)) {
      for (int i = 0; i < 12; i++)
        index.add(
            article(
                "filler" + i,
                "The Tarn ministry of harbours opened berth number " + i + " to grain ships."));
      index.add(
          article(
              "spokesman",
              "Ivo Brenn, spokesman for the Tarn foreign ministry, said talks would go on."));
      HybridRetriever retriever =
          new HybridRetriever(index, HybridRetriever.Mode.HYBRID, 10, 40, 1.0, 2.0);
      List<ScoredPassage> got =
          retriever.retrieve(new RetrievalQuery("Who is the Tarn foreign ministry spokesman?", 8));
      List<String> ids = got.stream().map(p -> p.article().id()).toList();
      assertThat(ids.subList(0, 8)).doesNotContain("spokesman"); // the fusion's eight
      assertThat(ids).hasSize(9).endsWith("spokesman");
      assertThat(got.getLast().bm25Rank()).isEqualTo(1);
    }
  }

  /**
   * A name no retrieved passage holds: BM25's first passage for it is handed on when it holds every
   * name of the question, and not when it lacks one (a question that swaps a name).
   */
  @Test
  void aPassageWithANameNoRetrievedPassageHoldsIsHandedOn(@TempDir Path dir) throws Exception {
    try (PassageIndex index =
        new PassageIndex(dir, new SkewedEmbedder(), new ParagraphChunker(300, 700), 0.9, 0.4)) {
      for (int i = 0; i < 20; i++)
        index.add(article("filler" + i, "The Tarn ferries sailed on time on route " + i + "."));
      // the question's own words, rare in this coverage, in a quotation
      index.add(article("quote", "\"What did we say about it?\" the Tarn ferries board asked."));
      index.add(
          article("vosk", "Ivo Vosk, spokesman for the Tarn ferries, said the fares would rise."));
      HybridRetriever retriever =
          new HybridRetriever(index, HybridRetriever.Mode.HYBRID, 30, 40, 1.0, 2.0);
      List<ScoredPassage> got =
          retriever.retrieve(new RetrievalQuery("What did Vosk say about the Tarn ferries?", 8));
      List<String> ids = got.stream().map(p -> p.article().id()).toList();
      assertThat(ids.subList(0, ids.size() - 1)).doesNotContain("vosk");
      assertThat(ids).endsWith("vosk");
      List<String> swapped =
          retriever
              .retrieve(new RetrievalQuery("What did Vosk say about the Brenn ferries?", 8))
              .stream()
              .map(p -> p.article().id())
              .toList();
      assertThat(swapped).doesNotContain("vosk");
    }
  }

  private static Article article(String id, String text) {
    return new Article(
        id, id + ".txt", null, "Northgate Wire", List.of(), LocalDate.of(2025, 3, 2), null, text);
  }
}
