package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.core.TalksBot;
import dev.talksbot.ingest.Article;
import dev.talksbot.ingest.Span;
import dev.talksbot.nlp.TypedValue;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A report's correction of itself takes back what it said wrongly; an answer quoting the withdrawn
 * value says so, citing the correction (invented people and places).
 */
class CorrectionsTest {
  private static final String LEAD =
      "Thirty-eight dock workers were freed by Lutavia on Thursday after the talks in Quellmoor,"
          + " taking the number freed this year to 84, officials said.";
  private static final String SPOKESWOMAN =
      "Olga Brenner, a spokeswoman for the Lutavian ports authority, said the workers were well.";
  private static final String CORRECTION =
      "Correction (May 4): An earlier version of this article said 38 workers were freed on"
          + " Thursday and that the total this year had reached 84. Thirty-three workers were"
          + " freed, bringing the total to 79. The article also gave the wrong first name for the"
          + " spokeswoman; she is Vera Brenner, not Olga.";

  private static Article article() {
    String text =
        LEAD
            + "\n\nThe talks in Quellmoor will resume in June.\n\n"
            + SPOKESWOMAN
            + "\n\n"
            + CORRECTION;
    return new Article("a", null, null, null, null, null, null, text);
  }

  @Test
  void numbersAndAFirstNameAreTakenBackNotTheDayOrPlaceTheCorrectionRepeats() {
    var corrections = Corrections.of(article());
    assertThat(corrections).hasSize(1);
    assertThat(corrections.getFirst().withdrawn())
        .extracting(TypedValue::text)
        .containsExactlyInAnyOrder("38", "84", "Olga");
  }

  @Test
  void numbersCompareByValueWhateverTheirSpelling() {
    assertThat(Corrections.number("Thirty-eight")).isEqualTo("38");
    assertThat(Corrections.number("1,200")).isEqualTo("1200");
    assertThat(Corrections.values(LEAD))
        .extracting(TypedValue::text)
        .contains("Thirty-eight", "84");
  }

  @Test
  void theSentenceTellingTheWrongVersionIsNoAnswerButTheCorrectingOneIs() {
    String text = article().text();
    int wrong = text.indexOf("Correction (May 4)");
    int wrongEnd = text.indexOf("84.", wrong) + 3;
    int right = text.indexOf("Thirty-three");
    assertThat(
            Corrections.tellsWrongVersion(
                text, new Span(wrong, wrongEnd), text.substring(wrong, wrongEnd)))
        .isTrue();
    String rightSentence = "Thirty-three workers were freed, bringing the total to 79.";
    assertThat(
            Corrections.tellsWrongVersion(
                text, new Span(right, right + rightSentence.length()), rightSentence))
        .isFalse();
    int lead = text.indexOf(LEAD);
    assertThat(Corrections.tellsWrongVersion(text, new Span(lead, lead + LEAD.length()), LEAD))
        .as("outside the correction")
        .isFalse();
  }

  @Test
  void anAnswerQuotingAWithdrawnNumberQuotesTheCorrection(@TempDir Path dir) throws Exception {
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        "2025-05-03",
        "Anna Berg, Brennick Herald",
        LEAD,
        "The talks in Quellmoor will resume in June.",
        SPOKESWOMAN,
        CORRECTION);
    TestCorpus.writeArticle(
        dir,
        "b.txt",
        "2025-04-20",
        "Tom Reed, Brennick Herald",
        "The dock strike in Lutavia entered its third month on Thursday.",
        "Union leader Ivan Petrenko said the harbour would stay closed until wages rose.");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      var a = bot.ask("How many dock workers did Lutavia free on Thursday?");
      assertThat(a.text())
          .as(a.text())
          .contains("has since corrected this")
          .contains("Thirty-three workers were freed, bringing the total to 79.")
          .doesNotContain("An earlier version");
      var who = bot.ask("Who is the spokeswoman for the Lutavian ports authority?");
      assertThat(who.text()).as(who.text()).contains("Vera Brenner");
    }
  }
}
