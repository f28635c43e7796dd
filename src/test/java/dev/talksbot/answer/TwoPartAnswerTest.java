package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.core.TalksBot;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A two-part question answered by one sentence quotes it once, whatever each part cites. */
class TwoPartAnswerTest {
  @Test
  void oneSentenceAnsweringBothPartsIsQuotedOnce(@TempDir Path dir) throws Exception {
    String invited =
        "Lina Sorel has invited the leaders of Freedonia and Lutavia to a harbour summit in"
            + " Port Amel in the second half of September.";
    Files.writeString(
        dir.resolve("a.txt"),
        " date 2025-08-02 By Anna Kovacs, Meridian Post\n\n"
            + invited
            + "\n\nThe port authority closed two piers for the visit.\n");
    Files.writeString(
        dir.resolve("b.txt"),
        " date 2025-08-03 By Tom Lind, Baltic Wire\n\n"
            + "The leaders of Freedonia and Lutavia have been invited to a harbour summit in Port"
            + " Amel, the Freedonian government said.\n\n"
            + "Fishing boats stayed in port on Sunday.\n");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      Answer a =
          bot.ask(
              "Who invited the leaders of Freedonia and Lutavia to a harbour summit, and when"
                  + " should it take place?");
      assertThat(a).as(a.text()).isInstanceOf(Answer.Answered.class);
      assertThat(a.text()).contains("Lina Sorel").contains("September");
      // the part that asks who cites the sentence alone; the part that asks when finds the other
      // report too: the sentence is still quoted once
      String first = a.text().substring(0, 40);
      assertThat(a.text().indexOf(first, 1)).as(a.text()).isEqualTo(-1);
    }
  }

  @Test
  void aPartThatQuotesOnlyWhatAnEarlierPartQuotedSaysItAgain() {
    String s =
        "The Lutavian side was headed by Ivo Brennick and the Marsh side by Marta Wendricht.";
    String noted = s + " [1][2] One outlet, Baltic Wire, names Tom Arlen instead. [3]";
    // the same sentence, other citations, without the earlier part's note: said again
    assertThat(ExtractiveAnswerer.saysAgain(java.util.List.of(noted), s + " [1][2]")).isTrue();
    assertThat(ExtractiveAnswerer.saysAgain(java.util.List.of(s + " [1]"), s + " [2][3]")).isTrue();
    // a part that says more, or something else, is no repeat
    assertThat(
            ExtractiveAnswerer.saysAgain(
                java.util.List.of(s + " [1]"), s + " [1] The talks open in Tarn. [2]"))
        .isFalse();
    assertThat(ExtractiveAnswerer.saysAgain(java.util.List.of(noted), "The talks open. [4]"))
        .isFalse();
  }
}
