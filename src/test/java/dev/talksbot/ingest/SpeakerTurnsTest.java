package dev.talksbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A press conference's transcript and an interview, as turns of their speakers (invented). */
class SpeakerTurnsTest {
  private final NewsArticleParser parser = new NewsArticleParser();
  private final ParagraphChunker chunker = new ParagraphChunker(300, 700);

  private static final String INTRO =
      "The harbour conference closed on Monday in Ferrowick. Lutavia's transport minister, Lena"
          + " Wendricht, and the port commissioner Tom Brennick answered reporters afterwards.";

  private static final List<String> TURNS =
      List.of(
          "MODERATOR (Anna Moen, press officer of the port): Welcome. The minister will start.",
          "WENDRICHT: The ferry to Tarn will run twice a day from May.",
          "The night crossing stays closed until the new pier is built.",
          "MODERATOR: Over to the floor.",
          "Q (Quellmoor Post): Fares rose last year. Who pays for the second ferry?",
          "WENDRICHT: The port pays for the crew and the ministry for the fuel.",
          "Q (Vosk Radio): Will the old pier be sold?",
          "BRENNICK: Not this year.",
          "Q (Vosk Radio): Mr Quell told the council that the pier is \"a ruin\". Is there a"
              + " plan to repair it before the summer season begins?",
          "WENDRICHT: Engineers are looking at it. Nothing is decided.",
          "MODERATOR: Thanks to you all. That ends the conference.");

  private Article transcript() {
    String raw =
        "Ferry to Tarn runs twice a day from May, minister says\n\n"
            + INTRO
            + "\n\n"
            + String.join("\n\n", TURNS);
    return parser.parse("t", "t.txt", raw);
  }

  @Test
  void aLabelInCapitalsTakesThePagesSpellingOfTheName() {
    Article a = transcript();
    assertThat(a.text())
        .contains("\n\nWendricht: The ferry to Tarn")
        .contains("\n\nBrennick: Not this year.")
        .contains("\n\nMODERATOR (Anna Moen, press officer of the port): Welcome.")
        .contains("\n\nQ (Quellmoor Post): Fares rose")
        .doesNotContain("WENDRICHT");
  }

  @Test
  void eachTurnIsAPassageOfItsOwnAndAnAnswerStaysWithItsQuestion() {
    List<String> passages = chunker.chunk(transcript()).stream().map(Passage::text).toList();
    assertThat(passages)
        .containsExactly(
            INTRO,
            TURNS.get(0),
            "Wendricht: The ferry to Tarn will run twice a day from May.\n\n" + TURNS.get(2),
            TURNS.get(3),
            TURNS.get(4)
                + "\n\nWendricht: The port pays for the crew and the ministry for the fuel.",
            TURNS.get(6) + "\n\nBrennick: Not this year.",
            TURNS.get(8) + "\n\nWendricht: Engineers are looking at it. Nothing is decided.",
            TURNS.get(10));
  }

  @Test
  void aQuestionersTurnAsksAllThrough() {
    assertThat(ParagraphChunker.isQuestionHeading(TURNS.get(4))).isTrue();
    assertThat(ParagraphChunker.isQuestionHeading(TURNS.get(8))).isTrue(); // over 20 words
    assertThat(
            ParagraphChunker.isQuestionHeading(
                "Q (Vosk Radio): Who pays for the second ferry? Fares rose last year."))
        .isTrue(); // its premise after its question
    assertThat(ParagraphChunker.isQuestionHeading("Q: The ferry was late.")).isFalse();
    assertThat(ParagraphChunker.isQuestionHeading(TURNS.get(5))).isFalse();
  }

  @Test
  void aTextWithFewLabelledParagraphsIsNoConversation() {
    List<String> paragraphs =
        List.of(
            "Correction: An earlier version misspelt the commissioner's name.",
            "Update: The ferry runs again on Monday.",
            "The crossing was closed for a week, officials said.");
    assertThat(SpeakerTurns.isConversation(paragraphs)).isFalse();
    assertThat(SpeakerTurns.spelledAsOnPage(paragraphs, "")).isSameAs(paragraphs);
    assertThat(SpeakerTurns.speaker("WEATHER: FOG HALTS THE TARN FERRY")).isNull();
    assertThat(SpeakerTurns.speaker("Lena Wendricht: We will see.")).isEqualTo("Lena Wendricht");
  }

  @Test
  void aLabelThePageNeverSpellsStaysInCapitals() {
    List<String> turns = List.of("MARSH: Yes.", "TARN: No.", "MARSH: Then we agree.");
    assertThat(SpeakerTurns.spelledAsOnPage(turns, "MARSH TARN and the river tarn"))
        .containsExactlyElementsOf(turns);
  }

  @Test
  void anInterviewsQuestionsAreItsOutletsAndKeepTheirAnswers() {
    String text =
        String.join(
            "\n\n",
            "Quellmoor Post: The pier was due to open in March. March is over.",
            "Wendricht: Yes, and the delay costs the ferry company every week.",
            "Quellmoor Post: When will it open?",
            "Wendricht: When the cranes are certified, in June at the latest.");
    Article a = new Article("i", "i.txt", null, "Quellmoor Post", List.of(), null, null, text);
    List<Passage> ps = new ParagraphChunker(30, 700).chunk(a);
    assertThat(ps).extracting(Passage::text).allMatch(t -> t.startsWith("Quellmoor Post:"));
    assertThat(ps).hasSize(2);
  }
}
