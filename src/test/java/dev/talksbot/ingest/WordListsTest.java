package dev.talksbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WordListsTest {
  @Test
  void entriesSkipCommentsAndBlankLines() {
    assertThat(WordLists.load("months.txt")).hasSize(12).first().isEqualTo("January Jan");
    assertThat(WordLists.lowerCaseSet("outlet-words.txt"))
        .contains("post", "wire")
        .allSatisfy(w -> assertThat(w).doesNotStartWith("#"));
  }

  @Test
  void aMissingResourceIsNamed() {
    assertThatThrownBy(() -> WordLists.load("no-such-list.txt"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("/ingest/no-such-list.txt");
  }
}
