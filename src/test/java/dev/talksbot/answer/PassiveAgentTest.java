package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.core.TalksBot;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Who mediated the swap?" is answered by the sentence that names the doer by a passive ("The swap
 * was mediated by …"), not by the report of the swap that matches as many of its words (invented
 * people and places).
 */
class PassiveAgentTest {
  @Test
  void aPassiveOfTheQuestionsVerbNamesTheDoer() {
    assertThat(
            PassiveAgent.namesTheDoer(
                "The swap was mediated by the Republic of Brenn.", Set.of("mediate")))
        .isTrue();
    assertThat(
            PassiveAgent.namesTheDoer(
                "The delegation, headed by Lena Marsh, arrived.", Set.of("lead")))
        .as("a verb of the same sense")
        .isTrue();
    assertThat(PassiveAgent.namesTheDoer("Brenn mediated the swap.", Set.of("mediate"))).isFalse();
    assertThat(PassiveAgent.namesTheDoer("The swap took place by the river.", Set.of("mediate")))
        .isFalse();
  }

  @Test
  void whoDidItIsAnsweredByThePassivesDoer(@TempDir Path dir) throws Exception {
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        TestCorpus.MERIDIAN,
        "Lutavia and Castrovia exchanged 120 detained dock workers each on Friday at the Quellmoor"
            + " crossing, the first stage of the exchange agreed at the harbour talks.",
        "The swap was mediated by the Republic of Brenn, which has brokered four such exchanges"
            + " since the strike began.",
        "The freed workers were taken to hospitals in Ferrowick for checks.");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      String a = bot.ask("Who mediated the first stage of the dock workers exchange?").text();
      assertThat(a).as(a).startsWith("The swap was mediated by the Republic of Brenn");
    }
  }
}
