package dev.talksbot.eval.train;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled WordNet relations are exactly what {@code ./talksbot train lexicon} writes. */
class WordNetExportTest {
  @Test
  void theBundledResourceIsTheExportOfWordNet(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("relations.txt");
    int n = WordNetExport.write(out);
    assertThat(n).isGreaterThan(1000);
    String bundled;
    try (var in = WordNetExport.class.getResourceAsStream("/nlp/wordnet-relations.txt")) {
      assertThat(in).isNotNull();
      bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(out)).isEqualTo(bundled);
    assertThat(bundled).contains("\ns lead head\n").contains("\na large small\n");
    assertThat(bundled).contains("\ni led lead\n").contains("\ni largest large\n");
    // every irregular verb form, though the verb is seen in no shared sense
    assertThat(bundled).contains("\ni oversaw oversee\n").contains("\ni overseen oversee\n");
    assertThat(bundled).contains("\ng person individual someone somebody mortal soul people\n");
    assertThat(bundled).contains("\np prisoner\n").contains("\np resident\n");
    // a word whose only human sense is rare is no kind of person, nor is a thing
    assertThat(bundled).doesNotContain("\np dog\n").doesNotContain("\np lighthouse\n");
    // a named individual is no kind of person, though a word made from the name may be
    assertThat(bundled).doesNotContain("\np lincoln\n").doesNotContain("\np napoleon\n");
    assertThat(bundled).contains("\np stalinist\n");
  }

  @Test
  void regularDegreesFollowEnglishSpelling() {
    assertThat(WordNetExport.Degree.forms("large")).isEqualTo(List.of("larger", "largest"));
    assertThat(WordNetExport.Degree.forms("early")).isEqualTo(List.of("earlier", "earliest"));
    assertThat(WordNetExport.Degree.forms("big")).isEqualTo(List.of("bigger", "biggest"));
    assertThat(WordNetExport.Degree.forms("small")).isEqualTo(List.of("smaller", "smallest"));
    assertThat(WordNetExport.Degree.forms("clean")).isEqualTo(List.of("cleaner", "cleanest"));
    assertThat(WordNetExport.Degree.forms("low")).isEqualTo(List.of("lower", "lowest"));
  }
}
