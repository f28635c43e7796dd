package dev.talksbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Made-up datelines (none from the bundled articles). */
class DatelineTest {
  static final String TEXT = "The talks resumed on Monday in a calm mood, officials said.";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "(Some Wire) — | Some Wire",
        "(Some Wire) – | Some Wire",
        "(Some Wire) -- | Some Wire",
        "(Some Wire)— | Some Wire",
        "(AFP) - | AFP",
        "GENEVA, Aug. 4 (Some Wire) — | Some Wire",
        "GENEVA, August 4 (Some Wire) – | Some Wire",
        "GENEVA, Sept. 14 — | -",
        "GENEVA, Aug 4, 2025 -- | -",
        "Geneva, 4 August 2025 – | -",
        "GENEVA, Switzerland, Aug. 4 (Lake News Service) — | Lake News Service",
        "GENEVA (Some Wire) - | Some Wire",
        "(Voice of the Valley) — | Voice of the Valley",
        "Geneva (Some Wire) -- | Some Wire",
        "ST. GALLEN — | -",
        "NEW YORK – | -"
      })
  void aDatelineGivesItsOutletAndIsCutOff(String dateline, String outlet) {
    Optional<Dateline> d = Dateline.find(dateline + " " + TEXT);
    assertThat(d).isPresent();
    assertThat(d.get().outlet()).isEqualTo(outlet);
    assertThat(d.get().rest()).isEqualTo(TEXT);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "(Updated at 10:00 GMT) The talks resumed on Monday, officials said.",
        "(This story was corrected.) — The talks resumed on Monday, officials said.",
        "(Some Wire)-backed mediators met on Monday, officials said.",
        "Geneva — a city of talks — hosted the delegations on Monday.",
        "GENEVA, Room 4 — the delegations met on Monday.",
        "GENEVA, Aug. 4 The delegations met on Monday.",
        "The talks resumed on Monday (Some Wire) — officials said."
      })
  void otherOpeningsAreNotDatelines(String paragraph) {
    assertThat(Dateline.find(paragraph)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Jan.", "Feb", "March", "Apr.", "May", "June", "Jul", "Oct.", "Dec"})
  void monthNamesAndAbbreviationsComeFromTheResourceFile(String month) {
    assertThat(Dateline.find("GENEVA, " + month + " 9 — " + TEXT)).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"GENEVA, Aug. 4 (Some Wire) —", "(Some Wire) —", "GENEVA —"})
  void aDatelineOnItsOwnLeavesNothing(String line) {
    assertThat(Dateline.find(line)).get().extracting(Dateline::rest).isEqualTo("");
  }
}
