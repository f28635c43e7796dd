package dev.talksbot.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A press conference's transcript and an interview, as turns of their speakers (invented). */
class SpeakerTurnsTest {
  private final NewsArticleParser parser = new NewsArticleParser();
  private final ParagraphChunker chunker = new ParagraphChunker(300, 700);

  private static final String INTRO =
      "The talks ended on Tuesday evening in Tarn. Lutavia's deputy foreign minister, Lena Wendricht,"
          + " and the envoy Tom Brennick took questions for about twenty minutes.";

  private static final List<String> TURNS =
      List.of(
          "MODERATOR (Anna Moen, spokeswoman of the ministry): Good evening. Please give your name.",
          "WENDRICHT: Thank you. The pause will be extended by ninety days.",
          "We did not get a ceasefire today.",
          "MODERATOR: First question, please.",
          "Q (Quellmoor Post): The last exchange fell short. Who decides if the pause is broken?",
          "WENDRICHT: The mission will be the referee.",
          "Q (Vosk Radio): Was a meeting of the two presidents discussed?",
          "BRENNICK: Not today.",
          "Q (Vosk Radio): Mr Tarn told reporters that a truce is \"a reward\". Was a ceasefire"
              + " discussed at all?",
          "WENDRICHT: It was raised. There was no agreement.",
          "MODERATOR: Thank you. That concludes the briefing.");

  private Article transcript() {
    String raw =
        "Talks in Tarn: the hosts brief the press\n\n"
            + INTRO
            + "\n\n"
            + String.join("\n\n", TURNS);
    return parser.parse("t", "t.txt", raw);
  }

  @Test
  void aLabelInCapitalsTakesThePagesSpellingOfTheName() {
    Article a = transcript();
    assertThat(a.text())
        .contains("\n\nWendricht: Thank you.")
        .contains("\n\nBrennick: Not today.")
        .contains("\n\nMODERATOR (Anna Moen, spokeswoman of the ministry): Good evening.")
        .contains("\n\nQ (Quellmoor Post): The last exchange")
        .doesNotContain("WENDRICHT");
  }

  @Test
  void eachTurnIsAPassageOfItsOwnAndAnAnswerStaysWithItsQuestion() {
    List<String> passages = chunker.chunk(transcript()).stream().map(Passage::text).toList();
    assertThat(passages)
        .containsExactly(
            INTRO,
            TURNS.get(0),
            "Wendricht: Thank you. The pause will be extended by ninety days.\n\n" + TURNS.get(2),
            TURNS.get(3),
            TURNS.get(4) + "\n\nWendricht: The mission will be the referee.",
            TURNS.get(6) + "\n\nBrennick: Not today.",
            TURNS.get(8) + "\n\nWendricht: It was raised. There was no agreement.",
            TURNS.get(10));
  }

  @Test
  void aQuestionersTurnAsksAllThrough() {
    assertThat(ParagraphChunker.isQuestionHeading(TURNS.get(4))).isTrue();
    assertThat(ParagraphChunker.isQuestionHeading(TURNS.get(8))).isTrue(); // over 20 words
    assertThat(ParagraphChunker.isQuestionHeading("Q: The talks ended early.")).isFalse();
    assertThat(ParagraphChunker.isQuestionHeading(TURNS.get(5))).isFalse();
  }

  @Test
  void aTextWithFewLabelledParagraphsIsNoConversation() {
    List<String> paragraphs =
        List.of(
            "Correction: An earlier version misspelt the envoy's name.",
            "Update: The talks resume on Monday.",
            "The talks ended early, officials said.");
    assertThat(SpeakerTurns.isConversation(paragraphs)).isFalse();
    assertThat(SpeakerTurns.spelledAsOnPage(paragraphs, "")).isSameAs(paragraphs);
    assertThat(SpeakerTurns.speaker("WEATHER: STORM CLOSES THE TARN BRIDGE")).isNull();
    assertThat(SpeakerTurns.speaker("Lena Wendricht: We agreed.")).isEqualTo("Lena Wendricht");
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
            "Quellmoor Post: Lutavia wanted a pause from November. That date has passed.",
            "Wendricht: Yes, and every week we lose is paid for by people in cold flats.",
            "Quellmoor Post: Are you optimistic?",
            "Wendricht: Only about things I can measure.");
    Article a = new Article("i", "i.txt", null, "Quellmoor Post", List.of(), null, null, text);
    List<Passage> ps = new ParagraphChunker(30, 700).chunk(a);
    assertThat(ps).extracting(Passage::text).allMatch(t -> t.startsWith("Quellmoor Post:"));
    assertThat(ps).hasSize(2);
  }
}
