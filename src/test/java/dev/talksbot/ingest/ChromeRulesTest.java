package dev.talksbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The chrome patterns read from the resource files, on made-up page lines. */
class ChromeRulesTest {
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "logo",
        "Advertisement",
        "Comments (12)",
        "Download the app for free",
        "Posted3 minutes ago",
        "5 hours ago",
        "Photo: Mara Quist",
        "© 2024 Lantern Media",
        "Copyright Lantern Media Group, a company of the Harbour family of newspapers, all rights"
            + " reserved, no part may be reproduced without written permission from the editors.",
        "Updated: 4 March 2025, 10:00",
        "Sign up for the Lantern Evening newsletter: the week's stories before dinner.",
        "Newsletter: Get the Lantern Europe briefing every Monday",
        "Get the Harbour Briefing in your inbox every morning",
        "Subscribe to our breaking news alerts",
        "Sign in | Subscribe",
        "Log in",
        "You are here: Home > World > Interviews",
        "Home > Lutavia > Harbour",
        "Read the full transcript (Lutavian foreign ministry, PDF, 12 pages)",
        "The views expressed are the writer's own.",
        "Views expressed are those of the writer",
        "That's all for this morning. Forward this briefing to a colleague, or sign up at"
            + " quellmoor.example/morning to get it in your inbox every weekday at seven."
      })
  void chromeLinesAreRecognised(String line) {
    assertThat(ChromeRules.isChrome(line)).isTrue();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "The talks resumed on Monday in a calm mood, officials said.",
        "What comes next",
        "Home secretary visits Geneva",
        "Sign up for military service rose by a third, the ministry said.",
        "Newspapers in Lantern reported the exchange on Friday.",
        "Sign in the harbour was repainted",
        "Read the full text of the agreement, the minister told reporters in Tarn on Monday"
            + " afternoon, before he left for the second round.",
        "The views of the two delegations are still far apart, Lena Marsh said.",
        "Tarn > Quellmoor on goals scored"
      })
  void proseAndHeadingsAreNotChrome(String line) {
    assertThat(ChromeRules.isChrome(line)).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Related stories",
        "More from Lantern Media",
        "Most read",
        "Read next",
        "Notes",
        "Footnotes",
        "References"
      })
  void trailerHeadingsAreRecognised(String line) {
    assertThat(ChromeRules.isTrailerHeading(line)).isTrue();
    assertThat(ChromeRules.isTrailerHeading("Related talks resumed on Monday in Geneva today"))
        .isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Photo: Families of the prisoners wait at the border crossing near Tarn on Thursday"
            + " morning. / Quellmoor Picture Agency",
        "Anna Berg, Lutavia's deputy minister, after the first meeting of the harbour working"
            + " group in Tarn on Wednesday. Photo: Quellmoor Post / Tom Reed",
        "Tags: Lutavia, Brennick, exchange",
        "Share: X · Facebook · Email"
      })
  void captionsTagsAndShareLinesAreChromeWhateverTheirLength(String line) {
    assertThat(ChromeRules.isChrome(line)).isTrue();
    assertThat(
            ChromeRules.isChrome(
                "Photographs of the talks were published on Monday, and the photo showed the two"
                    + " delegations at the table, officials said."))
        .isFalse();
  }
}
