package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.core.TalksBot;
import dev.talksbot.index.TextAnalysis;
import dev.talksbot.ingest.Article;
import dev.talksbot.ingest.Span;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whose words a sentence reports, for "What did X say?" (invented people and places). */
class SpokenByTest {
  private static final Set<String> MARSH = Set.copyOf(TextAnalysis.terms("Marsh"));

  private static SpokenBy.Whose whose(String sentence, String before) {
    return SpokenBy.of(candidate(sentence, before), MARSH);
  }

  static Candidate candidate(String sentence, String before) {
    Article a = new Article(sentence, null, null, null, null, null, null, sentence);
    return new Candidate(
        a,
        new Span(0, sentence.length()),
        sentence,
        Set.copyOf(TextAnalysis.terms(sentence)),
        Set.of(),
        Map.of(),
        Map.of(),
        Set.of(),
        0,
        0,
        new float[] {1f},
        0.5,
        0.5,
        0.5,
        0,
        0.5,
        Set.copyOf(TextAnalysis.terms(before)),
        Set.of(),
        null,
        false);
  }

  private static SpokenBy.Whose whose(String sentence) {
    return whose(sentence, "");
  }

  @Test
  void theSpeakerNamedBeforeOrRightAfterAVerbOfSayingSaysIt() {
    assertThat(whose("On Monday, Lena Marsh said the piers would reopen."))
        .isEqualTo(SpokenBy.Whose.SPEAKER);
    assertThat(whose("Lena Marsh, the harbour minister, told reporters the piers would reopen."))
        .isEqualTo(SpokenBy.Whose.SPEAKER);
    assertThat(whose("“The piers will reopen,” said harbour minister Lena Marsh."))
        .isEqualTo(SpokenBy.Whose.SPEAKER);
    assertThat(whose("Lena Marsh, the harbour minister, said the piers would reopen."))
        .isEqualTo(SpokenBy.Whose.SPEAKER);
    assertThat(whose("Marsh accepted at once, saying she was ready to sign."))
        .isEqualTo(SpokenBy.Whose.SPEAKER);
    assertThat(whose("The piers will reopen on Tuesday, according to Marsh."))
        .isEqualTo(SpokenBy.Whose.SPEAKER);
    assertThat(
            whose("She said the piers would reopen.", "Lena Marsh met the port workers on Monday."))
        .isEqualTo(SpokenBy.Whose.SPEAKER);
    // a pronoun's verb of saying set off by commas, after a sentence that names her
    assertThat(
            whose(
                "The piers, she said, would reopen on Tuesday.",
                "Lena Marsh met the port workers on Monday."))
        .isEqualTo(SpokenBy.Whose.SPEAKER);
  }

  @Test
  void someoneElsesWordsAreNotTheSpeakers() {
    // named only inside the quotation
    assertThat(whose("“Nobody trusts the Marsh plan for the piers,” Tom Reed said."))
        .isEqualTo(SpokenBy.Whose.SOMEONE_ELSE);
    // another person where the speaker would be
    assertThat(whose("On Monday, Reed said the piers would stay closed."))
        .isEqualTo(SpokenBy.Whose.SOMEONE_ELSE);
    // named only in what is said about her, even right after the verb
    assertThat(whose("Lutavia said former harbour minister Lena Marsh would lead its team."))
        .isEqualTo(SpokenBy.Whose.SOMEONE_ELSE);
    assertThat(whose("Lutavia said Marsh would lead its team."))
        .isEqualTo(SpokenBy.Whose.SOMEONE_ELSE);
    // named before a verb of saying that has its own subject after a comma
    assertThat(whose("Lena Marsh has invited the mayors to the harbour, port officials said."))
        .isEqualTo(SpokenBy.Whose.SOMEONE_ELSE);
    // "He said" after a sentence that names someone else
    assertThat(whose("He said the piers would stay closed.", "Tom Reed met the port workers."))
        .isEqualTo(SpokenBy.Whose.SOMEONE_ELSE);
    // ", he said," after a sentence that names someone else
    assertThat(whose("The piers, he said, would stay closed.", "Tom Reed met the port workers."))
        .isEqualTo(SpokenBy.Whose.SOMEONE_ELSE);
    // a verb of saying with people of its own after a comma, the speaker named nowhere
    assertThat(whose("The piers will reopen on Tuesday, officials in Brenn said."))
        .isEqualTo(SpokenBy.Whose.SOMEONE_ELSE);
  }

  /**
   * "What did Marsh propose?" is answered by her proposal as an act too, though officials report
   * it; "What did Marsh say?" by her words.
   */
  @Test
  void aProposalIsReportedAsAnActToo() {
    Candidate act =
        candidate("Lena Marsh has invited the mayors to a summit, port officials said.", "");
    Candidate words = candidate("Marsh said the harbour was ready to host the mayors.", "");
    Candidate other = candidate("The mayors have not replied to the invitation yet.", "");
    var cands = java.util.List.of(act, words, other);
    assertThat(SpokenBy.unspoken("What did Marsh propose?", cands)).containsExactly(other.key());
    assertThat(SpokenBy.unspoken("What did Marsh say?", cands))
        .containsExactlyInAnyOrder(act.key(), other.key());
  }

  /**
   * "… according to Marsh?" asks for her account: an analyst's words that only mention her are set
   * back; a sentence that reports no speech is not (the account may be told in any words).
   */
  @Test
  void aQuestionAskingSomeonesAccountSetsBackOthersWords() {
    Candidate hers = candidate("Marsh has said the piers could reopen only after the strike.", "");
    Candidate analyst =
        candidate(
            "The strike, Tom Reed said, is something Marsh has refused to discuss since May.", "");
    Candidate plain = candidate("The piers have been closed since May.", "");
    var cands = java.util.List.of(hers, analyst, plain);
    assertThat(SpokenBy.unspoken("When could the piers reopen according to Marsh?", cands))
        .containsExactly(analyst.key());
    assertThat(SpokenBy.unspoken("When could the piers reopen?", cands)).isEmpty();
  }

  @Test
  void noSpeechOrAPartySpeakingIsNobodysInParticular() {
    assertThat(whose("Lena Marsh reopened the piers on Monday.")).isEqualTo(SpokenBy.Whose.UNKNOWN);
    assertThat(whose("The piers reopened on Monday.")).isEqualTo(SpokenBy.Whose.UNKNOWN);
    // a party (answer/parties.tsv) may speak for the speaker
    assertThat(whose("The Kremlin said on Tuesday that the piers would reopen."))
        .isEqualTo(SpokenBy.Whose.UNKNOWN);
    assertThat(whose("The piers will reopen on Tuesday, the Kremlin said."))
        .isEqualTo(SpokenBy.Whose.UNKNOWN);
  }

  /**
   * "What did Marsh say?" is answered with Marsh's own words, not with another speaker's quotation
   * that names her and matches the question as well.
   */
  @Test
  void whatTheSpeakerSaidIsAnsweredWithHerWords(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("a.txt"),
        " date 2025-08-02 By Anna Kovacs, Meridian Post\n\n"
            + "“Everyone says what Marsh said about the piers matters, but nobody listens to"
            + " Marsh,” port worker Tom Reed said.\n\n"
            + "Harbour minister Lena Marsh said the piers of Lutavia would reopen on Tuesday after"
            + " the storm repairs.\n\nThe port authority closed two piers for the visit.\n");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      String a = bot.ask("What did Marsh say about the piers?").text();
      assertThat(a).as(a).startsWith("Harbour minister Lena Marsh said").doesNotContain("Reed");
    }
  }

  /**
   * "What did Reed say …?" is answered (or refused, quoting the nearest) with Reed's words set off
   * by commas after the sentence that names him ("The crews, he said, …"), not with what officials
   * said in a sentence that matches more of the question's words.
   */
  @Test
  void aSpeakersWordsSetOffByCommasAreHisAndOfficialsAreNot(@TempDir Path dir) throws Exception {
    Files.writeString(
        dir.resolve("a.txt"),
        " date 2025-08-18 By Anna Kovacs, Meridian Post\n\nBrenn vote on the piers postponed\n\n"
            + "A vote on reopening the piers of Lutavia that had been set for August 20 has been"
            + " postponed, after the port board asked for more time, officials in Brenn said on"
            + " Monday.\n\nTom Reed, spokesman for the ferry union, accused the port board of"
            + " stalling. The ferry crews, he said, had been ready to sail on the day.\n");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      String a =
          bot.ask(
                  "What did Tom Reed say the ferry crews had been ready to do before the August 20"
                      + " vote was postponed?")
              .text();
      assertThat(a).as(a).contains("ready to sail").doesNotContain("officials in Brenn");
    }
  }

  /**
   * "What did X say about T?" is answered by a best sentence that reports X's own words naming T,
   * whatever the answerability model makes of it; not by someone else's words, a sentence without
   * speech, or one off the topic, and not for a question without a topic ("What did X call …?").
   */
  @Test
  void theSpeakersOwnWordsOnTheTopicAnswerWhatTheySaid() {
    String q = "What did Marsh say about the ferry deal?";
    Set<String> terms = SentenceFeatures.questionTerms(q);
    assertThat(answered(q, terms, "Marsh said the ferry deal had been the hardest to close."))
        .isTrue();
    assertThat(answered(q, terms, "Tom Reed said the ferry deal had been hard to close."))
        .isFalse();
    assertThat(answered(q, terms, "Marsh signed the ferry deal on Monday.")).isFalse();
    assertThat(answered(q, terms, "Marsh said the piers would reopen on Tuesday.")).isFalse();
    String noTopic = "What did Marsh call the ferry deal?";
    assertThat(
            answered(
                noTopic,
                SentenceFeatures.questionTerms(noTopic),
                "Marsh called the ferry deal the hardest to close."))
        .isFalse();
  }

  private static boolean answered(String question, Set<String> terms, String best) {
    return SpokenBy.answeredBy(question, terms, java.util.List.of(candidate(best, "")));
  }
}
