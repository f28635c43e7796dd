package dev.talksbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NewsArticleParserTest {
  final NewsArticleParser parser = new NewsArticleParser();

  static String raw(String name) throws IOException {
    return Files.readString(Path.of("index", "corpus", name));
  }

  @Test
  void metadataLineBecomesDateAuthorsAndOutlet() throws IOException {
    Article a = parser.parse("000", "000.txt", raw("000_ab426296e870d864.txt"));
    assertThat(a.date()).isEqualTo(LocalDate.of(2025, 7, 23));
    assertThat(a.outlet()).isEqualTo("CNN");
    assertThat(a.authors())
        .containsExactly(
            "Christian Edwards", "Daria Tarasova-Markina", "Anna Chernova", "Gul Tuysuz");
    assertThat(a.title()).isNull();
    assertThat(a.url()).isNull();
  }

  @Test
  void datelineIsStrippedAndWireAndCopyrightFootersRemoved() throws IOException {
    Article a = parser.parse("000", "000.txt", raw("000_ab426296e870d864.txt"));
    assertThat(a.text()).startsWith("Russian and Ukrainian delegates have begun");
    assertThat(a.text())
        .doesNotContain("(CNN)")
        .doesNotContain("The-CNN-Wire")
        .doesNotContain("©")
        .doesNotContain("All rights reserved");
    assertThat(a.text()).endsWith("only a meeting of the two leaders can end the war.");
  }

  @Test
  void metadataLineWithBodyKeepsTheBodyAndInventsNoOutlet() throws IOException {
    Article a = parser.parse("001", "001.txt", raw("001_03bb27ef92224f2d.txt"));
    assertThat(a.date()).isEqualTo(LocalDate.of(2025, 7, 23));
    assertThat(a.outlet()).isNull();
    assertThat(a.authors()).isEmpty();
    assertThat(a.text()).startsWith("Russia said that it expected talks with Ukraine");
  }

  @Test
  void outletFromTheTextsOwnAttributionOnly() throws IOException {
    Article rfe = parser.parse("002", "002.txt", raw("002_26359c985ce23d95.txt"));
    assertThat(rfe.outlet()).isEqualTo("RFE/RL");
    assertThat(rfe.date()).isNull();
    Article turkey = parser.parse("003", "003.txt", raw("003_cdbbf5a283a9f22b.txt"));
    assertThat(turkey.outlet()).as("an agency the article cites is not its outlet").isNull();
  }

  @Test
  void headlineLineBecomesTheTitle() throws IOException {
    Article a = parser.parse("003", "003.txt", raw("003_cdbbf5a283a9f22b.txt"));
    assertThat(a.title())
        .isEqualTo("Turkey Hosts New Round of Negotiations Between Russia and Ukraine");
    assertThat(a.text()).startsWith("A new round of direct negotiations");
  }

  @Test
  void pageChromeAndRelatedArticlesAreRemoved() throws IOException {
    Article a = parser.parse("004", "004.txt", raw("004_219db885d6aec124.txt"));
    assertThat(a.title()).isEqualTo("Third round of Russia-Ukraine peace talks: Live Updates");
    assertThat(a.outlet()).isEqualTo("Russia Today");
    assertThat(a.date()).isEqualTo(LocalDate.of(2025, 7, 23));
    assertThat(a.text()).startsWith("A new round of Russia-Ukraine peace talks kicked off");
    assertThat(a.text()).endsWith("The draft proposals are diametrically opposed.'");
    for (String chrome :
        new String[] {
          "logo",
          "Orange background",
          "Try Our AI",
          "Daily8",
          "Comments",
          "No comments",
          "Related Articles",
          "skating",
          "Xi",
          "space",
          "DOWNLOAD",
          "app-store",
          "Live Updates"
        }) {
      assertThat(a.text()).as(chrome).doesNotContain(chrome);
    }
  }

  @Test
  void rulesAreGeneralNotTiedToOnePage() {
    String page =
        """
        logo
        Ceasefire talks stall in Geneva

        Ceasefire talks stall in Geneva

        Global Herald12-03-2025
        Negotiators left Geneva on Tuesday without agreeing on a ceasefire, officials said.
        Both sides will meet again next month, according to the mediators.
        Blue background
        Try Our AI Features
        Comments (3)
        Most read
        Football club wins the cup
        A football club won the cup on Sunday.
        Download the BestNews app from the App Store and Google Play
        © 2025 Global Herald. All rights reserved.
        """;
    Article a = parser.parse("x", "x.html.txt", page);
    assertThat(a.title()).isEqualTo("Ceasefire talks stall in Geneva");
    assertThat(a.outlet()).isEqualTo("Global Herald");
    assertThat(a.date()).isEqualTo(LocalDate.of(2025, 3, 12));
    assertThat(a.text())
        .isEqualTo(
            "Negotiators left Geneva on Tuesday without agreeing on a ceasefire, officials said."
                + "\n\nBoth sides will meet again next month, according to the mediators.");
  }

  @Test
  void bylineWithPeopleOnlyLeavesOutletEmpty() {
    Article a =
        parser.parse(
            "y",
            "y.txt",
            " date 2025-01-02 By Jane Roe and John Doe\n\nThe talks resumed on Monday in a calm mood.");
    assertThat(a.authors()).containsExactly("Jane Roe", "John Doe");
    assertThat(a.outlet()).isNull();
  }

  @Test
  void textWithNoProseIsUnparseable() {
    assertThatThrownBy(() -> parser.parse("z", "z.txt", "logo\nComments\nDOWNLOAD THE APP\n"))
        .isInstanceOf(UnparseableArticleException.class)
        .hasMessageContaining("no article text");
  }

  @Test
  void oddUnicodeIsNormalised() {
    Article a =
        parser.parse(
            "u",
            "u.txt",
            "\uFEFFThe\u00A0talks\u200B resumed in Istanbul on Wednesday, officials said.\r\n");
    assertThat(a.text()).isEqualTo("The talks resumed in Istanbul on Wednesday, officials said.");
  }
}
