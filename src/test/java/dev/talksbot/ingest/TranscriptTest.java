package dev.talksbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A podcast's page with its transcript (invented show, station and people): the brand opening the
 * navigation bar, the show and its episode, the air date, the time stamps, cues, notes and sponsor
 * read of the record.
 */
class TranscriptTest {
  private final NewsArticleParser parser = new NewsArticleParser();

  private static final List<String> PAGE =
      List.of(
          "QUELLMOOR RADIO | Podcasts | News | Schedule | Listen live",
          "THE HARBOUR HOUR",
          "Fortnightly talk about the ports of Lutavia",
          "Episode 7: Two ferries and a pier - what Tarn agreed",
          "Air date: Tuesday, March 3, 2026 | Running time: 41:05",
          "Host: Tom Reed",
          "Guests: Anna Berg, Quellmoor Radio's reporter in Tarn",
          "Listen on: Quellmoor app | Podcasts | RSS",
          "TRANSCRIPT",
          "This transcript has been lightly edited for length. A machine wrote the first"
              + " draft and our staff checked it.",
          "[MUSIC]",
          "[00:00:04] TOM REED: Welcome to The Harbour Hour. Anna, what did the port council decide?",
          "[00:00:31] ANNA BERG: Two ferries a day to Ferrowick from May. [CROSSTALK]",
          "[00:01:10] TOM REED: [LAUGHS] Only two? And the pier?",
          "[00:01:15] ANNA BERG: The old pier will be repaired before the summer, the council says.",
          "[00:02:40] TOM REED: This episode is brought to you by Brennick Bikes. Ride to the"
              + " harbour with ten percent off.",
          "[00:03:00] TOM REED: Anna Berg, thank you.",
          "[END OF TRANSCRIPT]",
          "Transcript condensed by the producers; listen to the episode for the full exchange.",
          "More episodes of The Harbour Hour",
          "Episode 6: The fares question",
          "(c) 2026 Quellmoor Radio | About | Contact");

  private Article page() {
    return parser.parse("p", "p.txt", String.join("\n\n", PAGE));
  }

  @Test
  void theBrandOpeningTheNavigationBarIsTheOutletAsThePageSpellsIt() {
    assertThat(page().outlet()).isEqualTo("Quellmoor Radio");
  }

  @Test
  void theTitleIsTheShowAndItsEpisodeAndTheAirDateDatesIt() {
    Article a = page();
    assertThat(a.title())
        .isEqualTo("The Harbour Hour — Episode 7: Two ferries and a pier - what Tarn agreed");
    assertThat(a.date()).isEqualTo(LocalDate.of(2026, 3, 3));
    assertThat(a.authors()).isEmpty();
  }

  @Test
  void theTurnsLoseTheirTimeStampsAndReadAsNames() {
    assertThat(page().text())
        .contains("\n\nTom Reed: Welcome to The Harbour Hour.")
        .contains("\n\nAnna Berg: Two ferries a day to Ferrowick from May.\n\n")
        .contains("\n\nTom Reed: Only two? And the pier?")
        .doesNotContain("[00:")
        .doesNotContain("ANNA BERG");
  }

  @Test
  void cuesNotesStraplineAndSponsorReadAreNotText() {
    String text = page().text();
    assertThat(text)
        .doesNotContain("[MUSIC]")
        .doesNotContain("[CROSSTALK]")
        .doesNotContain("LAUGHS")
        .doesNotContain("END OF TRANSCRIPT")
        .doesNotContain("lightly edited")
        .doesNotContain("condensed by")
        .doesNotContain("Fortnightly talk")
        .doesNotContain("Air date")
        .doesNotContain("Listen on")
        .doesNotContain("Brennick Bikes")
        .doesNotContain("Episode 6");
    assertThat(text).startsWith("Host: Tom Reed\n\nGuests: Anna Berg, Quellmoor Radio's reporter");
    assertThat(text).endsWith("Tom Reed: Anna Berg, thank you.");
  }

  @Test
  void aNewsStoryKeepsItsBracketsAndItsWordsAboutATranscript() {
    String story =
        "Tarn council publishes the pier debate\n\n"
            + "The transcript was produced by the council's clerks and published on Friday, the"
            + " mayor said.\n\n"
            + "Councillors laughed (applause followed) when the mayor said the pier [built in 1901]"
            + " would outlive them all.";
    Article a = parser.parse("s", "s.txt", story);
    assertThat(a.text())
        .startsWith("The transcript was produced by the council's clerks")
        .contains("(applause followed)")
        .contains("[built in 1901]");
  }

  @Test
  void aBracketedInsertionThatIsNoCueStaysInATurn() {
    String raw =
        "Ferry talks: the press conference\n\n"
            + "WENDRICHT: The [Lutavian] side agreed to two ferries.\n\n"
            + "MOEN: And the pier? [APPLAUSE]\n\n"
            + "WENDRICHT: The pier waits for the summer, Ms Moen.\n\n"
            + "Lena Wendricht spoke in Tarn.";
    Article a = parser.parse("c", "c.txt", raw);
    assertThat(a.text())
        .contains("Wendricht: The [Lutavian] side agreed")
        .contains("Moen: And the pier?\n\n")
        .doesNotContain("APPLAUSE");
  }

  @Test
  void anEpisodeLineNeedsItsNumberAndTitle() {
    assertThat(Transcript.isEpisode("Episode 12: The ferry question")).isTrue();
    assertThat(Transcript.isEpisode("Ep. 12 - The ferry question")).isTrue();
    assertThat(Transcript.isEpisode("Episode twelve of the ferry saga ended badly")).isFalse();
    assertThat(Transcript.isEpisode("Episodes: 12")).isFalse();
  }

  @Test
  void aNavigationBarOpeningWithAnOrdinaryItemNamesNoOutlet() {
    String raw =
        "Latest News | World | Sport | Weather\n\nTarn opens a second pier\n\n"
            + "The port of Tarn opened a second pier on Monday, its harbour master said.";
    assertThat(parser.parse("n", "n.txt", raw).outlet()).isNull();
  }
}
