package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.core.TalksBot;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Who is Jane Doe?" is answered first by a sentence that says what the person is. */
class PersonDescriptionTest {
  @Test
  void anAppositiveOrRelativeClauseAfterTheNameDescribes() {
    String name = "Ivan Petrenko";
    assertThat(PersonDescription.describes("Ivan Petrenko, the former trade minister, left.", name))
        .isTrue();
    assertThat(PersonDescription.describes("It was led by Ivan Petrenko, a senior aide.", name))
        .isTrue();
    assertThat(PersonDescription.describes("Ivan Petrenko, Freedonia's envoy, spoke.", name))
        .isTrue();
    assertThat(PersonDescription.describes("Ivan Petrenko, who heads the panel, spoke.", name))
        .isTrue();
    assertThat(
            PersonDescription.describes("Ivan Petrenko, deputy head of the office, spoke.", name))
        .isTrue();
  }

  @Test
  void anOfficeBeforeTheNameDescribesButATitleOfAddressDoesNot() {
    assertThat(PersonDescription.describes("Special envoy Ivan Petrenko left.", "Ivan Petrenko"))
        .isTrue();
    assertThat(PersonDescription.describes("Kremlin spokesman Ivan Petrenko said so.", "Petrenko"))
        .isTrue();
    assertThat(PersonDescription.describes("Mr Ivan Petrenko said so.", "Ivan Petrenko")).isFalse();
    assertThat(PersonDescription.describes("Mr. Petrenko said so.", "Petrenko")).isFalse();
  }

  @Test
  void namingThePersonOnlyDoesNotDescribe() {
    String name = "Ivan Petrenko";
    assertThat(PersonDescription.describes("Ivan Petrenko said the talks would go on.", name))
        .isFalse();
    assertThat(PersonDescription.describes("Talks with Ivan Petrenko, and others, went on.", name))
        .isFalse();
    assertThat(PersonDescription.describes("Ivan Petrenkova, the envoy, left.", name)).isFalse();
    assertThat(PersonDescription.describes("The envoy met the minister.", name)).isFalse();
  }

  /**
   * Three outlets report that Petrenko met Zoric, naming him only; one says what he is. "Who is
   * Ivan Petrenko?" leads with the one that says it.
   */
  @Test
  void whoIsLeadsWithTheSentenceThatSaysWhatThePersonIs(@TempDir Path dir) throws Exception {
    String met = "Ivan Petrenko met Marko Zoric at the harbour talks on Monday.";
    Files.writeString(
        dir.resolve("a.txt"),
        " date 2025-08-02 By Anna Kovacs, Meridian Post\n\n" + met + "\n\nThe talks went on.\n");
    Files.writeString(
        dir.resolve("b.txt"),
        " date 2025-08-02 By Tom Lind, Baltic Wire\n\n" + met + "\n\nThe piers stayed shut.\n");
    Files.writeString(
        dir.resolve("c.txt"),
        " date 2025-08-02 By Ruth Adler, Harbor Tribune\n\n"
            + met
            + "\n\nObservers expect little progress on the fishing quotas.\n");
    Files.writeString(
        dir.resolve("d.txt"),
        " date 2025-08-02 By Lea Stone, Volga Courier\n\nIvan Petrenko, the former trade minister"
            + " of Freedonia, arrived at the harbour talks on Monday.\n\nThe talks open on Monday.\n");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      String a = bot.ask("Who is Ivan Petrenko?").text();
      assertThat(a).as(a).startsWith("Ivan Petrenko, the former trade minister");
    }
  }
}
