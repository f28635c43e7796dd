package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.core.TalksBot;
import dev.talksbot.index.TextAnalysis;
import java.util.HashSet;
import org.junit.jupiter.api.Test;

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
    assertThat(Refusals.speakerNotQuoted("the U.N.", corpus))
        .startsWith("The coverage I have does not answer that: it does not quote the U.N. I know 1")
        .doesNotContain("..");
  }

  @Test
  void aSpeakerTheCoverageNeverNamesIsRefusedWithoutANearestQuote() {
    TalksBot bot = TestCorpus.bot();
    Answer a = bot.ask("What did China say about the Istanbul talks?");
    assertThat(a).as(a.text()).isInstanceOf(Answer.Refused.class);
    assertThat(a.citations()).isEmpty();
    assertThat(a.text())
        .startsWith("The coverage I have does not answer that: it does not quote China.");
    Answer lower = bot.ask("what did china say about the istanbul talks?");
    assertThat(lower).as(lower.text()).isInstanceOf(Answer.Refused.class);
    assertThat(lower.text())
        .startsWith("The coverage I have does not answer that: it does not quote china.");
    // a party is named by any of its words: "Kiev" by a report that says "Kyiv" or "Ukraine"
    Answer kiev = bot.ask("What did Kiev say about prisoners?");
    assertThat(kiev.text()).doesNotContain("does not quote");
    // a speaker it names is still answered
    Answer named = bot.ask("What did Peskov say about expecting a breakthrough?");
    assertThat(named).as(named.text()).isInstanceOf(Answer.Answered.class);
    assertThat(named.text()).containsIgnoringCase("breakthrough");
  }
}
