package dev.talksbot.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.ingest.Article;
import dev.talksbot.ingest.ParagraphChunker;
import dev.talksbot.ingest.Passage;
import dev.talksbot.ingest.Span;
import dev.talksbot.nlp.Clauses;
import dev.talksbot.nlp.TypedValue;
import dev.talksbot.nlp.ValueSpotter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The values of each usable sentence and of its clauses are spotted at index time and stored with
 * the passage: what is read back is exactly what the spotter finds in those texts.
 */
class SentenceValuesTest {
  @TempDir Path dir;

  private static final String TEXT =
      """
      Maria Ostrova, the deputy foreign minister, said on Thursday that 1,200 prisoners would be \
      exchanged in Geneva, while the other delegation asked for 300 more.

      The swap will take place in stages over the coming weeks; officials in Vienna declined to \
      say when it would end.

      Short one.
      """;

  @Test
  void storedValuesAreTheSpottersValuesOfEachUsableSentenceAndClause() throws Exception {
    try (PassageIndex index =
        new PassageIndex(dir, TestCorpus.embedder(), new ParagraphChunker(300, 700), 0.9, 0.4)) {
      index.add(new Article("swap", "swap.txt", "Swap", null, List.of(), null, null, TEXT));
      List<String> expected = new ArrayList<>();
      int stored = 0;
      for (Passage p : index.passagesOf("swap")) {
        for (Span s : p.sentences()) {
          String sentence = p.sentenceText(s);
          if (!StoredVectors.usable(sentence)) continue;
          expected.add(sentence);
          String[] clauses = Clauses.of(sentence);
          if (clauses.length > 1) expected.addAll(List.of(clauses));
        }
        Map<String, List<TypedValue>> read = SentenceValues.decode(p.text(), storedBytes(index, p));
        stored += read.size();
        read.forEach(
            (text, values) -> assertThat(values).as(text).isEqualTo(ValueSpotter.values(text)));
      }
      assertThat(expected).contains("The swap will take place in stages over the coming weeks");
      assertThat(stored).isEqualTo(expected.size());
      assertThat(
              ValueSpotter.values(
                  "Maria Ostrova, the deputy foreign minister, said on Thursday that 1,200"
                      + " prisoners would be exchanged in Geneva"))
          .extracting(TypedValue::text)
          .contains("1,200", "Geneva");
    }
  }

  private static byte[] storedBytes(PassageIndex index, Passage p) throws Exception {
    return index.withSearcher(
        s -> {
          var top =
              s.search(
                  new org.apache.lucene.search.TermQuery(
                      new org.apache.lucene.index.Term(IndexSchema.ID, p.id())),
                  1);
          StoredFields f = s.storedFields();
          BytesRef b = f.document(top.scoreDocs[0].doc).getBinaryValue(IndexSchema.SENTENCE_VALUES);
          assertThat(b).as("stored values of " + p.id()).isNotNull();
          return java.util.Arrays.copyOfRange(b.bytes, b.offset, b.offset + b.length);
        });
  }
}
