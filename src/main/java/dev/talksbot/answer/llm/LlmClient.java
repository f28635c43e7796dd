package dev.talksbot.answer.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.List;

/**
 * One model behind a circuit breaker: a call either returns non-blank text or throws {@link
 * LlmException} (circuit open, timeout, HTTP error, malformed or empty response). Error
 * descriptions never contain the API key.
 */
public final class LlmClient {
  private final String provider;
  private final ChatModel model;
  private final CircuitBreaker breaker;
  private final String secret;

  /**
   * @param secret the API key (masked out of every error description), or null
   */
  public LlmClient(String provider, ChatModel model, CircuitBreaker breaker, String secret) {
    this.provider = provider;
    this.model = model;
    this.breaker = breaker;
    this.secret = secret == null || secret.isBlank() ? null : secret;
  }

  /** openai or ollama. */
  public String provider() {
    return provider;
  }

  public CircuitBreaker breaker() {
    return breaker;
  }

  /** A call could not be made or gave nothing usable. */
  public static final class LlmException extends Exception {
    private static final long serialVersionUID = 1L;

    LlmException(String message) {
      super(message);
    }
  }

  /** Sends the system and user messages; returns the model's text. */
  public String complete(PromptTemplate.Rendered prompt) throws LlmException {
    if (!breaker.allow()) throw new LlmException("circuit open");
    String text;
    try {
      ChatResponse r =
          model.chat(List.of(SystemMessage.from(prompt.system()), UserMessage.from(prompt.user())));
      AiMessage ai = r == null ? null : r.aiMessage();
      text = ai == null ? null : ai.text();
    } catch (RuntimeException e) {
      String why = describe(e);
      breaker.failure(why);
      throw new LlmException(why);
    }
    if (text == null || text.isBlank()) {
      breaker.failure("empty output");
      throw new LlmException("empty output");
    }
    breaker.success();
    return text;
  }

  /** Exception class and first line of the message, short, with the key masked. */
  String describe(Throwable e) {
    Throwable t = e;
    StringBuilder b = new StringBuilder();
    for (int depth = 0;
        t != null && depth < 3;
        depth++, t = t.getCause() == t ? null : t.getCause()) {
      if (depth > 0) b.append(" <- ");
      b.append(t.getClass().getSimpleName());
      String m = t.getMessage();
      if (m != null && !m.isBlank()) {
        // mask before cutting: a key cut in half by the limit would no longer be found
        m = mask(m.strip().lines().findFirst().orElse(""));
        if (m.length() > MAX_MESSAGE) m = m.substring(0, MAX_MESSAGE) + "…";
        b.append(": ").append(m);
      }
    }
    return b.toString();
  }

  /** Characters of an error message kept in a description. */
  static final int MAX_MESSAGE = 160;

  private static final java.util.regex.Pattern BEARER =
      java.util.regex.Pattern.compile("(?i)(bearer|api[-_ ]?key[\"':= ]+)\\s*[^\\s\",}]+");

  /** The key, and anything an error body echoes as a bearer token or API key, replaced by ***. */
  String mask(String s) {
    if (secret != null) s = s.replace(secret, "***");
    return BEARER.matcher(s).replaceAll("$1 ***");
  }
}
