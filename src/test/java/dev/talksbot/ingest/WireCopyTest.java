package dev.talksbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A wire story as a terminal shows it: header line, version label, notes and credits (made up). */
class WireCopyTest {
  static final String STORY =
      """
      QW 03/04/2026 09:15 GMT [QUELLMOOR WIRE] WORLD TOP NEWS TRN BRN
      ------------------------------------------------------------
      UPDATE 1-Castrovia and Brenn agree on a second exchange

       (Adds mediator's comment in paragraph 3, vote in paragraph 4)

          * Exchange of 200 detainees each set for next week

       By Anna Berg

      FERROWICK, April 3 (Quellmoor Wire) - Castrovia and Brenn agreed on Friday to a second exchange of detainees, officials said.

      The exchange will be overseen by observers from Tarn, the mediator said after the session.

       (Reporting by Anna Berg; Additional reporting by Tom Reed in Brenn; Editing by Lena Marsh)
       ((anna.berg@quellmoorwire.example; +00 000 0000))

      Keywords: CASTROVIA-BRENN/EXCHANGE (UPDATE 1)
      Previous version: 03-Apr-2026 07:02 GMT
      """;

  final NewsArticleParser parser = new NewsArticleParser();

  @Test
  void theTerminalHeaderIsMetadataNotTheTitle() {
    Article a = parser.parse("w", "w.txt", STORY);
    assertThat(a.title()).isEqualTo("Castrovia and Brenn agree on a second exchange");
    assertThat(a.outlet()).isEqualTo("Quellmoor Wire"); // spelled as the dateline spells it
    assertThat(a.date()).isEqualTo(LocalDate.of(2026, 4, 3)); // day first, as the dateline says
    assertThat(a.authors()).containsExactly("Anna Berg");
    assertThat(a.text()).doesNotContain("QW ").doesNotContain("TOP NEWS");
  }

  @Test
  void notesCreditsAndContactsAreNotText() {
    Article a = parser.parse("w", "w.txt", STORY);
    assertThat(a.text())
        .doesNotContain("Adds mediator")
        .doesNotContain("Reporting by")
        .doesNotContain("@")
        .doesNotContain("Keywords")
        .doesNotContain("Previous version")
        .endsWith("the mediator said after the session.");
    List<Passage> passages = new ParagraphChunker(300, 700).chunk(a);
    assertThat(passages.getFirst().text()).startsWith("Castrovia and Brenn agreed on Friday");
  }

  @Test
  void anAmbiguousDateIsTheOneTheDatelineConfirms() {
    WireCopy.Header h = WireCopy.header("QW 03/04/2026 09:15 GMT [QUELLMOOR WIRE] WORLD");
    assertThat(h.outlet()).isEqualTo("QUELLMOOR WIRE");
    assertThat(h.date(MonthDay.of(4, 3))).isEqualTo(LocalDate.of(2026, 4, 3));
    assertThat(h.date(MonthDay.of(3, 4))).isEqualTo(LocalDate.of(2026, 3, 4));
    assertThat(h.date(null)).isNull(); // either way round: never guessed
    assertThat(h.date(MonthDay.of(5, 1))).isNull();
    assertThat(WireCopy.header("QW 25/04/2026 09:15 GMT [QUELLMOOR WIRE]").date(null))
        .isEqualTo(LocalDate.of(2026, 4, 25)); // only one reading
  }

  @Test
  void aLineWithSmallLettersOrWithoutItsPartsIsNoHeader() {
    assertThat(WireCopy.header("Talks in Tarn on 03/04/2026 at 09:15 [Quellmoor Wire]")).isNull();
    assertThat(WireCopy.header("QW 03/04/2026 [QUELLMOOR WIRE] WORLD")).isNull(); // no clock time
    assertThat(WireCopy.header("QW 03/04/2026 09:15 GMT WORLD")).isNull(); // no name
    assertThat(WireCopy.header("QW 03/04/2026 09:15 GMT [TRN BRN]").outlet()).isNull();
  }

  @Test
  void aWireVersionLabelIsNotPartOfTheHeadline() {
    assertThat(Headlines.withoutLabel("UPDATE 2-Talks resume in Ferrowick"))
        .isEqualTo("Talks resume in Ferrowick");
    assertThat(Headlines.withoutLabel("REFILE-UPDATE 1-Talks resume in Ferrowick"))
        .isEqualTo("Talks resume in Ferrowick");
    assertThat(Headlines.withoutLabel("Update-driven markets rally in Tarn"))
        .isEqualTo("Update-driven markets rally in Tarn"); // not in capitals
  }
}
