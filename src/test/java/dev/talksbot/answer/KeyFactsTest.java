package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.ingest.Article;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A summary's key facts are reported, not quoted: the best answer to "What did the two sides agree
 * to?" that opens with someone's words ("'Even if the two sides agree …,' an analyst said") is
 * colour, so the next reported answer is the key fact.
 */
class KeyFactsTest {
  private static Candidate sentence(String id, String text, double relevance) {
    Article a = new Article(id, null, null, null, null, null, null, text);
    return TestCandidates.of(a, new float[] {1}, Set.of(), Set.of(), Set.of())
        .withRelevance(relevance);
  }

  private static List<Candidate> keyFacts(List<Candidate> ranked) {
    var scoring =
        new ExtractiveAnswerer.Scoring(
            ranked,
            ranked.stream().map(c -> new double[SelectorFeatures.NAMES.size()]).toList(),
            ranked.getFirst().relevance(),
            false,
            List.of(),
            null,
            Map.of(),
            new double[0]);
    return KeyFacts.of(
        "What did the two sides agree to or exchange?",
        new ExtractiveAnswerer.Explained(null, scoring));
  }

  @Test
  void aQuotedOpinionIsNotAKeyFact() {
    Candidate quote =
        sentence(
            "q",
            "“Even if there is no progress, but the two sides agree to new measures, that is"
                + " valuable,” the analyst said.",
            0.6);
    Candidate reported =
        sentence("r", "The two sides agreed to exchange 300 fishermen each by March.", 0.55);
    assertThat(keyFacts(List.of(quote, reported))).containsExactly(reported);
    assertThat(KeyFacts.opensWithQuote("\"We agreed,\" he said.")).isTrue();
    assertThat(KeyFacts.opensWithQuote("They agreed, he said.")).isFalse();
  }

  @Test
  void aReportedAnswerStaysTheKeyFact() {
    Candidate reported =
        sentence("r", "The two sides agreed to exchange 300 fishermen each by March.", 0.6);
    Candidate other = sentence("o", "The two sides agreed on a venue.", 0.58);
    assertThat(keyFacts(List.of(reported, other))).containsExactly(reported);
  }
}
