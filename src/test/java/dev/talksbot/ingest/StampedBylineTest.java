package dev.talksbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Byline lines that also stamp the story, after its standfirst (invented people and outlets): the
 * author, the publication's date (not the update's), and nothing of it left in the text.
 */
class StampedBylineTest {
  private final NewsArticleParser parser = new NewsArticleParser();

  private static final String TITLE = "Second ferry line opens between Tarn and Ferrowick";
  private static final String STANDFIRST =
      "The first boat left Tarn at dawn. Passengers had queued since the night before.";
  private static final String LEAD =
      "The ports of Tarn and Ferrowick opened a second ferry line on Friday, three months after"
          + " the harbour masters agreed it.";

  private Article page(String bylineLine) {
    return parser.parse("b", "b.txt", String.join("\n\n", TITLE, STANDFIRST, bylineLine, LEAD));
  }

  @Test
  void aNameFollowedByStampItemsIsTheBylineWithoutBy() {
    Article a = page("Anna Berg · 02.09.2026, 08:40 · Updated 03.09.2026, 17:05 · 4 min read");
    assertThat(a.authors()).containsExactly("Anna Berg");
    assertThat(a.date()).isEqualTo(LocalDate.of(2026, 9, 2));
    assertThat(a.text()).isEqualTo(STANDFIRST + "\n\n" + LEAD);
  }

  @Test
  void theOriginalPublicationDatesTheStoryNotItsUpdateWithANote() {
    Article a =
        page(
            "By Tom Reed · Originally published 20 October 2026 · Updated 22 October 2026, 16:10 with the"
                + " council's reply and the date of the pier vote");
    assertThat(a.authors()).containsExactly("Tom Reed");
    assertThat(a.date()).isEqualTo(LocalDate.of(2026, 10, 20));
    assertThat(a.text()).isEqualTo(STANDFIRST + "\n\n" + LEAD);
  }

  @Test
  void anOutletsStampOrASentenceIsNoBylineWithoutBy() {
    assertThat(BylineStamp.of("Ferrowick Post · 02.09.2026 · 5 min read")).isNull();
    assertThat(BylineStamp.of("Anna Berg · the harbour master · 02.09.2026")).isNull();
    assertThat(BylineStamp.of("Tarn · 02.09.2026")).isNull(); // one word: a place, not a name
    assertThat(BylineStamp.of("Anna Berg · 5 min read")).isNull(); // no date
  }

  @Test
  void anUpdatesNoteNeedsItsDateOrTimeFirst() {
    assertThat(BylineStamp.updateWithNote("Updated 22 October 2026, 16:10 with the reply"))
        .isTrue();
    assertThat(BylineStamp.updateWithNote("Updated 14:05 to add the vote")).isTrue();
    assertThat(BylineStamp.updateWithNote("Updated 8 ferries and two piers today")).isFalse();
  }

  @Test
  void theClosingNoteOnThePagesHistoryGoesButACorrectionStays() {
    String correction =
        "Correction: We first reported that the ferry carries 80 cars. It" + " carries 60.";
    String raw =
        String.join(
            "\n\n",
            TITLE,
            "By Tom Reed | 20 October 2026",
            LEAD,
            "Key facts",
            "5 May — second line opens",
            "1 June — summer timetable starts",
            correction,
            "This story will be revised when news comes in. First published on 20 October 2026, 06:45.");
    Article a = parser.parse("c", "c.txt", raw);
    assertThat(a.text()).endsWith(correction).contains("1 June — summer timetable starts");
    assertThat(a.text()).doesNotContain("Originally published");
  }

  @Test
  void anAirDateLineDatesTheEpisode() {
    assertThat(PageLines.published("Air date: Thursday, March 5, 2026 | Running time: 52:07"))
        .isEqualTo(LocalDate.of(2026, 3, 5));
    assertThat(PageLines.published("First broadcast on 5 March 2026"))
        .isEqualTo(LocalDate.of(2026, 3, 5));
  }
}
