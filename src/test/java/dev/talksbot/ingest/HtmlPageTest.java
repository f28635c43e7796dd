package dev.talksbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A saved regional news page and an FAQ page (invented): readers' comments, a stamped byline, a
 * correction note, the questions of disclosure blocks and a list of key dates.
 */
class HtmlPageTest {
  private final HtmlExtractor extractor = new HtmlExtractor(new NewsArticleParser());

  private static final String LEAD =
      "The ports of Tarn and Ferrowick opened a second ferry line on Friday, three months after"
          + " the harbour masters agreed it, and the first boat left Tarn at dawn.";

  private static final String COMMENTS =
      "<section class=\"comments\"><h2>12 comments</h2>"
          + "<div class=\"comment\"><p>It was 80 cars, I counted them myself on the quay.</p>"
          + "</div></section>";

  private Article newsPage(boolean commentsInsideArticle) {
    String html =
        "<html><head><meta property=\"og:site_name\" content=\"Tarn Evening Post\"></head><body>"
            + "<main><article><h1>Second ferry line opens in Tarn</h1>"
            + "<p class=\"lead\">Passengers had queued since the night before.</p>"
            + "<p class=\"byline\">Lena Marsh · 02.09.2026, 08:40 · Updated 03.09.2026, 17:05"
            + " · 4 min read</p>"
            + "<p>"
            + LEAD
            + "</p>"
            + "<p class=\"correction\"><strong>Correction:</strong> We first reported that the"
            + " boat carries 80 cars. It carries 60.</p>"
            + (commentsInsideArticle ? COMMENTS + "</article>" : "</article>" + COMMENTS)
            + "</main></body></html>";
    return extractor.extractFile("h", "h.html", html);
  }

  @Test
  void commentsGoAndTheCorrectionAndTheBylinesStampAreRead() {
    for (boolean inside : new boolean[] {false, true}) {
      Article a = newsPage(inside);
      assertThat(a.authors()).containsExactly("Lena Marsh");
      assertThat(a.date()).isEqualTo(LocalDate.of(2026, 9, 2));
      assertThat(a.text())
          .isEqualTo(
              "Passengers had queued since the night before.\n\n"
                  + LEAD
                  + "\n\nCorrection: We first reported that the boat carries 80 cars. It"
                  + " carries 60.");
    }
  }

  @Test
  void anFaqsQuestionsInDisclosureBlocksAndItsKeyDatesStay() {
    String html =
        "<html><body><article><h1>What we know about the second ferry line</h1>"
            + "<h2>When does it open?</h2><p>"
            + LEAD
            + "</p><details open><summary>Who pays for it?</summary><p>The port pays for the"
            + " crew and the ministry for the fuel, the harbour master said.</p></details>"
            + "<section><h2>Key dates</h2><ul><li><strong>5 May</strong> — second line opens</li>"
            + "<li><strong>1 June</strong> — summer timetable starts</li></ul></section>"
            + "</article></body></html>";
    Article a = extractor.extractFile("f", "f.html", html);
    assertThat(a.text())
        .contains("Who pays for it?\n\nThe port pays for the crew")
        .contains("Key dates\n\n5 May — second line opens\n\n1 June — summer timetable starts");
  }
}
