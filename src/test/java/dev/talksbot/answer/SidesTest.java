package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SidesTest {
  @Test
  void theSidesAreThePartiesTheTextsNameMostCountingCapitalsAsTheirCountry() {
    List<String> texts =
        List.of(
            "Ankara said France and Germany would send observers to the talks.",
            "Paris confirmed it; Berlin said its envoy was already in Ankara.",
            "Turkey hosts the talks, and Berlin wants them moved.");
    // Germany 3 (Germany, Berlin, Berlin), Turkey 3 (Ankara, Ankara, Turkey), France 2
    assertThat(Sides.leading(texts, 2)).containsExactly("Germany", "Turkey");
    assertThat(Sides.leading(texts, 3)).containsExactly("Germany", "Turkey", "France");
  }

  @Test
  void aPartyNamedOnceIsNotASide() {
    assertThat(Sides.leading(List.of("China said nothing; Britain and Britain again."), 2))
        .containsExactly("Britain");
    assertThat(Sides.leading(List.of("No country is named here."), 2)).isEmpty();
    assertThatThrownBy(() -> Sides.leading(List.of(), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aQuestionAboutEachSideIsAskedOfEachOrOfEachSideWhenTheSidesAreNotKnown() {
    assertThat(Sides.expand("Who leads {side}'s delegation?", List.of("Russia", "Ukraine")))
        .containsExactly("Who leads Russia's delegation?", "Who leads Ukraine's delegation?");
    assertThat(Sides.expand("Who leads {side}'s delegation?", List.of("Russia")))
        .containsExactly("Who leads each side's delegation?");
    assertThat(Sides.expand("What does {side} demand?", List.of()))
        .containsExactly("What does each side demand?");
    assertThat(Sides.expand("Where are the talks?", List.of("Russia", "Ukraine")))
        .containsExactly("Where are the talks?");
  }

  @Test
  void everyKeyFactQuestionAboutASideIsAskedOfBothSides() {
    List<String> aspects = KeyFacts.aspects(List.of("Russia", "Ukraine"));
    assertThat(aspects).noneMatch(a -> a.contains(Sides.PLACEHOLDER));
    assertThat(aspects.stream().filter(a -> a.contains("Russia")).count())
        .isEqualTo(aspects.stream().filter(a -> a.contains("Ukraine")).count())
        .isGreaterThanOrEqualTo(2);
  }
}
