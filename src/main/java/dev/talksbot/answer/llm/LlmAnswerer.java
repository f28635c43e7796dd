package dev.talksbot.answer.llm;

import dev.talksbot.answer.Answer;
import dev.talksbot.answer.AnswerRequest;
import dev.talksbot.answer.Answerer;
import dev.talksbot.answer.Citation;
import dev.talksbot.answer.Language;
import dev.talksbot.answer.Refusals;
import dev.talksbot.answer.llm.OutputParser.Draft;
import dev.talksbot.answer.llm.OutputParser.Unit;
import dev.talksbot.retrieval.ScoredPassage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers with a language model, strictly from the retrieved passages, and checks every answer
 * before returning it:
 *
 * <ol>
 *   <li>The prompt ({@code prompts/answer.txt}) keeps the instructions in the system message and
 *       gives the numbered passages (with outlet and date) and the question in the user message,
 *       inside {@code <passage>} / {@code <question>} tags, as quoted data. Passage sentences that
 *       address a language model ("ignore previous instructions") are replaced by a marker.
 *   <li>The output is split into sentences ({@link OutputParser}); citation numbers that were not
 *       given are removed.
 *   <li>A sentence without a valid citation, or not supported by the passages it cites ({@link
 *       SupportCheck}), is dropped.
 *   <li>Citations are renumbered 1..k in order of use; each quotes the cited passage's best
 *       supporting sentence verbatim.
 *   <li>For a Russian or Ukrainian question, the model's translation lines replace the English only
 *       when every one of them passes {@link TranslationCheck} against the checked English and its
 *       cited passages; otherwise the checked English is shown after the one-line note.
 *   <li>When nothing survives, or less than a third of the sentences, the extractive answer is
 *       given instead, named {@value #FALLBACK_NAME}. The model's {@code NOT_IN_PASSAGES} becomes
 *       the usual refusal.
 * </ol>
 *
 * A failed call (timeout, 429, 5xx, malformed or empty response, circuit open) also falls back:
 * this class never throws to the caller for a model problem.
 */
public final class LlmAnswerer implements Answerer {
  private static final Logger log = LoggerFactory.getLogger(LlmAnswerer.class);
  public static final String FALLBACK_NAME = "extractive-fallback";
  static final String REFUSAL_TOKEN = "NOT_IN_PASSAGES";
  private static final Pattern THINK = Pattern.compile("(?s)<think>.*?</think>");
  private static final Pattern REFUSAL_PHRASE =
      Pattern.compile(
          "(?i)(passages?|coverage|sources?|context|articles?|texts?)\\s+(provided\\s+|given\\s+)?"
              + "(do(es)?\\s+not|don't|doesn't|does not)\\s+(answer|contain|mention|say|provide|include|cover)"
              + "|no information|not (mentioned|covered|stated) in");

  private final String name;
  private final LlmClient client;
  private final PromptTemplate prompt;
  private final Answerer fallback;
  private final SupportCheck check;
  private final TranslationCheck translationCheck;
  private final String topic;
  private final int maxSentences;
  private final OutputParser parser = new OutputParser();

  public LlmAnswerer(
      LlmClient client,
      PromptTemplate prompt,
      Answerer fallback,
      SupportCheck check,
      String topic,
      int maxSentences) {
    this.name = client.provider();
    this.client = client;
    this.prompt = prompt;
    this.fallback = fallback;
    this.check = check;
    this.translationCheck = new TranslationCheck(check.minSupport());
    this.topic = topic;
    this.maxSentences = Math.max(3, maxSentences);
  }

  @Override
  public String name() {
    return name;
  }

  public LlmClient client() {
    return client;
  }

  /**
   * Answers, in the request's language when the model gives a translation of its checked answer
   * (otherwise in English after a one-line note in that language).
   */
  @Override
  public Answer answer(AnswerRequest req) {
    Language language = req.language();
    String q = req.question();
    if (req.corpus().articles() == 0)
      return new Answer.Refused(q, Refusals.empty(req.corpus()), name);
    if (req.passages().isEmpty())
      return new Answer.Refused(q, Refusals.notCovered(req.corpus()), name);
    String out;
    try {
      out =
          client.complete(
              prompt.render(
                  Map.of(
                      "topic", topic,
                      "language", language.englishName(),
                      "passages", PromptData.passages(req.passages()),
                      "question", PromptData.escape(q))));
    } catch (LlmClient.LlmException e) {
      log.debug("{}: no model answer ({}); extractive fallback", name, e.getMessage());
      return fallback(req);
    }
    try {
      return check(req, out, language);
    } catch (RuntimeException e) { // a bug in checking must not reach the chat either
      log.warn("{}: checking the model answer failed; extractive fallback", name, e);
      return fallback(req);
    }
  }

  private Answer check(AnswerRequest req, String raw, Language language) {
    int given = req.passages().size();
    String out = THINK.matcher(raw).replaceAll("").replace("```", "").strip();
    boolean refusal = out.contains(REFUSAL_TOKEN);
    out = out.replace(REFUSAL_TOKEN, "");
    List<Unit> units = parser.parse(out, given);
    int total = 0;
    int kept = 0;
    int unsupportedUncited = 0;
    int uncitedRefusals = 0;
    Map<String, Integer> numbers = new LinkedHashMap<>();
    List<Citation> citations = new ArrayList<>();
    List<String> english = new ArrayList<>();
    List<String> translated = language == Language.EN ? null : new ArrayList<>();
    for (Unit u : units) {
      List<String> keptHere = new ArrayList<>();
      List<String> keptText = new ArrayList<>();
      List<Integer> unitMarkers = new ArrayList<>();
      List<ScoredPassage> unitSources = new ArrayList<>();
      boolean allKept = true;
      for (Draft d : u.sentences()) {
        total++;
        SupportCheck.Verdict v = check.check(d.text(), d.cited(), req.passages());
        if (!v.supported()) {
          allKept = false;
          if (d.cited().isEmpty()) {
            unsupportedUncited++;
            if (REFUSAL_PHRASE.matcher(d.text()).find()) uncitedRefusals++;
          }
          log.debug("{}: dropped sentence ({}): {}", name, v.reason(), d.text());
          continue;
        }
        if (kept >= maxSentences) continue;
        kept++;
        StringBuilder marks = new StringBuilder();
        for (SupportCheck.Cited c : v.citations()) {
          String key = c.source().article().id() + "@" + c.quote().start() + "-" + c.quote().end();
          Integer n = numbers.get(key);
          if (n == null) {
            n = numbers.size() + 1;
            numbers.put(key, n);
            citations.add(Citation.of(n, c.source().article(), c.quote()));
          }
          if (!unitMarkers.contains(n)) unitMarkers.add(n);
          if (!unitSources.contains(c.source())) unitSources.add(c.source());
          marks.append('[').append(n).append(']');
        }
        keptHere.add(d.text() + " " + marks);
        keptText.add(d.text());
      }
      if (keptHere.isEmpty()) continue;
      english.addAll(keptHere);
      if (translated == null) continue;
      String reason = translationProblem(u.translation(), allKept, language, keptText, unitSources);
      if (reason != null) {
        log.debug("{}: translation not shown ({}): {}", name, reason, u.translation());
        translated = null; // one unchecked line: the whole answer in English, with the note
        continue;
      }
      StringBuilder marks = new StringBuilder();
      for (int n : unitMarkers) marks.append('[').append(n).append(']');
      translated.add(u.translation() + " " + marks);
    }
    String q = req.question();
    if (kept == 0) {
      if (refusal || (total > 0 && uncitedRefusals > 0 && uncitedRefusals == unsupportedUncited)) {
        return new Answer.Refused(q, Refusals.notCovered(req.corpus()), name);
      }
      log.debug("{}: no generated sentence survived the support check; extractive fallback", name);
      return fallback(req);
    }
    if (kept * 3 < total) {
      log.debug("{}: only {} of {} sentences supported; extractive fallback", name, kept, total);
      return fallback(req);
    }
    String text = String.join(" ", translated != null ? translated : english);
    if (language != Language.EN && translated == null) {
      text = language.englishOnlyNote() + "\n" + text;
    }
    return new Answer.Answered(q, text, name, citations);
  }

  /**
   * Why a unit's translation may not be shown, or null when it may: it must exist, translate a line
   * whose every sentence passed, be in the user's language and pass {@link TranslationCheck}.
   */
  private String translationProblem(
      String translation,
      boolean allKept,
      Language language,
      List<String> english,
      List<ScoredPassage> sources) {
    if (translation == null) return "none given";
    if (!allKept) return "its English line was not wholly supported";
    if (Language.detect(translation) != language) return "not in " + language.englishName();
    return switch (translationCheck.check(translation, english, sources)) {
      case TranslationCheck.Kept k -> null;
      case TranslationCheck.Dropped d -> d.reason();
    };
  }

  private Answer fallback(AnswerRequest req) {
    Answer a = fallback.answer(req);
    return a.with(a.question(), a.text(), FALLBACK_NAME);
  }
}
