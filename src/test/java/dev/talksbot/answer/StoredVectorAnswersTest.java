package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.talksbot.TestCorpus;
import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.core.TalksBot;
import dev.talksbot.index.Embedder;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The answers (text and citations) over the golden questions are the same whether the answerer
 * reads the sentence and word vectors stored in the index or computes them with the model.
 */
class StoredVectorAnswersTest {
  @Test
  void storedVectorsGiveTheSameAnswersAsComputedOnes() throws Exception {
    TalksBot bot = TestCorpus.bot();
    Embedder stored = bot.index().embedder();
    Embedder computed = TestCorpus.embedder();
    assertThat(stored).isNotSameAs(computed);
    var settings = TalksbotConfig.defaults().answer();
    ExtractiveAnswerer fromIndex = new ExtractiveAnswerer(stored, bot.index()::idf, settings);
    ExtractiveAnswerer fromModel = new ExtractiveAnswerer(computed, bot.index()::idf, settings);
    List<String> answered = new ArrayList<>();
    for (JsonNode q : GoldenQuestionsTest.questions()) {
      String question = q.get("question").asText();
      AnswerRequest req = new AnswerRequest(question, bot.retrieve(question), bot.corpusInfo());
      Answer a = fromIndex.answer(req);
      Answer b = fromModel.answer(req);
      assertThat(a.text()).as(question).isEqualTo(b.text());
      assertThat(a.citations()).as(question).isEqualTo(b.citations());
      if (!a.refused()) answered.add(question);
    }
    assertThat(answered).hasSizeGreaterThanOrEqualTo(20);
  }
}
