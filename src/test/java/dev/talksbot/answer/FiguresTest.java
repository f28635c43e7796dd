package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The numbers a question's figures give, and the share of them a sentence holds. */
class FiguresTest {
  @Test
  void figuresJoinedByHyphensToWordsAreEachANumber() {
    assertThat(Figures.of("300-for-300")).containsExactly("300");
    assertThat(Figures.of("60-day")).containsExactly("60");
    assertThat(Figures.of("20-year-old")).containsExactly("20");
    assertThat(Figures.of("5-to-2")).isEqualTo(Set.of("5", "2"));
    // a range, a grouped number and an ordinal stay as written
    assertThat(Figures.of("1620-21")).containsExactly("1620-21");
    assertThat(Figures.of("1,200")).containsExactly("1,200");
    assertThat(Figures.of("3rd")).containsExactly("3rd");
  }

  @Test
  void aSentenceThatWritesTheFiguresApartHoldsThem() {
    Set<String> asked = Figures.of("300-for-300");
    assertThat(Figures.share(asked, "Tarn set May 6 for the exchange of 300 prisoners."))
        .isEqualTo(1.0);
    assertThat(Figures.share(asked, "Tarn set May 6 for the exchange.")).isZero();
    assertThat(Figures.share(Set.of(), "Anything.")).isEqualTo(1.0);
  }
}
