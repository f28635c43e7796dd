package dev.talksbot.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.ingest.Article;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.MonthDay;
import java.util.List;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The place of an article's dateline ({@link Article#datelinePlace}) is kept by the index as the
 * rest of an article's metadata: in the catalog record (older formats still read, without it),
 * across a reopening, and in the content hash only when the article has one (invented places and
 * outlets).
 */
class DatelinePlaceCatalogTest {
  @TempDir Path dir;

  static final Article PLACED =
      new Article(
          "q",
          "q.txt",
          "Harbour talks open",
          "Brennick Wire",
          List.of(),
          null,
          null,
          DatelineDayCatalogTest.TEXT,
          MonthDay.of(9, 19),
          "Quellmoor");

  @Test
  void aCatalogRecordKeepsTheDatelinePlace() {
    CatalogRecord r = new CatalogRecord(ArticleHeader.of(PLACED), "abc", 3);
    CatalogRecord back = CatalogRecord.decode("q", r.encode());
    assertThat(back).isEqualTo(r);
    assertThat(back.header().datelinePlace()).isEqualTo("Quellmoor");
    assertThat(back.header().datelineDay()).isEqualTo(MonthDay.of(9, 19));
    assertThat(back.header().withText(DatelineDayCatalogTest.TEXT)).isEqualTo(PLACED);
  }

  @Test
  void aRecordOfTheFormatBeforeTheDatelinePlaceStillReads() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(2); // the second format: the dateline day after the authors, no place
      out.writeLong(5);
      for (String s : new String[] {"h1", "q.txt", "Harbour talks", null, null, null})
        DatelineDayCatalogTest.writeString(out, s);
      out.writeInt(0);
      DatelineDayCatalogTest.writeString(out, "--09-19");
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
                List.of(),
                null,
                null,
                MonthDay.of(9, 19),
                null));
    assertThat(r.header().datelinePlace()).isNull();
  }

  @Test
  void theIndexKeepsTheDatelinePlaceAcrossAReopening() throws Exception {
    try (PassageIndex index = open()) {
      index.add(PLACED);
    }
    try (PassageIndex index = open()) {
      assertThat(index.articleHeaders().get("q").datelinePlace()).isEqualTo("Quellmoor");
      assertThat(index.article("q")).contains(PLACED);
    }
  }

  @Test
  void anArticleThatGainsADatelinePlaceIsWrittenAgain() throws Exception {
    try (PassageIndex index = open()) {
      index.add(DatelineDayCatalogTest.DATELINED);
      assertThat(index.add(PLACED)).isEqualTo(SearchIndex.AddOutcome.REPLACED);
      assertThat(index.article("q")).contains(PLACED);
      assertThat(index.add(PLACED)).isEqualTo(SearchIndex.AddOutcome.UNCHANGED);
    }
  }

  @Test
  void theHashOfAnArticleWithoutADatelinePlaceIsUnchanged() {
    Article dayOnly = DatelineDayCatalogTest.DATELINED;
    Article sameWithNullPlace = dayOnly.withDatelinePlace(null);
    assertThat(PassageDocuments.contentHash(sameWithNullPlace))
        .isEqualTo(PassageDocuments.contentHash(dayOnly));
    // the hash older indexes hold for an article without a dateline (DatelineDayCatalogTest's)
    Article plain =
        new Article(
            "two",
            "two.txt",
            null,
            null,
            List.of(),
            null,
            null,
            "Delegations met for two hours and agreed to meet again, a spokesman said on Friday.",
            null,
            null);
    assertThat(PassageDocuments.contentHash(plain))
        .isEqualTo("5b90be2e048877974ebf759a48adcadd972aa9b1ddacd3c2a5072adc89b5e7f2");
    assertThat(PassageDocuments.contentHash(PLACED))
        .isNotEqualTo(PassageDocuments.contentHash(dayOnly));
  }

  private PassageIndex open() throws Exception {
    return DatelineDayCatalogTest.open(dir);
  }
}
