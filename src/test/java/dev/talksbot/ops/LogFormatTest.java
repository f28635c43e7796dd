package dev.talksbot.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.talksbot.config.ConfigException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogFormatTest {
  static final String TOKEN = "123456789:" + "LOGtoken_abcdefghijklmnopqrstuvwxyz012345";

  @Test
  void theEnvironmentPicksTheFormat() {
    assertThat(LogFormat.of(Map.of())).isEqualTo(LogFormat.TEXT);
    assertThat(LogFormat.of(Map.of(LogFormat.ENV, "JSON"))).isEqualTo(LogFormat.JSON);
    assertThatThrownBy(() -> LogFormat.of(Map.of(LogFormat.ENV, "xml")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("TALKSBOT_LOG_FORMAT must be text or json, got 'xml'");
  }

  @Test
  void jsonLogLinesAreOneObjectEachWithTheTokenMasked() throws Exception {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    LoggerContext ctx = new LoggerContext();
    ctx.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
    try {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      JoranConfigurator j = new JoranConfigurator();
      j.setContext(ctx);
      j.doConfigure(getClass().getResource("/" + LogFormat.JSON.resource()));
      var log = ctx.getLogger("dev.talksbot.telegram.BotApi");
      log.warn("sendMessage failed: 429 at http://x/bot{}/sendMessage", TOKEN);
      log.info("not shown: below WARN");
      log.error("boom", new IllegalStateException("call to bot" + TOKEN + " failed"));
    } finally {
      ctx.stop();
      System.setErr(original);
    }
    String out = captured.toString(StandardCharsets.UTF_8);
    assertThat(out).doesNotContain(TOKEN).doesNotContain("LOGtoken").contains("<token>");
    String[] lines = out.strip().split("\n");
    assertThat(lines).hasSize(2);
    ObjectMapper json = new ObjectMapper();
    JsonNode first = json.readTree(lines[0]);
    assertThat(first.path("level").asText()).isEqualTo("WARN");
    assertThat(first.path("loggerName").asText()).isEqualTo("dev.talksbot.telegram.BotApi");
    assertThat(first.path("formattedMessage").asText())
        .isEqualTo("sendMessage failed: 429 at http://x/bot<token>/sendMessage");
    assertThat(first.has("timestamp")).isTrue();
    JsonNode second = json.readTree(lines[1]);
    assertThat(second.path("level").asText()).isEqualTo("ERROR");
    assertThat(second.path("throwable").path("className").asText())
        .isEqualTo("java.lang.IllegalStateException");
  }
}
