package dev.talksbot.answer.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.talksbot.answer.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The language resource files and the rules read from them. */
class WordListsTest {
  @Test
  void listsKeepTheirOrderAndAMissingFileOrEntryIsAClearError() {
    WordLists w = WordLists.load("en-counterparts.txt");
    assertThat(w.entries().keySet())
        .containsExactly(
            "nationality adjectives", "countries", "capitals", "ordinals", "weekdays", "months");
    assertThat(w.list("weekdays")).startsWith("monday", "tuesday").hasSize(7);
    assertThatThrownBy(() -> w.list("people"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("lacks the entry 'people'");
    assertThatThrownBy(() -> WordLists.load("no-such-list.txt"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("/language/no-such-list.txt is missing");
  }

  @Test
  void counterpartsOfEveryGeneralKindAreSwapped() {
    RuleBasedRewriter rules = new RuleBasedRewriter();
    List<ConversationMemory.Turn> before =
        List.of(
            new ConversationMemory.Turn(
                "What happened in Paris on Monday?", "What happened in Paris on Monday?", "x"));
    assertThat(rules.rewrite("and on Friday?", before, Language.EN))
        .isEqualTo("What happened in Paris on Friday?");
    assertThat(rules.rewrite("what about Berlin?", before, Language.EN))
        .isEqualTo("What happened in Berlin on Monday?");
  }

  @Test
  void theLanguagesNotesAndLettersComeFromTheirResource() {
    assertThat(Language.RU.englishName()).isEqualTo("Russian");
    assertThat(Language.UK.englishOnlyNote()).startsWith("Я відповідаю");
    assertThat(Language.EN.englishOnlyNote()).isEmpty();
    assertThat(Language.detect("Їжак їсть")).isEqualTo(Language.UK);
    assertThat(Language.detect("Съешь этих")).isEqualTo(Language.RU);
  }
}
