package dev.talksbot.answer.llm;

import dev.talksbot.answer.Language;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follow-up rewriting and translation with the model ({@code prompts/rewrite.txt}): a message in
 * Russian or Ukrainian, or any message with earlier turns, becomes one standalone English question.
 * An English message without history is not sent. When the model fails or returns something that is
 * not a plausible question, the rule-based rewrite is used.
 */
public final class LlmRewriter implements QuestionRewriter {
  private static final Logger log = LoggerFactory.getLogger(LlmRewriter.class);
  static final int MAX_CHARS = 400;

  private final LlmClient client;
  private final PromptTemplate prompt;
  private final QuestionRewriter fallback;
  private final String topic;

  public LlmRewriter(
      LlmClient client, PromptTemplate prompt, QuestionRewriter fallback, String topic) {
    this.client = client;
    this.prompt = prompt;
    this.fallback = fallback;
    this.topic = topic;
  }

  @Override
  public String rewrite(String question, List<ConversationMemory.Turn> history, Language language) {
    if (history.isEmpty() && language == Language.EN) return question;
    StringBuilder h = new StringBuilder();
    for (ConversationMemory.Turn t : history) {
      String answer = t.answer().length() > 300 ? t.answer().substring(0, 300) + "…" : t.answer();
      h.append("User: ")
          .append(PromptData.escape(t.standalone()))
          .append('\n')
          .append("Bot: ")
          .append(PromptData.escape(answer.replace('\n', ' ')))
          .append('\n');
    }
    try {
      String out =
          client.complete(
              prompt.render(
                  Map.of(
                      "topic",
                      topic,
                      "language",
                      language.englishName(),
                      "history",
                      h.isEmpty() ? "(none)" : h.toString().strip(),
                      "question",
                      PromptData.escape(question))));
      String cleaned = clean(out);
      if (cleaned != null) return cleaned;
      log.debug("rewrite: unusable model output; rule-based rewrite");
    } catch (LlmClient.LlmException e) {
      log.debug("rewrite: no model output ({}); rule-based rewrite", e.getMessage());
    }
    return fallback.rewrite(question, history, language);
  }

  /** The first non-blank line without labels and quotes; null when not a plausible question. */
  static String clean(String out) {
    String s = out.replaceAll("(?s)<think>.*?</think>", "").strip();
    String line = s.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("");
    line =
        line.replaceFirst(
            "(?i)^(standalone (english )?question|rewritten question|question)\\s*:\\s*", "");
    line = line.replaceAll("^[\"'“”«»]+|[\"'“”«»]+$", "").strip();
    if (line.isEmpty() || line.length() > MAX_CHARS || line.contains(LlmAnswerer.REFUSAL_TOKEN))
      return null;
    if (line.codePoints().noneMatch(Character::isLetter)) return null;
    return line;
  }
}
