package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.core.TalksBot;
import dev.talksbot.index.TextAnalysis;
import java.nio.file.Path;
import java.util.HashSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A question about what a named speaker said, when the coverage never names the speaker. */
class StatedSpeakerTest {

  @Test
  void theSpeakerIsTheCapitalisedWordsBeforeAVerbOfSayingOrAfterAccordingTo() {
    assertThat(StatedSpeaker.terms("What did Lutavia's port authority say about the piers?"))
        .isEqualTo(new HashSet<>(TextAnalysis.terms("Lutavia")));
    assertThat(StatedSpeaker.terms("What will the tariffs target, according to Jane Roe?"))
        .isEqualTo(new HashSet<>(TextAnalysis.terms("Jane Roe")));
    assertThat(StatedSpeaker.terms("How many ships did the Harbour Office report sunk?"))
        .isEqualTo(new HashSet<>(TextAnalysis.terms("Harbour Office")));
    // a speaker in common words, or no speaker, names nothing to look for
    assertThat(StatedSpeaker.terms("What did the minister say about the piers?")).isEmpty();
    assertThat(StatedSpeaker.terms("What did he say?")).isEmpty();
    assertThat(StatedSpeaker.terms("Who chairs the port authority?")).isEmpty();
  }

  @Test
  void aQuestionAsksWhatWasSaidWithALowerCaseVerbOfSaying() {
    assertThat(StatedSpeaker.asksWhatWasSaid("What did Jane Roe say after the session?")).isTrue();
    assertThat(StatedSpeaker.asksWhatWasSaid("what did the minister tell reporters")).isTrue();
    assertThat(StatedSpeaker.asksWhatWasSaid("What did the Islamic State proclaim itself?"))
        .isFalse();
    assertThat(StatedSpeaker.asksWhatWasSaid("What did they discuss in their phone call?"))
        .isFalse();
    assertThat(StatedSpeaker.asksWhatWasSaid("When did Holden announce the closure?")).isFalse();
    // "how" asks for the words too; a verb right after a named subject, however it is tagged
    assertThat(StatedSpeaker.asksWhatWasSaid("How did Lena Marsh describe the ferry deal?"))
        .isTrue();
    assertThat(StatedSpeaker.asksWhatWasSaid("How did the Kremlin describe Vosk's summit idea?"))
        .isTrue();
    assertThat(StatedSpeaker.asksWhatWasSaid("How did the talks end?")).isFalse();
  }

  @Test
  void aSentenceReportsSpeechWithAVerbOfSayingAQuoteOrAccordingTo() {
    assertThat(StatedSpeaker.reportsSpeech("Jane Roe told reporters the toll would fall."))
        .isTrue();
    assertThat(StatedSpeaker.reportsSpeech("The toll would fall, she warned.")).isTrue();
    assertThat(StatedSpeaker.reportsSpeech("\u201cIt will fall,\u201d Roe wrote.")).isTrue();
    assertThat(StatedSpeaker.reportsSpeech("The toll fell, according to the office.")).isTrue();
    assertThat(StatedSpeaker.reportsSpeech("Jane Roe will again head the team.")).isFalse();
  }

  @Test
  void whatASpeakerSaidIsASentenceThatReportsTheirWords(@TempDir Path dir) throws Exception {
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        TestCorpus.MERIDIAN,
        "Jane Roe, the harbour minister of Tarn, who led the Tarn delegation at the third round of"
            + " the canal talks, will again head the team.",
        "The fourth round is due in October.");
    TestCorpus.writeArticle(
        dir,
        "b.txt",
        TestCorpus.BALTIC,
        "Jane Roe, who again led Tarn's team, told reporters after the session that Tarn had"
            + " proposed a lower canal toll.",
        "Vell has not answered.");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      // the first sentence shares more of the question's words, but says nothing Jane Roe said:
      // the sentence given (as the answer, or as the nearest the coverage comes) is what she said
      Answer a = bot.ask("What did Jane Roe say after the third round of talks?");
      assertThat(a.citations()).as(a.text()).isNotEmpty();
      assertThat(a.citations().getFirst().quote()).contains("told reporters");
      assertThat(a.text()).doesNotContain("will again head the team");
    }
  }

  @Test
  void aQuestionTypedWithoutCapitalsLooksForEveryWordOfTheSpeaker() {
    assertThat(StatedSpeaker.terms("what did lutavia say about the piers?"))
        .isEqualTo(new HashSet<>(TextAnalysis.terms("Lutavia")));
    assertThat(StatedSpeaker.terms("what did the harbour master say?"))
        .isEqualTo(new HashSet<>(TextAnalysis.terms("harbour master")));
    assertThat(StatedSpeaker.phrase("What did China's foreign ministry say about it?"))
        .isEqualTo("China's foreign ministry");
  }

  @Test
  void aSpeakerWrittenWithAFinalPointEndsTheSentenceOnce() {
    CorpusInfo corpus =
        new CorpusInfo("the harbour talks", 1, 2, null, null, 1, java.util.List.of(), 1);
    assertThat(Refusals.speakerNotQuoted("the U.N.", null, corpus))
        .startsWith("The coverage I have does not answer that: it does not quote the U.N. I know 1")
        .doesNotContain("..");
  }

  /**
   * Asked for a speaker's words on a topic, the refusal says only that the reports found for it do
   * not quote the speaker on that topic: another report may quote them on something else.
   */
  @Test
  void aRefusalOnATopicSaysTheSpeakerIsNotQuotedOnIt() {
    CorpusInfo corpus =
        new CorpusInfo("the harbour talks", 1, 2, null, null, 1, java.util.List.of(), 1);
    assertThat(StatedTopic.phrase("What did Tom Reed say about the piers?")).isEqualTo("the piers");
    assertThat(StatedTopic.phrase("What did Tom Reed say?")).isNull();
    assertThat(Refusals.speakerNotQuoted("Tom Reed", "the piers", corpus))
        .startsWith(
            "The coverage I have does not answer that: it does not quote Tom Reed on the piers. I"
                + " know 1");
  }

  @Test
  void aSpeakerTheCoverageNeverNamesIsRefusedWithoutANearestQuote() {
    TalksBot bot = TestCorpus.bot();
    Answer a = bot.ask("What did China say about the Istanbul talks?");
    assertThat(a).as(a.text()).isInstanceOf(Answer.Refused.class);
    assertThat(a.citations()).isEmpty();
    assertThat(a.text())
        .startsWith(
            "The coverage I have does not answer that: it does not quote China on the Istanbul"
                + " talks.");
    Answer lower = bot.ask("what did china say about the istanbul talks?");
    assertThat(lower).as(lower.text()).isInstanceOf(Answer.Refused.class);
    assertThat(lower.text())
        .startsWith(
            "The coverage I have does not answer that: it does not quote china on the istanbul"
                + " talks.");
    // a party is named by any of its words: "Kiev" by a report that says "Kyiv" or "Ukraine"
    Answer kiev = bot.ask("What did Kiev say about prisoners?");
    assertThat(kiev.text()).doesNotContain("does not quote");
    // a speaker it names is still answered
    Answer named = bot.ask("What did Peskov say about expecting a breakthrough?");
    assertThat(named).as(named.text()).isInstanceOf(Answer.Answered.class);
    assertThat(named.text()).containsIgnoringCase("breakthrough");
  }
}
