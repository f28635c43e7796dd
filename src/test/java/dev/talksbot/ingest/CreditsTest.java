package dev.talksbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Credit lines of a page's header (invented people). */
class CreditsTest {
  @Test
  void theCompilersAndTranscribersAreAuthorsAndTheEditorIsNot() {
    Credits.Line line = Credits.line("Compiled by Tom Reed · Edited by Lena Marsh · 6 min read");
    assertThat(line).isNotNull();
    assertThat(line.authors()).containsExactly("Tom Reed");
    assertThat(line.date()).isNull();
    assertThat(Credits.line("Transcribed and edited by Anna Berg and Tom Reed").authors())
        .containsExactly("Anna Berg", "Tom Reed");
    assertThat(Credits.line("Edited by Lena Marsh").authors()).isEmpty();
    assertThat(Credits.line("Words by Anna Berg | 4 March 2026").date())
        .isEqualTo(LocalDate.of(2026, 3, 4));
  }

  @Test
  void aLineWithAnythingButCreditsReadingTimesAndDatesIsNone() {
    assertThat(Credits.line("Ferries hosted by Lutavia left early")).isNull();
    assertThat(Credits.line("Compiled by Tom Reed · Ferry news in brief")).isNull();
    assertThat(Credits.line("6 min read")).isNull(); // no credit
    assertThat(Credits.line("Edited by the harbour authority")).isNull(); // no person's name
    assertThat(Credits.line("Reported by Vosk Wire")).isNull(); // an outlet, not a person
  }

  @Test
  void theAuthorsOfAStampsCreditItems() {
    assertThat(
            Credits.authors("Tarn Record | Quellmoor | March 3, 2026 | Transcribed by Anna Berg"))
        .containsExactly("Anna Berg");
    assertThat(Credits.authors("Tarn Record | Quellmoor | March 3, 2026")).isEmpty();
    assertThat(Credits.readingTime("8 min read")).isTrue();
    assertThat(Credits.readingTime("Reading time: 5 minutes")).isTrue();
    assertThat(Credits.readingTime("8 minutes of silence")).isFalse();
  }
}
