package dev.talksbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Markdown files are read for their text, not their markers (invented outlets and people). */
class MarkdownTest {
  @TempDir Path dir;

  private Article load(String markdown) throws IOException {
    Path f = dir.resolve("interview.md");
    Files.writeString(f, markdown);
    LoadResult r = new FileLoader(new NewsArticleParser()).load(f);
    assertThat(r.skipped()).isEmpty();
    return r.articles().getFirst();
  }

  private static final String LEAD =
      "Anna Berg leads the Lutavian side of the working group on the harbour, which met for the"
          + " first time on Wednesday in Tarn.";

  @Test
  void anInterviewInMarkdownReadsAsPlainText() throws IOException {
    Article a =
        load(
            """
            # "The harbour does not choose sides": Lutavia's negotiator on the talks

            *By Tom Reed*

            ![Anna Berg in Tarn](https://quellmoor.example/img/berg.jpg)

            %s

            ## The first meeting

            **Quellmoor Post: What happened in [Tarn](https://quellmoor.example/tarn)?**

            **Berg:** We exchanged _lists_. Nothing was signed.

            [Read more: The harbour group meets again](https://quellmoor.example/a/1)

            ---

            - [Other story](https://quellmoor.example/a/2)
            - [Another story](https://quellmoor.example/a/3)
            """
                .formatted(LEAD));
    assertThat(a.title())
        .isEqualTo("\"The harbour does not choose sides\": Lutavia's negotiator on the talks");
    assertThat(a.authors()).containsExactly("Tom Reed");
    assertThat(a.text())
        .isEqualTo(
            LEAD
                + "\n\nThe first meeting"
                + "\n\nQuellmoor Post: What happened in Tarn?"
                + "\n\nBerg: We exchanged lists. Nothing was signed.");
  }

  @Test
  void aHeadingTheParserTakesForNoHeadlineIsStillTheTitle() throws IOException {
    Article a = load("# Tarn talks\n\n" + LEAD + "\n");
    assertThat(a.title()).isEqualTo("Tarn talks");
    assertThat(a.text()).isEqualTo(LEAD);
  }

  @Test
  void aParagraphsLinesAreJoinedAndListItemsWithTextStay() {
    Markdown.Page page =
        Markdown.read(
            "The talks resumed on Monday\nin Tarn, officials said.\n\n* First point.\n* Second"
                + " point.\n\nA line with a break  \nand the next line.");
    assertThat(page.title()).isNull();
    assertThat(page.text())
        .isEqualTo(
            "The talks resumed on Monday in Tarn, officials said.\n\nFirst point.\n\nSecond"
                + " point.\n\nA line with a break\n\nand the next line.");
  }

  @Test
  void inlineMarkersGoButWordsWithUnderscoresAndEscapesStay() {
    assertThat(Markdown.inline("**Tom Reed:** a *brief* `note` on ~~old~~ snake_case \\*stars\\*"))
        .isEqualTo("Tom Reed: a brief note on old snake_case *stars*");
  }

  @Test
  void aHeadlineMayOpenWithAQuotation() {
    Article a =
        new NewsArticleParser()
            .parse("q", "q.txt", "\"We will not trade\": Lutavia's envoy on the talks\n\n" + LEAD);
    assertThat(a.title()).isEqualTo("\"We will not trade\": Lutavia's envoy on the talks");
    assertThat(a.text()).isEqualTo(LEAD);
  }

  @Test
  void aBylineNameMayHoldLowerCaseParticles() {
    assertThat(PageLines.loneByline("By Anna van Berg and Tom Reed").authors())
        .containsExactly("Anna van Berg", "Tom Reed");
    assertThat(PageLines.loneByline("By van Berg")).isNull();
  }
}
