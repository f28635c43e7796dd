package dev.talksbot.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.ingest.Article;
import dev.talksbot.ingest.ParagraphChunker;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The month and day of a dateline without a year ({@link Article#datelineDay}) is kept by the index
 * as the rest of an article's metadata: in the catalog record, across a reopening, and in the
 * content hash (invented places and outlets).
 */
class DatelineDayCatalogTest {
  @TempDir Path dir;

  static final String TEXT =
      "Delegates from Lutavia and Castrovia met at the Wendricht lighthouse on Friday, officials"
          + " said.\n\nThe working group on harbours will meet again in the spring.";

  static final Article DATELINED =
      new Article(
          "q",
          "q.txt",
          "Harbour talks open",
          "Brennick Wire",
          List.of(),
          null,
          null,
          TEXT,
          MonthDay.of(9, 19),
          null);

  static final Article UNDATED =
      new Article("q", "q.txt", "Harbour talks open", "Brennick Wire", List.of(), null, null, TEXT);

  @Test
  void aCatalogRecordKeepsTheDatelineDay() {
    CatalogRecord r = new CatalogRecord(ArticleHeader.of(DATELINED), "abc", 3);
    CatalogRecord back = CatalogRecord.decode("q", r.encode());
    assertThat(back).isEqualTo(r);
    assertThat(back.header().datelineDay()).isEqualTo(MonthDay.of(9, 19));
    assertThat(back.header().withText(TEXT)).isEqualTo(DATELINED);
  }

  @Test
  void aRecordOfTheFormatBeforeTheDatelineDayStillReads() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(1); // the first format: no dateline day after the authors
      out.writeLong(5);
      for (String s : new String[] {"h1", "q.txt", "Harbour talks", null, "2025-09-20", null})
        writeString(out, s);
      out.writeInt(1);
      writeString(out, "Ana Brennick");
    }
    CatalogRecord r = CatalogRecord.decode("q", new BytesRef(bytes.toByteArray()));
    assertThat(r.seq()).isEqualTo(5);
    assertThat(r.hash()).isEqualTo("h1");
    assertThat(r.header())
        .isEqualTo(
            new ArticleHeader(
                "q",
                "q.txt",
                "Harbour talks",
                null,
                List.of("Ana Brennick"),
                LocalDate.of(2025, 9, 20),
                null,
                null,
                null));
  }

  @Test
  void theIndexKeepsTheDatelineDayAcrossAReopening() throws Exception {
    try (PassageIndex index = open()) {
      index.add(DATELINED);
    }
    try (PassageIndex index = open()) {
      assertThat(index.articleHeaders().get("q").datelineDay()).isEqualTo(MonthDay.of(9, 19));
      assertThat(index.article("q")).contains(DATELINED);
    }
  }

  @Test
  void anArticleThatGainsADatelineDayIsWrittenAgain() throws Exception {
    try (PassageIndex index = open()) {
      index.add(UNDATED);
      assertThat(index.add(DATELINED)).isEqualTo(SearchIndex.AddOutcome.REPLACED);
      assertThat(index.article("q")).contains(DATELINED);
      assertThat(index.add(DATELINED)).isEqualTo(SearchIndex.AddOutcome.UNCHANGED);
    }
  }

  @Test
  void theHashOfAnArticleWithoutADatelineDayIsTheOneOlderIndexesHold() {
    Article plain =
        new Article(
            "two",
            "two.txt",
            null,
            null,
            List.of(),
            null,
            null,
            "Delegations met for two hours and agreed to meet again, a spokesman said on Friday.");
    // SHA-256 of the seven parts as the versions before the dateline day hashed them
    assertThat(PassageDocuments.contentHash(plain))
        .isEqualTo("5b90be2e048877974ebf759a48adcadd972aa9b1ddacd3c2a5072adc89b5e7f2");
    assertThat(PassageDocuments.contentHash(DATELINED))
        .isNotEqualTo(PassageDocuments.contentHash(UNDATED));
  }

  private PassageIndex open() throws Exception {
    return open(dir);
  }

  /** A passage index on disk in {@code dir}, as the dateline catalogue tests open it. */
  static PassageIndex open(Path dir) throws Exception {
    return new PassageIndex(dir, TestCorpus.embedder(), new ParagraphChunker(300, 700), 0.9, 0.4);
  }

  /** Writes a string as a catalogue record does (-1 for null). */
  static void writeString(DataOutputStream out, String s) throws IOException {
    if (s == null) {
      out.writeInt(-1);
      return;
    }
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }
}
