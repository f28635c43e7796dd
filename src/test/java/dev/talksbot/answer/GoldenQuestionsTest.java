package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.talksbot.TestCorpus;
import dev.talksbot.core.TalksBot;
import dev.talksbot.ingest.Article;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden end-to-end test: the project's question set over the bundled corpus, through the real
 * index and the default answerer. Answerable questions must be answered with the expected words,
 * citing an expected outlet, with verbatim quotes that contain the evidence; the others must be
 * refused. No answer may contain page chrome.
 */
class GoldenQuestionsTest {
  static final String QUESTIONS = "/eval/corpus-questions.jsonl";

  static List<JsonNode> questions() throws IOException {
    ObjectMapper m = new ObjectMapper();
    List<JsonNode> out = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(
            new InputStreamReader(
                GoldenQuestionsTest.class.getResourceAsStream(QUESTIONS),
                StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) if (!line.isBlank()) out.add(m.readTree(line));
    }
    return out;
  }

  static Stream<JsonNode> answerable() throws IOException {
    return questions().stream().filter(q -> q.get("answerable").asBoolean());
  }

  static Stream<JsonNode> unanswerable() throws IOException {
    return questions().stream().filter(q -> !q.get("answerable").asBoolean());
  }

  @Test
  void questionSetIsLargeEnough() throws IOException {
    assertThat(answerable().count()).isGreaterThanOrEqualTo(25);
    assertThat(unanswerable().count()).isGreaterThanOrEqualTo(8);
  }

  /**
   * The regression floor: the set was tuned on by an earlier answerer, so it is a regression suite,
   * not a measure (held-out figures come from SQuAD 2.0 and the news test split). At most {@link
   * #ALLOWED_MISSES} of its questions may go wrong; every miss is listed. The learned selector gets
   * 34 of 38 (four answerable questions worded away from the coverage are refused); the issue's
   * target of 36 is not reached, and this floor keeps it from slipping further.
   */
  static final int ALLOWED_MISSES = 4;

  @Test
  void atMostFourQuestionsOfTheRegressionSetGoWrong() throws IOException {
    List<String> misses = new ArrayList<>();
    for (JsonNode q : questions()) {
      List<String> why = q.get("answerable").asBoolean() ? answerProblems(q) : refusalProblems(q);
      if (!why.isEmpty()) misses.add(q.get("id").asText() + " " + why);
    }
    assertThat(misses.size()).as("misses: " + misses).isLessThanOrEqualTo(ALLOWED_MISSES);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("answerable")
  void noAnswerHoldsChromeOrRunsLong(JsonNode q) {
    Answer a = TestCorpus.bot().ask(q.get("question").asText());
    assertNoChrome(a);
    if (a instanceof Answer.Answered) assertShort(a);
    for (Citation c : a.citations()) {
      Article art = articlesById(TestCorpus.bot()).get(c.articleId());
      assertThat(art).as("cited article exists").isNotNull();
      assertThat(art.text().substring(c.span().start(), c.span().end()))
          .as("quote is verbatim")
          .isEqualTo(c.quote());
    }
  }

  /** What is wrong with the answer to an answerable question (empty when nothing). */
  static List<String> answerProblems(JsonNode q) {
    TalksBot bot = TestCorpus.bot();
    Answer a = bot.ask(q.get("question").asText());
    List<String> why = new ArrayList<>();
    if (!(a instanceof Answer.Answered)) return List.of("refused: " + a.text());
    String lower = a.text().toLowerCase(Locale.ROOT);
    if (words(q, "answer_words").stream()
        .noneMatch(w -> lower.contains(w.toLowerCase(Locale.ROOT))))
      why.add("no answer word " + words(q, "answer_words") + " in " + a.text());
    Set<String> cited = new HashSet<>();
    boolean evidenceSeen = false;
    for (Citation c : a.citations()) {
      cited.add(c.articleId());
      if (words(q, "evidence").stream().anyMatch(c.quote()::contains)) evidenceSeen = true;
    }
    if (!evidenceSeen) why.add("no citation quotes the evidence " + words(q, "evidence"));
    Set<String> expectedCited = new HashSet<>(cited);
    expectedCited.retainAll(new HashSet<>(words(q, "articles")));
    int min = q.has("min_articles") ? q.get("min_articles").asInt() : 1;
    if (expectedCited.size() < min) why.add("cites " + expectedCited.size() + " of the outlets");
    if (q.has("first_sentence_forbid")) {
      String first = a.text().substring(0, a.text().indexOf('[')).toLowerCase(Locale.ROOT);
      for (String w : words(q, "first_sentence_forbid"))
        if (first.contains(w.toLowerCase(Locale.ROOT))) why.add("leads with the outlier " + w);
    }
    return why;
  }

  static List<String> refusalProblems(JsonNode q) {
    Answer a = TestCorpus.bot().ask(q.get("question").asText());
    if (!(a instanceof Answer.Refused)) return List.of("answered: " + a.text());
    List<String> why = new ArrayList<>();
    if (!describesCoverageOrQuotesNearest(a))
      why.add(
          "refusal neither describes the coverage nor quotes the nearest sentence: " + a.text());
    return why;
  }

  /**
   * A refusal says what the coverage is, or, when the coverage speaks of the question's subject,
   * quotes the one sentence nearest to an answer with its citation.
   */
  static boolean describesCoverageOrQuotesNearest(Answer a) {
    if (!a.text().contains("does not answer")) return false;
    if (a.citations().isEmpty())
      return a.text().contains("5 articles") && a.text().contains("2025-07-23");
    return a.citations().size() == 1
        && a.text()
            .contains("The nearest it comes: " + Quotation.wrap(a.citations().getFirst().quote()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unanswerable")
  void aRefusalSaysWhatTheCoverageIs(JsonNode q) {
    Answer a = TestCorpus.bot().ask(q.get("question").asText());
    if (a instanceof Answer.Refused)
      assertThat(describesCoverageOrQuotesNearest(a)).as(a.text()).isTrue();
  }

  @Test
  void misspeltWordsAreReadAsTheCoverageWordsAndTheAnswerSaysSo() {
    Answer a = TestCorpus.bot().ask("Who leads the Ukranian delegaton?");
    assertThat(a.text()).startsWith("(Read as: \"Who leads the Ukrainian delegation?\")");
    Answer plain = TestCorpus.bot().ask("Who leads the Ukrainian delegation?");
    assertThat(plain.text()).doesNotContain("Read as");
  }

  @Test
  void disagreementIsNotedWithItsOwnCitationBehindTheMajorityVersion() {
    Answer a = TestCorpus.bot().ask("Who leads the Ukrainian delegation?");
    assertThat(a.text()).startsWith("Rustem Umerov");
    assertThat(a.text())
        .as("one report, counted as one and cited for it")
        .containsPattern(
            "(One other report|One outlet, [^,]+,) names Rostyslav Omelyan instead\\.");
    Citation outlier =
        a.citations().stream().filter(c -> c.quote().contains("Omelyan")).findFirst().orElseThrow();
    assertThat(outlier.articleId()).isEqualTo("003_cdbbf5a283a9f22b");
    assertThat(
            a.citations().stream()
                .filter(c -> c.quote().contains("Umerov"))
                .map(Citation::articleId)
                .distinct()
                .count())
        .isGreaterThanOrEqualTo(2);
  }

  /**
   * Worded so that the lone report ranks first and only two of the three reports that name Rustem
   * Umerov are retrieved, both saying "head" rather than "lead" (the second is the offline
   * translation of the Ukrainian "Хто очолював українську делегацію в Стамбулі?"): two reports
   * against one are still the majority, and the lone one is noted.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "Who led the Ukrainian delegation at the talks in Istanbul?",
        "Who leads Ukrainian delegation Istanbul?"
      })
  void twoReportsAgainstTheLoneOneWordedLikeTheQuestionAreTheMajority(String question) {
    String a = TestCorpus.bot().ask(question).text();
    assertThat(a).as(a).contains("Rustem Umerov");
    assertThat(a.indexOf("Umerov")).as(a).isLessThan(a.indexOf("Omelyan"));
    assertThat(a)
        .containsPattern(
            "(One other report|One outlet, [^,]+,) names Rostyslav Omelyan instead\\.");
  }

  static void assertNoChrome(Answer a) {
    String t = a.text() + a.citations().stream().map(Citation::quote).reduce("", String::concat);
    for (String chrome :
        List.of(
            "Try Our AI",
            "No comments",
            "DOWNLOAD THE APP",
            "app-store",
            "play-store",
            "All rights reserved",
            "The-CNN-Wire",
            "Related Articles",
            "logo",
            "Orange background",
            "Daily8",
            "skating",
            "Xi Jinping",
            "Roscosmos")) {
      assertThat(t).as("no chrome: " + chrome).doesNotContainIgnoringCase(chrome);
    }
  }

  static void assertShort(Answer a) {
    int sentences = a.text().split("\\]\\s+(?=\\p{Lu}|[\"“'‘])").length;
    assertThat(sentences).as("at most 3 sentences: " + a.text()).isLessThanOrEqualTo(3);
    String plain = a.text().replaceAll("\\[\\d+]", "");
    assertThat(plain.split("\\s+").length)
        .as("about 80 words: " + a.text())
        .isLessThanOrEqualTo(100);
  }

  static List<String> words(JsonNode q, String field) {
    List<String> out = new ArrayList<>();
    if (q.has(field)) q.get(field).forEach(n -> out.add(n.asText()));
    return out;
  }

  static Map<String, Article> articlesById(TalksBot bot) {
    Map<String, Article> m = new java.util.HashMap<>();
    for (Article a : bot.sources()) m.put(a.id(), a);
    return m;
  }
}
