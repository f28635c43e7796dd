package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.core.TalksBot;
import dev.talksbot.index.TextAnalysis;
import dev.talksbot.ingest.Article;
import dev.talksbot.ingest.Span;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The names a question gives that no retrieved passage mentions, and the refusal they bring. */
class AbsentNamesTest {
  private static final String PASSAGE =
      "The Turkish foreign minister said the delegations of Ukraine and Russia would meet in"
          + " Istanbul in September, with the US envoy and the Kremlin's aide Vladimir Medinsky"
          + " attending. Qatar has helped return children to Kyiv. Officials indicated that more"
          + " talks would follow.";

  private static List<String> absent(String question) {
    return AbsentNames.of(
        question, SentenceFeatures.questionTerms(question), List.of(candidate("a", PASSAGE)));
  }

  /** A candidate that is the whole text of an article of its own. */
  private static Candidate candidate(String id, String text) {
    Article a = new Article(id, null, null, null, null, null, null, text);
    Set<String> terms = new HashSet<>(TextAnalysis.terms(text));
    return new Candidate(
        a,
        new Span(0, text.length()),
        text,
        terms,
        Set.of(),
        Map.of(),
        Map.of(),
        Set.of(),
        0,
        0,
        new float[] {1},
        0.5,
        0.5,
        0.5,
        0,
        0.5,
        Set.of(),
        terms,
        null,
        false);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "When will Ukraine and Russia meet in Alaska? | Alaska",
        "What did Medinsky say at the forum in Kazan? | Kazan",
        "Who won the FIFA World Cup in Doha? | FIFA World Cup, Doha",
        "Will Xi Jinping travel to Istanbul? | Xi Jinping",
        "What happened in Istanbul in October? | October",
        // a name one edit from a word the passage writes in lower case only ("indicated")
        "What did India say about the talks? | India",
      })
  void aNameNoPassageMentionsIsAbsent(String question, String names) {
    assertThat(absent(question)).isEqualTo(List.of(names.split(", ")));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // the passage's own words, a demonym and a form of a name it has
        "Who will the delegations of Ukraine and Russia meet in Istanbul?",
        "What did Turkey say?",
        "Which Ukrainian city did the children return to?",
        // misspellings the spelling step leaves (one edit; two in a long word)
        "What did Medinski say?",
        "When will they meet in Instanbull?",
        // names that stand for one another
        "What did the United States envoy do?",
        "What did Moscow say?",
        "When did the children return to Kiev?",
        // the words that describe what is asked for, short words, title case, the first word
        "Which Gulf state helped return children?",
        "What did the envoy say about WW II?",
        "When Will The Delegations Meet In Alaska?",
        "Alaska: when will they meet?",
      })
  void otherCapitalsAreNotAbsentNames(String question) {
    assertThat(absent(question)).isEmpty();
  }

  @Test
  void anAcronymOfAPhraseTheReportWritesOutIsNotAbsent() {
    Candidate c =
        candidate("a", "The Tarn Office for Returned Sailors said 41 sailors came home on Monday.");
    String known = "How many sailors did the TORS count?";
    assertThat(AbsentNames.of(known, SentenceFeatures.questionTerms(known), List.of(c))).isEmpty();
    String unknown = "How many sailors did the KLMQ count?";
    assertThat(AbsentNames.of(unknown, SentenceFeatures.questionTerms(unknown), List.of(c)))
        .containsExactly("KLMQ");
  }

  @Test
  void aQuestionAboutWhatTheCoverageNeverMentionsIsRefusedSayingSo(@TempDir Path dir)
      throws Exception {
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        TestCorpus.MERIDIAN,
        "The leaders of Tarn and Vell will meet in September to sign the harbour treaty, officials"
            + " in both capitals said on Monday.",
        "The date of the meeting has not been set.");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      Answer a = bot.ask("When will the leaders of Tarn and Vell meet in Oslo?");
      assertThat(a).as(a.text()).isInstanceOf(Answer.Refused.class);
      assertThat(a.text()).contains("does not mention Oslo");
      assertThat(a.citations()).isEmpty();
      Answer known = bot.ask("When will the leaders of Tarn and Vell meet?");
      assertThat(known.text()).doesNotContain("does not mention");
    }
  }

  /**
   * A report of another month (the August swap) does not name the question's month (the February
   * swap) that the other report's dateline does: it is set back, not refused, and the report of
   * February answers.
   */
  @Test
  void aReportOfAnotherMonthIsSetBackSoThatTheReportOfTheMonthAskedAboutAnswers(@TempDir Path dir)
      throws Exception {
    TestCorpus.writeArticle(
        dir,
        "august.txt",
        TestCorpus.MERIDIAN,
        "Tarn and Vell exchanged 250 detained dock workers each on Friday at the Quellmoor"
            + " crossing.",
        "Of the 250 people returned to Tarn, 84 were civilians; the others were harbour guards.");
    TestCorpus.writeArticle(
        dir,
        "february.txt",
        "2026-02-06",
        "Tom Lind, Baltic Wire",
        "Tarn and Vell exchanged 300 detained dock workers each on Friday in the first swap agreed"
            + " at the winter talks.",
        "Among the 300 people freed on Friday were 46 civilians and 112 harbour guards.");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      String q = "How many civilians were among the people who came back in the February swap?";
      Answer a = bot.ask(q);
      assertThat(a).as(a.text()).isNotInstanceOf(Answer.Refused.class);
      assertThat(a.text()).as(a.text()).startsWith("Among the 300 people freed on Friday");
    }
  }

  @Test
  void aReportThatLacksOnlyTheQuestionsMonthIsUntimedNotUnnamed() {
    Candidate tarn = candidate("tarn", "In February the Vell delegation brought a draft treaty.");
    Candidate other = candidate("other", "The Vell delegation brought forty observers.");
    String q = "What did the Vell delegation bring in February?";
    AbsentNames.Unnamed u =
        AbsentNames.unnamed(q, SentenceFeatures.questionTerms(q), List.of(tarn, other));
    assertThat(u.names()).isEmpty();
    assertThat(u.times()).containsExactly("other");
    assertThat(AbsentNames.time("Feb.")).isTrue();
    assertThat(AbsentNames.time("Friday")).isTrue();
    assertThat(AbsentNames.time("Tarn")).isFalse();
  }

  @Test
  void aReportThatNeverNamesWhatTheQuestionNamesIsUnnamedWhenAnotherReportNamesIt() {
    Candidate tarn =
        candidate("tarn", "The Vell delegation brought a draft treaty to the talks in Tarn.");
    Candidate other =
        candidate("other", "The Vell delegation brought forty observers to the harbour talks.");
    String q = "What did the Vell delegation bring to the talks in Tarn?";
    Set<String> terms = SentenceFeatures.questionTerms(q);
    assertThat(AbsentNames.unnamedBy(q, terms, List.of(tarn, other))).containsExactly("other");
    // no report names it (AbsentNames.of reads that), or every one does: none is singled out
    String oslo = "What did the Vell delegation bring to the talks in Oslo?";
    assertThat(
            AbsentNames.unnamedBy(oslo, SentenceFeatures.questionTerms(oslo), List.of(tarn, other)))
        .isEmpty();
    String vell = "What did the Vell delegation bring to the talks?";
    assertThat(
            AbsentNames.unnamedBy(vell, SentenceFeatures.questionTerms(vell), List.of(tarn, other)))
        .isEmpty();
  }

  @Test
  void aBestSentenceWhoseReportNeverNamesWhatTheQuestionNamesIsNotTheAnswer(@TempDir Path dir)
      throws Exception {
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        TestCorpus.MERIDIAN,
        "The Castrovia Guild built two stone bridges in Tarn in 1904, after years of floods in"
            + " the lower town.",
        "Its engineers still inspect the bridges every spring.");
    TestCorpus.writeArticle(
        dir,
        "b.txt",
        TestCorpus.MERIDIAN,
        "The harbour museum of Quellmoor reopened in May after a two-year restoration.",
        "Visitors to Quellmoor can now see the old lighthouse lenses again.");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      Answer other = bot.ask("When did the Castrovia Guild build bridges in Quellmoor?");
      assertThat(other).as(other.text()).isInstanceOf(Answer.Refused.class);
      Answer named = bot.ask("When did the Castrovia Guild build bridges in Tarn?");
      assertThat(named).as(named.text()).isInstanceOf(Answer.Answered.class);
      assertThat(named.text()).contains("1904");
    }
  }
}
