package dev.talksbot.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.talksbot.answer.Answer;
import dev.talksbot.answer.AnswerRequest;
import dev.talksbot.answer.Citation;
import dev.talksbot.answer.ExtractiveAnswerer;
import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.core.Questions;
import dev.talksbot.core.TalksBot;
import dev.talksbot.index.OnnxEmbedder;
import dev.talksbot.retrieval.HybridRetriever;
import dev.talksbot.retrieval.RetrievalQuery;
import dev.talksbot.retrieval.ScoredPassage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The project's own question set ({@code eval/corpus-questions.jsonl}) over the bundled coverage.
 * "hybrid" is the product ({@code TalksBot.ask}); "bm25" and "dense" are the same answerer over a
 * single retriever; the peer has no answerer, so only its retrieval is scored.
 */
final class CorpusSuite {
  private CorpusSuite() {}

  /** One line of the question set. */
  record Question(
      String id,
      String question,
      boolean answerable,
      List<String> answerWords,
      List<String> articles,
      int minArticles,
      List<String> evidence,
      List<String> firstSentenceForbid) {}

  static List<Question> questions() throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Question> out = new ArrayList<>();
    try (InputStream in = CorpusSuite.class.getResourceAsStream("/eval/corpus-questions.jsonl")) {
      if (in == null) throw new IOException("eval/corpus-questions.jsonl is not on the classpath");
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank()) continue;
        out.add(question(json.readTree(line)));
      }
    }
    return out;
  }

  /** One question-set line (the fields this suite scores; other fields are ignored). */
  static Question question(JsonNode n) {
    return new Question(
        n.get("id").asText(),
        n.get("question").asText(),
        n.path("answerable").asBoolean(true),
        strings(n.get("answer_words")),
        strings(n.get("articles")),
        n.path("min_articles").asInt(0),
        strings(n.get("evidence")),
        strings(n.get("first_sentence_forbid")));
  }

  static List<String> strings(JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n != null) n.forEach(x -> out.add(x.asText()));
    return out;
  }

  static SuiteResult run(EvalOptions o, TalksbotConfig config) throws IOException {
    List<Question> questions = questions();
    if (o.limit() > 0 && o.limit() < questions.size()) questions = questions.subList(0, o.limit());
    Path tmp = Files.createTempDirectory("talksbot-eval-corpus-");
    SuiteResult result = new SuiteResult("corpus");
    result.settings().put("questions", questions.size());
    result.settings().put("corpus_dir", config.corpusDir().toString());
    try {
      CachingEmbedder embedder =
          new CachingEmbedder(OnnxEmbedder.load(config.embedding().model()), o.cacheDir());
      try (TalksBot bot =
          TalksBot.open(config.withDataDir(tmp), embedder, dev.talksbot.index.IndexProgress.NONE)) {
        embedder.save();
        var r = config.retrieval();
        result.settings().put("articles", bot.corpusInfo().articles());
        result.settings().put("passages", bot.corpusInfo().passages());
        ExtractiveAnswerer answerer =
            new ExtractiveAnswerer(embedder, bot.index()::idf, config.answer());
        // untimed warm-up with the same questions: every system then runs with the query and
        // sentence
        // vectors cached, so ms_per_query compares retrieval + answering (bench times real asks)
        for (Question q : questions) bot.ask(q.question());
        // the product
        score(result, "hybrid", questions, bot::ask, bot::retrieve);
        for (HybridRetriever.Mode mode :
            List.of(HybridRetriever.Mode.BM25, HybridRetriever.Mode.DENSE)) {
          HybridRetriever ret =
              new HybridRetriever(
                  bot.index(), mode, r.candidates(), r.rrfK(), r.bm25Weight(), r.denseWeight());
          Function<String, List<ScoredPassage>> retrieve =
              q -> ret.retrieve(new RetrievalQuery(q, r.passages()));
          score(
              result,
              mode.name().toLowerCase(Locale.ROOT),
              questions,
              q ->
                  answerer.answer(
                      new AnswerRequest(
                          Questions.validate(q),
                          retrieve.apply(Questions.validate(q)),
                          bot.corpusInfo())),
              retrieve);
        }
        // keep the product first in the table
        var hybrid = result.systems().remove("hybrid");
        result.systems().put("hybrid", hybrid);
        if (o.peer()) {
          EasyRagPeer peer = new EasyRagPeer().ingest(bot.sources());
          double hits = 0;
          int answerable = 0;
          long t0 = System.nanoTime();
          for (Question q : questions) {
            List<String> docs = peer.docs(q.question());
            if (!q.answerable()) continue;
            answerable++;
            if (docs.stream().anyMatch(q.articles()::contains)) hits++;
          }
          var m = result.system("peer");
          m.put("retrieval_hit", SuiteResult.round(hits / Math.max(1, answerable), 4));
          m.put(
              "ms_per_query",
              SuiteResult.round((System.nanoTime() - t0) / 1e6 / Math.max(1, questions.size()), 2));
          result
              .notes()
              .add("peer has no answerer: only whether its 3 segments include an expected article");
        }
      }
    } finally {
      try (Stream<Path> s = Files.walk(tmp)) {
        s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    result
        .notes()
        .add(
            "answer_accuracy: answerable questions answered (not refused) with an answer word, "
                + "no forbidden word in the first sentence, and >= min_articles distinct expected articles cited");
    result
        .notes()
        .add(
            "ms_per_query: warm, query/sentence vectors cached (see ./talksbot bench for ask latency)");
    result
        .notes()
        .add(
            "refusal_accuracy: unanswerable questions refused; false_refusals: answerable ones refused");
    result
        .notes()
        .add(
            "citation_support: citations (of answered answerable questions) whose quote holds an evidence string");
    return result;
  }

  private static void score(
      SuiteResult result,
      String system,
      List<Question> questions,
      Function<String, Answer> ask,
      Function<String, List<ScoredPassage>> retrieve) {
    int answerable = 0,
        correct = 0,
        unanswerable = 0,
        refusedRight = 0,
        falseRefusals = 0,
        citations = 0,
        supported = 0,
        retrievalHit = 0;
    long ns = 0;
    for (Question q : questions) {
      long t0 = System.nanoTime();
      Answer a = ask.apply(q.question());
      ns += System.nanoTime() - t0;
      if (!q.answerable()) {
        unanswerable++;
        if (a.refused()) refusedRight++;
        else
          result
              .failures()
              .add(
                  String.format(
                      "[%s] %s answered an unanswerable question: %s",
                      system, q.id(), clip(a.text())));
        continue;
      }
      answerable++;
      Set<String> retrieved = new LinkedHashSet<>();
      retrieve
          .apply(Questions.validate(q.question()))
          .forEach(p -> retrieved.add(p.article().id()));
      if (retrieved.stream().anyMatch(q.articles()::contains)) retrievalHit++;
      if (a.refused()) {
        falseRefusals++;
        result.failures().add(String.format("[%s] %s refused: %s", system, q.id(), q.question()));
        continue;
      }
      List<String> why = problems(q, a);
      citations += a.citations().size();
      supported += supportedCitations(q, a);
      if (why.isEmpty()) correct++;
      else
        result
            .failures()
            .add(
                String.format(
                    "[%s] %s %s: %s", system, q.id(), String.join("; ", why), clip(a.text())));
    }
    var m = result.system(system);
    m.put("answer_accuracy", SuiteResult.round((double) correct / Math.max(1, answerable), 4));
    m.put(
        "refusal_accuracy",
        SuiteResult.round((double) refusedRight / Math.max(1, unanswerable), 4));
    m.put("false_refusals", SuiteResult.round((double) falseRefusals / Math.max(1, answerable), 4));
    m.put("citation_support", SuiteResult.round((double) supported / Math.max(1, citations), 4));
    m.put("retrieval_hit", SuiteResult.round((double) retrievalHit / Math.max(1, answerable), 4));
    m.put("ms_per_query", SuiteResult.round(ns / 1e6 / Math.max(1, questions.size()), 2));
  }

  /**
   * Why an answer (not refused) to an answerable question is wrong; empty when it is right: it
   * holds an answer word, has no forbidden word in its first sentence, and cites at least
   * min_articles distinct expected articles.
   */
  static List<String> problems(Question q, Answer a) {
    List<String> why = new ArrayList<>();
    String lower = a.text().toLowerCase(Locale.ROOT);
    if (!q.answerWords().isEmpty()
        && q.answerWords().stream().noneMatch(w -> lower.contains(w.toLowerCase(Locale.ROOT)))) {
      why.add("no answer word " + q.answerWords());
    }
    String first = firstSentence(a.text()).toLowerCase(Locale.ROOT);
    for (String f : q.firstSentenceForbid()) {
      if (first.contains(f.toLowerCase(Locale.ROOT)))
        why.add("first sentence has forbidden '" + f + "'");
    }
    long cited =
        a.citations().stream()
            .map(Citation::articleId)
            .filter(q.articles()::contains)
            .distinct()
            .count();
    if (q.minArticles() > 0 && cited < q.minArticles()) {
      why.add("cites " + cited + " expected article(s), needs " + q.minArticles());
    }
    return why;
  }

  /** How many of the answer's citations quote an evidence string (all, when none is given). */
  static int supportedCitations(Question q, Answer a) {
    int supported = 0;
    for (Citation c : a.citations()) {
      String quote = c.quote().toLowerCase(Locale.ROOT);
      if (q.evidence().isEmpty()
          || q.evidence().stream().anyMatch(e -> quote.contains(e.toLowerCase(Locale.ROOT)))) {
        supported++;
      }
    }
    return supported;
  }

  static String firstSentence(String text) {
    int i = text.indexOf(". ");
    return i < 0 ? text : text.substring(0, i + 1);
  }

  static String clip(String s) {
    String t = s.replace('\n', ' ');
    return t.length() <= 160 ? t : t.substring(0, 157) + "...";
  }
}
