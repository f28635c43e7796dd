package dev.talksbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Made-up bylines (none from the bundled articles): outlet vs person by general rules. */
class BylineTest {
  @Test
  void lastEntryWithAnOutletWordIsTheOutlet() {
    assertThat(Byline.parse("Anna Kovacs, Meridian Post"))
        .isEqualTo(new Byline(List.of("Anna Kovacs"), "Meridian Post"));
    assertThat(Byline.parse("J. Smith, Baltic Wire"))
        .isEqualTo(new Byline(List.of("J. Smith"), "Baltic Wire"));
    assertThat(Byline.parse("Ola Berg, Pia Lund, Northern Evening Gazette"))
        .isEqualTo(new Byline(List.of("Ola Berg", "Pia Lund"), "Northern Evening Gazette"));
  }

  @Test
  void onlyPeopleLeaveTheOutletEmpty() {
    assertThat(Byline.parse("Mara Quist, Tomasz Wren and Ines Alba"))
        .isEqualTo(new Byline(List.of("Mara Quist", "Tomasz Wren", "Ines Alba"), null));
    assertThat(Byline.parse("Mara Quist, Tomasz Wren, and Ines Alba").authors())
        .as("an Oxford comma before 'and'")
        .containsExactly("Mara Quist", "Tomasz Wren", "Ines Alba");
  }

  @Test
  void anAcronymIsAnOutletUnlessItNamesACountryOrInstitution() {
    assertThat(Byline.parse("Mara Quist, AFP").outlet()).isEqualTo("AFP");
    assertThat(Byline.parse("Mara Quist, ABC/XYZ").outlet()).isEqualTo("ABC/XYZ");
    Byline un = Byline.parse("Mara Quist, UN");
    assertThat(un.outlet()).isNull();
    assertThat(un.authors()).containsExactly("Mara Quist", "UN");
  }

  @Test
  void aDomainIsAnOutletButAnEmailAddressIsNot() {
    assertThat(Byline.parse("Mara Quist, example.com").outlet()).isEqualTo("example.com");
    assertThat(Byline.parse("Mara Quist, fjordline.example.org").outlet())
        .isEqualTo("fjordline.example.org");
    assertThat(Byline.parse("Mara Quist, mara@example.com").outlet()).isNull();
  }

  @Test
  void anArticleLedNameIsAnOutlet() {
    assertThat(Byline.parse("Mara Quist, The Evening Lantern"))
        .isEqualTo(new Byline(List.of("Mara Quist"), "The Evening Lantern"));
  }

  @Test
  void aSingleCapitalisedWordIsAmbiguousAndStaysAnAuthor() {
    assertThat(Byline.parse("Mara Quist, Kestrel"))
        .isEqualTo(new Byline(List.of("Mara Quist", "Kestrel"), null));
  }

  @Test
  void outletWordsCountOnlyInACapitalisedName() {
    assertThat(Byline.parse("Mara Quist, press officer"))
        .isEqualTo(new Byline(List.of("Mara Quist", "press officer"), null));
  }

  @Test
  void anOutletWithAnAmpersandStaysWhole() {
    assertThat(Byline.parse("Mara Quist & Ines Alba, Harbour Radio & Television"))
        .isEqualTo(new Byline(List.of("Mara Quist", "Ines Alba"), "Harbour Radio & Television"));
  }

  @Test
  void onlyTheLastEntryCanBeTheOutlet() {
    assertThat(Byline.parse("Meridian Post, Mara Quist"))
        .isEqualTo(new Byline(List.of("Meridian Post", "Mara Quist"), null));
  }

  @Test
  void blankAuthorsAreRefused() {
    assertThatThrownBy(() -> new Byline(List.of("Mara Quist", " "), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blank author");
  }
}
