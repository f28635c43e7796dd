package dev.talksbot.answer.llm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Error descriptions never carry the API key, even when the message is cut to its first part. */
class LlmClientMaskTest {
  private static final String KEY = "sk-proj-" + "Q7wErTy".repeat(8);

  @Test
  void aKeyEchoedNearTheCutIsMaskedBeforeTheMessageIsShortened() {
    LlmClient client = new LlmClient("openai", null, null, KEY);
    String body = "x".repeat(140) + " Authorization: Bearer " + KEY + " rejected";
    String d = client.describe(new RuntimeException(body));
    assertThat(d).doesNotContain(KEY.substring(0, 12)).doesNotContain("Q7wErTy");
    assertThat(d.length()).isLessThan(body.length());
  }

  @Test
  void aBearerTokenOrApiKeyOtherThanOursIsMaskedToo() {
    LlmClient client = new LlmClient("openai", null, null, null);
    assertThat(client.describe(new RuntimeException("echo: Bearer abc.def-123 end")))
        .contains("Bearer ***")
        .doesNotContain("abc.def-123");
    assertThat(client.describe(new RuntimeException("{\"api_key\": \"zzz-999\"}")))
        .doesNotContain("zzz-999");
  }
}
