package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.core.TalksBot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "Who is Jane Doe?" is answered first by a sentence that says what the person is. */
class PersonDescriptionTest {
  @Test
  void anAppositiveOrRelativeClauseAfterTheNameDescribes() {
    assertThat(
            describing(
                "Ivan Petrenko",
                "Ivan Petrenko, the former trade minister, left.",
                "It was led by Ivan Petrenko, a senior aide.",
                "Ivan Petrenko, Freedonia's envoy, spoke.",
                "Ivan Petrenko, who heads the panel, spoke.",
                "Ivan Petrenko, deputy head of the office, spoke."))
        .containsExactly(true, true, true, true, true);
  }

  @Test
  void anOfficeBeforeTheNameDescribesButATitleOfAddressDoesNot() {
    assertThat(
            describing(
                "Ivan Petrenko", "Special envoy Ivan Petrenko left.", "Mr Ivan Petrenko said so."))
        .containsExactly(true, false);
    assertThat(
            describing(
                "Petrenko",
                "Kremlin spokesman Ivan Petrenko said so.",
                "Talks with Lutavian President Ivan Petrenko went on.",
                "Mr. Petrenko said so."))
        .containsExactly(true, true, false);
  }

  @Test
  void namingThePersonOnlyDoesNotDescribe() {
    assertThat(
            describing(
                "Ivan Petrenko",
                "Ivan Petrenko said the talks would go on.",
                "Talks with Ivan Petrenko, and others, went on.",
                "Ivan Petrenkova, the envoy, left.",
                "The envoy met the minister.",
                "Talks between Marko Zoric and Ivan Petrenko, who last met in 2019, went on."))
        .containsExactly(false, false, false, false, false);
  }

  /** For each text, whether it says what the person {@code name} is. */
  private static List<Boolean> describing(String name, String... texts) {
    return Arrays.stream(texts).map(t -> PersonDescription.describes(t, name)).toList();
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
      for (String q :
          new String[] {"Who is Ivan Petrenko?", "who is ivan petrenko", "Who is petrenko"}) {
        String a = bot.ask(q).text();
        assertThat(a).as(q + ": " + a).startsWith("Ivan Petrenko, the former trade minister");
      }
    }
  }
}
