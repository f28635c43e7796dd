package dev.talksbot.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.ingest.Article;
import dev.talksbot.ingest.ParagraphChunker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FileSwitchDirectory;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.store.NIOFSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index is written as separate files (no compound file) and read mapped, except the vectors,
 * stored fields and doc values, which are read with positional reads; searches work the same.
 */
class IndexDirectoryTest {
  @TempDir Path dir;

  private static final String TEXT =
      """
      Negotiators agreed in the harbour city to exchange 1,200 prisoners, the foreign minister \
      said on Thursday.

      The swap will take place in stages over the coming weeks, officials told reporters.
      """;

  @Test
  void vectorsStoredFieldsAndDocValuesAreReadUnmappedTheRestMapped() throws Exception {
    assertThat(IndexDirectory.unmapped()).containsExactlyInAnyOrder("vec", "fdt", "dvd");
    try (Directory d = IndexDirectory.open(dir)) {
      assertThat(d).isInstanceOf(FileSwitchDirectory.class);
      FileSwitchDirectory sw = (FileSwitchDirectory) d;
      assertThat(sw.getPrimaryDir()).isInstanceOf(NIOFSDirectory.class);
      assertThat(sw.getSecondaryDir()).isInstanceOf(MMapDirectory.class);
    }
  }

  @Test
  void thePropertyChoosesTheUnmappedExtensionsAndEmptyMapsEverything() throws Exception {
    String before = System.getProperty("talksbot.index.unmapped");
    try {
      System.setProperty("talksbot.index.unmapped", " vec , veq ");
      assertThat(IndexDirectory.unmapped()).containsExactlyInAnyOrder("vec", "veq");
      System.setProperty("talksbot.index.unmapped", "");
      assertThat(IndexDirectory.unmapped()).isEmpty();
      try (Directory d = IndexDirectory.open(dir)) {
        assertThat(d).isInstanceOf(MMapDirectory.class);
      }
    } finally {
      if (before == null) System.clearProperty("talksbot.index.unmapped");
      else System.setProperty("talksbot.index.unmapped", before);
    }
  }

  @Test
  void theWriterKeepsEachPartInItsOwnFileAndTheIndexAnswers() throws Exception {
    try (PassageIndex index =
        new PassageIndex(dir, TestCorpus.embedder(), new ParagraphChunker(300, 700), 0.9, 0.4)) {
      index.add(new Article("one", "one.txt", "Prisoner swap", null, List.of(), null, null, TEXT));
      index.add(new Article("two", "two.txt", null, null, List.of(), null, null, TEXT + " More."));
      try (Stream<Path> files = Files.list(dir)) {
        List<String> names = files.map(p -> p.getFileName().toString()).toList();
        assertThat(names).noneMatch(n -> n.endsWith(".cfs"));
        assertThat(names).anyMatch(n -> n.endsWith(".vec"));
        assertThat(names).anyMatch(n -> n.endsWith(".fdt"));
      }
      float[] q = TestCorpus.embedder().embedQuery("How many prisoners will be exchanged?");
      assertThat(index.searchDense(q, 2)).hasSize(2);
      assertThat(index.searchBm25("prisoners exchange", 2)).hasSize(2);
      assertThat(index.passagesOf("one").getFirst().text()).contains("1,200 prisoners");
    }
  }
}
