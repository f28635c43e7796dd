package dev.talksbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** A fact check saved as a web page: structured data, a byline with credits, labelled sections. */
class FactCheckPageTest {
  static final String PAGE =
      """
      <html><head>
      <title>Fact check: Brenn did not close the Tarn crossing | Quellmoor Checks</title>
      <meta property="og:title" content="No, Brenn has not shut the Tarn crossing">
      <script type="application/ld+json">
      {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": "Quellmoor Checks"},
        {"@type": "NewsArticle",
         "headline": "Fact check: Brenn did not close the Tarn crossing",
         "datePublished": "2026-04-02T09:00:00+02:00",
         "author": [{"@type": "Person", "name": "Anna Berg"},
                    {"@type": "Organization", "name": "Quellmoor Checks desk"}],
         "editor": {"@type": "Person", "name": "Tom Reed"},
         "publisher": {"@type": "Organization", "name": "Quellmoor Checks"}}]}
      </script>
      </head><body>
      <header><a href="/">QUELLMOOR Checks</a></header>
      <article>
        <h1>Brenn did not close the Tarn crossing</h1>
        <p>By Anna Berg · Reviewed by Tom Reed · Published April 2, 2026, 09:00 · Updated 14:10</p>
        <section><h2>Claim:</h2>
        <p>"Brenn has closed the Tarn crossing to all trucks." The post was shared thousands of times.</p></section>
        <section><h2>Verdict: False</h2>
        <p>The crossing was open all week, and the customs office of Brenn reported 1,200 trucks.</p></section>
        <h2>What we found</h2>
        <p>Customs figures published on Friday show traffic in both directions on every day of the week.</p>
        <p class="corrections">Spotted an error? Read our corrections policy or write to us.</p>
      </article>
      </body></html>
      """;

  final HtmlExtractor html = new HtmlExtractor(new NewsArticleParser());

  @Test
  void structuredDataGivesTheHeadlineThePeopleAndThePublisher() {
    Article a = html.extractFile("f", "f.html", PAGE);
    assertThat(a.title()).isEqualTo("Fact check: Brenn did not close the Tarn crossing");
    assertThat(a.authors()).containsExactly("Anna Berg"); // the reviewer is no author
    assertThat(a.date()).isEqualTo(LocalDate.of(2026, 4, 2));
    assertThat(a.outlet()).isEqualTo("Quellmoor Checks"); // no og:site_name: the publisher
  }

  @Test
  void theBylineWithCreditsAndPublicationIsMetadata() {
    Article a =
        new NewsArticleParser()
            .parse(
                "f",
                "f.txt",
                """
        Brenn did not close the Tarn crossing

        By Anna Berg · Reviewed by Tom Reed · Published April 2, 2026, 09:00 · Updated 14:10

        The crossing was open all week, and the customs office of Brenn reported 1,200 trucks.
        """);
    assertThat(a.authors()).containsExactly("Anna Berg");
    assertThat(a.date()).isEqualTo(LocalDate.of(2026, 4, 2));
    assertThat(a.text()).doesNotContain("Reviewed").doesNotContain("Published");
  }

  @Test
  void sectionLabelsOpenTheParagraphTheyHead() {
    Article a = html.extractFile("f", "f.html", PAGE);
    assertThat(a.text())
        .contains("Claim: \"Brenn has closed the Tarn crossing to all trucks.\"")
        .contains("Verdict: False. The crossing was open all week")
        .doesNotContain("Spotted an error");
    List<Passage> passages = new ParagraphChunker(300, 700).chunk(a);
    Passage verdict =
        passages.stream().filter(p -> p.text().contains("Verdict")).findFirst().orElseThrow();
    assertThat(
            verdict.sentenceText(
                verdict.sentences().stream()
                    .filter(s -> verdict.sentenceText(s).startsWith("Verdict"))
                    .findFirst()
                    .orElseThrow()))
        .isEqualTo("Verdict: False.");
  }

  @Test
  void aLabelOnlyOpensAProseParagraph() {
    assertThat(SectionLabels.joined(List.of("Verdict: False", "What we found")))
        .containsExactly("Verdict: False", "What we found");
    assertThat(SectionLabels.opening("Talks resumed: more below")).isNull(); // no label
    assertThat(SectionLabels.opening("Verdict: the claim is wrong in every detail we checked"))
        .isNull(); // too long for a value
  }

  @Test
  void jsonLdOfAnotherTypeOrInvalidJsonGivesNothing() {
    var doc =
        Jsoup.parse(
            """
            <script type="application/ld+json">{"@type": "WebSite", "name": "X"}</script>
            <script type="application/ld+json">{not json</script>
            """);
    assertThat(JsonLd.of(doc)).isEqualTo(JsonLd.Data.NONE);
  }
}
