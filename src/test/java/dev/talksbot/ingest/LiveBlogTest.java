package dev.talksbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A live blog's page: header, team byline and timestamped entries (invented outlet and people). */
class LiveBlogTest {
  private static final String FIRST =
      "The session in Tarn broke up after almost five hours. The last 120 prisoners on each side"
          + " are to be swapped on April 2.";
  private static final String SECOND =
      "The two teams have arrived at the palace in Tarn. Lutavia sent nine people and Brennick"
          + " seven, the host said.";

  @Test
  void aLiveBlogIsReadForItsMetadataAndEntries() {
    String page =
        String.join(
            "\n\n",
            "Brennick Herald",
            "Home | World | LIVE | Economy | Sport",
            "LIVE  Exchange talks in Tarn: working group sets date for last stage",
            "Live updates · Friday, March 6, 2026 · Last updated 19:20 Tarn time",
            "Refresh   |   Share   |   Follow this live blog on Telegram",
            "By the Brennick Herald live team (Tom Reed, Anna van Berg)",
            "---",
            "19:20 Tarn time — That is where we leave it for today",
            FIRST,
            "2:05 p.m. — Delegations arrive",
            SECOND,
            "---",
            "Share this live blog: X | Facebook | Copy link");
    Article a = new NewsArticleParser().parse("l", "l.txt", page);
    assertThat(a.title())
        .isEqualTo("Exchange talks in Tarn: working group sets date for last stage");
    assertThat(a.outlet()).isEqualTo("Brennick Herald");
    assertThat(a.authors()).containsExactly("Tom Reed", "Anna van Berg");
    assertThat(a.date()).isEqualTo(LocalDate.of(2026, 3, 6));
    assertThat(a.text())
        .isEqualTo(
            "That is where we leave it for today\n\n"
                + FIRST
                + "\n\nDelegations arrive\n\n"
                + SECOND);
  }

  @Test
  void aLabelBeforeAHeadlineIsDroppedOnlyWhenMarkedAsOne() {
    assertThat(Headlines.withoutLabel("BREAKING Talks resume in Tarn"))
        .isEqualTo("Talks resume in Tarn");
    assertThat(Headlines.withoutLabel("Live: Talks resume in Tarn"))
        .isEqualTo("Talks resume in Tarn");
    assertThat(Headlines.withoutLabel("Live music returns to Tarn"))
        .isEqualTo("Live music returns to Tarn");
    assertThat(Headlines.withoutLabel("LIVE: Tarn")).isEqualTo("LIVE: Tarn");
  }

  @Test
  void onlyAClockTimeBeforeADashStartsAnEntryHeading() {
    assertThat(Headlines.withoutClockTime("09.40 GMT+3 – Talks resume")).isEqualTo("Talks resume");
    assertThat(Headlines.withoutClockTime("10.50 euros a litre — prices rose, the agency said."))
        .startsWith("10.50 euros");
    assertThat(Headlines.withoutClockTime("2026 — a year of talks")).startsWith("2026");
  }

  @Test
  void aBarOfWidgetsAndASeparatorAreChrome() {
    assertThat(ChromeRules.isChrome("Refresh | Share | Follow this live blog on Telegram"))
        .isTrue();
    assertThat(ChromeRules.isChrome("* * *")).isTrue();
    assertThat(ChromeRules.isChrome("Share | Lutavia agrees to the exchange")).isFalse();
  }
}
