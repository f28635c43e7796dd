package dev.talksbot.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.ingest.Article;
import dev.talksbot.ingest.ParagraphChunker;
import dev.talksbot.ingest.Passage;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalog keeps the articles' metadata in memory, not their texts: an article's text is read
 * from the index when the article is asked for, and equals the text that was added.
 */
class ArticleCatalogTest {
  @TempDir Path dir;

  private static final String TEXT_ONE =
      """
      Negotiators agreed in the harbour city to exchange 1,200 prisoners, the foreign minister \
      said on Thursday.

      The swap will take place in stages over the coming weeks, officials told reporters.
      """;

  private static final String TEXT_TWO =
      "Delegations met for two hours and agreed to meet again, a spokesman said on Friday.";

  private static final Article ONE =
      new Article(
          "one",
          "one.txt",
          "Prisoner swap agreed",
          "Meridian Post",
          List.of("Ana Petrova", "Ivo Marek"),
          LocalDate.of(2025, 7, 24),
          "https://example.org/one",
          TEXT_ONE);

  private static final Article TWO =
      new Article("two", "two.txt", null, null, List.of(), null, null, TEXT_TWO);

  private PassageIndex open() throws Exception {
    return new PassageIndex(dir, TestCorpus.embedder(), new ParagraphChunker(300, 700), 0.9, 0.4);
  }

  @Test
  void articleTextsAreReadOnDemandAndEqualTheAddedText() throws Exception {
    try (PassageIndex index = open()) {
      index.add(ONE);
      index.add(TWO);
      Map<String, ArticleHeader> headers = index.articleHeaders();
      assertThat(headers.keySet()).containsExactly("one", "two");
      assertThat(headers.get("one")).isEqualTo(ArticleHeader.of(ONE));
      assertThat(headers.get("two")).isEqualTo(ArticleHeader.of(TWO));
      assertThat(index.articles().keySet()).containsExactly("one", "two");
      assertThat(index.cachedArticleTexts()).as("texts held after the catalog was read").isZero();

      assertThat(index.articles().get("one")).isEqualTo(ONE);
      assertThat(index.cachedArticleTexts()).isEqualTo(1);
      assertThat(index.article("two")).contains(TWO);
      assertThat(index.articles().values()).containsExactly(ONE, TWO);
      assertThat(index.articles().get("three")).isNull();
      // a passage's offsets point into the text read back
      Passage p = index.passagesOf("one").getFirst();
      assertThat(index.articles().get("one").text().substring(p.span().start(), p.span().end()))
          .isEqualTo(p.text());
    }
  }

  @Test
  void aReplacedArticleServesItsNewTextAndTheOldVersionIsGone() throws Exception {
    try (PassageIndex index = open()) {
      index.add(ONE);
      Map<String, Article> before = index.articles();
      assertThat(before.get("one").text()).isEqualTo(TEXT_ONE);
      Article changed =
          new Article(
              "one",
              "one.txt",
              "Prisoner swap delayed",
              "Meridian Post",
              List.of(),
              LocalDate.of(2025, 7, 25),
              null,
              TEXT_TWO);
      assertThat(index.add(changed)).isEqualTo(SearchIndex.AddOutcome.REPLACED);
      assertThat(index.articles().get("one")).isEqualTo(changed);
      assertThat(index.articleHeaders().get("one").title()).isEqualTo("Prisoner swap delayed");
      // the cached old text still belongs to the old version only
      assertThat(before.get("one").text()).isEqualTo(TEXT_ONE);
      assertThat(index.articles().get("one").text()).isEqualTo(TEXT_TWO);
      assertThat(index.add(changed)).isEqualTo(SearchIndex.AddOutcome.UNCHANGED);
    }
  }

  @Test
  void theTextCacheIsBoundedByCharactersAndKeepsTheRecentlyUsed() {
    TextCache cache = new TextCache(10);
    cache.put("a", "aaaa");
    cache.put("b", "bbbb");
    assertThat(cache.get("a")).isEqualTo("aaaa"); // a is now the most recently used
    cache.put("c", "cccc");
    assertThat(cache.get("b")).isNull();
    assertThat(cache.get("a")).isEqualTo("aaaa");
    assertThat(cache.chars()).isEqualTo(8);
    cache.put("long", "x".repeat(25)); // longer than the bound: kept alone
    assertThat(cache.size()).isEqualTo(1);
    assertThat(cache.get("long")).hasSize(25);
  }

  @Test
  void aCatalogRecordReadsBackAsWritten() {
    CatalogRecord full = new CatalogRecord(ArticleHeader.of(ONE), "abc123", 7);
    assertThat(CatalogRecord.decode("one", full.encode())).isEqualTo(full);
    CatalogRecord bare = new CatalogRecord(ArticleHeader.of(TWO), "def", 0);
    assertThat(CatalogRecord.decode("two", bare.encode())).isEqualTo(bare);
  }
}
