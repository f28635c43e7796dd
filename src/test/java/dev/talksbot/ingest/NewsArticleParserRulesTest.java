package dev.talksbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The parser's metadata and dateline rules on made-up articles (none from the bundled corpus). */
class NewsArticleParserRulesTest {
  final NewsArticleParser parser = new NewsArticleParser();

  static final String LEAD = "The talks resumed on Monday in a calm mood, officials said.";
  static final String SECOND = "Both delegations will meet again next week, a mediator said.";

  Article parse(String raw) {
    return parser.parse("t", "t.txt", raw);
  }

  @Test
  void metadataLineWithAnOutletLast() {
    Article a = parse(" date 2025-07-23 By Anna Kovacs, Meridian Post\n\n" + LEAD);
    assertThat(a.date()).isEqualTo(LocalDate.of(2025, 7, 23));
    assertThat(a.authors()).containsExactly("Anna Kovacs");
    assertThat(a.outlet()).isEqualTo("Meridian Post");
    Article b = parse(" date 2025-07-23 By J. Smith, Baltic Wire\n\n" + LEAD);
    assertThat(b.authors()).containsExactly("J. Smith");
    assertThat(b.outlet()).isEqualTo("Baltic Wire");
  }

  @Test
  void aBylineWithItsDateGivesAuthorsAndDate() {
    Article a =
        parse("Harbour talks end without a deal\nBy Marta Ionescu | 24 August 2025\n\n" + LEAD);
    assertThat(a.authors()).containsExactly("Marta Ionescu");
    assertThat(a.date()).isEqualTo(LocalDate.of(2025, 8, 24));
    assertThat(a.title()).isEqualTo("Harbour talks end without a deal");
    assertThat(a.text()).startsWith(LEAD).doesNotContain("Ionescu");
    Article b = parse("By Ola Berg, Kestrel Times · Aug. 3, 2025\n\n" + LEAD);
    assertThat(b.date()).isEqualTo(LocalDate.of(2025, 8, 3));
    assertThat(b.outlet()).isEqualTo("Kestrel Times");
  }

  @Test
  void aBylineWithoutAYearInventsNoDate() {
    Article a = parse("By Marta Ionescu | 24 August\n\n" + LEAD);
    assertThat(a.date()).isNull();
  }

  @Test
  void aNavigationBarIsChromeNotATitle() {
    Article a = parse("Home | World | Europe | Opinion\n\nHarbour talks end early\n\n" + LEAD);
    assertThat(a.title()).isEqualTo("Harbour talks end early");
    assertThat(a.text()).doesNotContain("Opinion");
  }

  @Test
  void metadataLineWithOnlyAuthors() {
    Article a = parse(" date 2025-07-23 By Mara Quist, Ines Alba\n\n" + LEAD);
    assertThat(a.authors()).containsExactly("Mara Quist", "Ines Alba");
    assertThat(a.outlet()).isNull();
  }

  @Test
  void metadataLineWithAnAcronymOrADomainLast() {
    assertThat(parse(" date 2025-07-23 By Mara Quist, AFP\n\n" + LEAD).outlet()).isEqualTo("AFP");
    Article d = parse(" date 2025-07-23 By Mara Quist, example.com\n\n" + LEAD);
    assertThat(d.outlet()).isEqualTo("example.com");
    assertThat(d.authors()).containsExactly("Mara Quist");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "(Some Wire) — ",
        "(Some Wire) – ",
        "(Some Wire) -- ",
        "GENEVA, Aug. 4 (Some Wire) — ",
        "GENEVA (Some Wire) - "
      })
  void datelineGivesTheOutletAndLeavesTheTextAndPassages(String dateline) {
    Article a = parse(dateline + LEAD + "\n\n" + SECOND);
    assertThat(a.outlet()).isEqualTo("Some Wire");
    assertThat(a.text()).isEqualTo(LEAD + "\n\n" + SECOND);
    List<Passage> passages = new ParagraphChunker(400, 800).chunk(a);
    assertThat(passages).isNotEmpty();
    assertThat(passages)
        .allSatisfy(p -> assertThat(p.text()).doesNotContain("Some Wire", "GENEVA"));
    Span first = new SentenceSplitter().split(a.text()).getFirst();
    assertThat(first.of(a.text())).isEqualTo(LEAD);
  }

  @Test
  void datelineWithoutOutletIsRemovedAndInventsNone() {
    Article a = parse("GENEVA, Aug. 4 — " + LEAD);
    assertThat(a.outlet()).isNull();
    assertThat(a.text()).isEqualTo(LEAD);
    assertThat(a.title()).isNull();
  }

  @Test
  void datelineOnItsOwnLineIsNotTakenForTheTitle() {
    Article a = parse("Talks resume in Geneva\n\nGENEVA, Aug. 4 (Some Wire) —\n" + LEAD);
    assertThat(a.title()).isEqualTo("Talks resume in Geneva");
    assertThat(a.outlet()).isEqualTo("Some Wire");
    assertThat(a.text()).isEqualTo(LEAD);
    Article b = parse("GENEVA, Aug. 4 (Some Wire) —\n" + LEAD);
    assertThat(b.title()).isNull();
    assertThat(b.text()).isEqualTo(LEAD);
  }

  @Test
  void textAfterADatelineIsBodyNeverTheTitle() {
    Article a = parse("(Some Wire) — Talks went on late into the night\n\n" + LEAD);
    assertThat(a.title()).isNull();
    assertThat(a.text()).isEqualTo("Talks went on late into the night\n\n" + LEAD);
  }

  @Test
  void datelineAfterAShortLineBeforeTheLeadIsStillRemoved() {
    Article a = parse("Live\n\n(Some Wire) — " + LEAD);
    assertThat(a.outlet()).isEqualTo("Some Wire");
    assertThat(a.text()).doesNotContain("(Some Wire)").endsWith(LEAD);
  }

  @Test
  void theMetadataOutletWinsOverTheDatelineButTheDatelineIsStillRemoved() {
    Article a =
        parse(" date 2025-07-23 By Mara Quist, Meridian Post\n\nGENEVA (Some Wire) - " + LEAD);
    assertThat(a.outlet()).isEqualTo("Meridian Post");
    assertThat(a.text()).isEqualTo(LEAD);
  }

  @Test
  void anAmbiguousLastBylineEntryIsTheOutletWhenTheDatelineNamesIt() {
    Article a = parse(" date 2025-07-23 By Mara Quist, Kestrel\n\n(Kestrel) — " + LEAD);
    assertThat(a.outlet()).isEqualTo("Kestrel");
    assertThat(a.authors()).containsExactly("Mara Quist");
    Article b = parse(" date 2025-07-23 By Mara Quist, Kestrel\n\n" + LEAD);
    assertThat(b.outlet()).as("no other evidence: stays an author").isNull();
    assertThat(b.authors()).containsExactly("Mara Quist", "Kestrel");
  }

  @Test
  void aTextStartingWithAParenthesisThatIsNoDatelineIsLeftAlone() {
    String lead = "(Updated at 10:00 GMT) The talks resumed on Monday, officials said.";
    Article a = parse(lead + "\n\n" + SECOND);
    assertThat(a.outlet()).isNull();
    assertThat(a.text()).isEqualTo(lead + "\n\n" + SECOND);
  }

  @Test
  void shortLinesTrailingTheLastParagraphAreDroppedButInnerHeadingsKept() {
    Article a =
        parse(
            LEAD
                + "\n\nWhat comes next\n\n"
                + SECOND
                + "\n\nLantern gallery teaser\n\nTap to see our partners:\n");
    assertThat(a.text()).isEqualTo(LEAD + "\n\nWhat comes next\n\n" + SECOND);
  }

  @Test
  void toldNamesTheOutletOnlyForAnAcronymThatIsNotACountryOrInstitution() {
    assertThat(parse("The envoy told AFP the talks would resume on Monday.").outlet())
        .isEqualTo("AFP");
    assertThat(parse("The envoy told NATO the talks would resume on Monday.").outlet()).isNull();
  }
}
