package dev.talksbot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsRecordsTest {
  @TempDir Path home;

  TalksbotConfig load(String yaml) throws IOException {
    Path dir = Files.createDirectories(home.resolve("config"));
    return new ConfigLoader(Map.of(), home)
        .load(Files.writeString(dir.resolve("talksbot.yaml"), yaml));
  }

  @Test
  void enumValuesAreReadCaseInsensitively() throws IOException {
    TalksbotConfig c = load("answerer: OpenAI\ntelegram:\n  mode: WebHook\n");
    assertThat(c.answerer()).isEqualTo(AnswererKind.OPENAI);
    assertThat(c.telegram().mode()).isEqualTo(TelegramMode.WEBHOOK);
    assertThat(c.usesLlm()).isTrue();
    assertThat(load("").answerer()).isEqualTo(AnswererKind.EXTRACTIVE);
    assertThat(load("").telegram().mode()).isEqualTo(TelegramMode.POLLING);
  }

  @Test
  void anUnknownEnumValueListsTheAllowedOnes() throws IOException {
    assertThatThrownBy(() -> load("answerer: gpt\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("answerer must be one of extractive, openai, ollama, got 'gpt'");
    assertThatThrownBy(() -> load("telegram:\n  mode: pigeon\n"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("telegram.mode must be one of polling, webhook, got 'pigeon'");
    assertThatThrownBy(
            () ->
                new ConfigLoader(Map.of("TALKSBOT_ANSWERER", "bard"), home)
                    .load(home.resolve("none.yaml")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("TALKSBOT_ANSWERER")
        .hasMessageContaining("one of extractive, openai, ollama");
  }

  @Test
  void copiesChangeOneComponentAndRunValidationAgain() {
    TalksbotConfig d = TalksbotConfig.defaults();
    TalksbotConfig c = d.withDataDir(Path.of("/x")).withAnswerer("ollama");
    assertThat(c.dataDir()).isEqualTo(Path.of("/x"));
    assertThat(c.answerer()).isEqualTo(AnswererKind.OLLAMA);
    assertThat(c.corpusDir()).isEqualTo(d.corpusDir());
    assertThat(c.telegram()).isEqualTo(d.telegram());
    TelegramSettings t = d.telegram().withApiUrl("http://127.0.0.1:8081/");
    assertThat(t.apiUrl()).isEqualTo("http://127.0.0.1:8081");
    assertThat(t.workers()).isEqualTo(d.telegram().workers());
    assertThatThrownBy(() -> d.telegram().withApiUrl("ftp://x"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("telegram.apiUrl");
    assertThatThrownBy(() -> d.llm().withBaseUrl("nope"))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("llm.baseUrl");
  }

  @Test
  void aWrongComponentNameOrTypeIsRefused() {
    TalksbotConfig d = TalksbotConfig.defaults();
    assertThatThrownBy(() -> Records.with(d, "dataDirr", Path.of("/x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no component 'dataDirr'")
        .hasMessageContaining("dataDir");
    assertThatThrownBy(() -> Records.with(d, "dataDir", "/x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dataDir is a Path, not a String");
  }

  @Test
  void aNullResetsAComponentToItsDefault() {
    TelegramSettings t = TelegramSettings.defaults().withApiUrl("http://127.0.0.1:1");
    assertThat(t.withApiUrl(null).apiUrl()).isEqualTo(TelegramSettings.DEFAULT_API_URL);
  }

  @Test
  void theAlertsBuilderCopiesEveryComponentAndValidatesAgain() {
    AlertsSettings d = AlertsSettings.defaults();
    AlertsSettings a =
        d.with(
            b -> {
              b.feeds = java.util.List.of("https://example.org/rss.xml");
              b.digestHour = 6;
              return b;
            });
    assertThat(a.feeds()).containsExactly("https://example.org/rss.xml");
    assertThat(a.digestHour()).isEqualTo(6);
    assertThat(a.matchThreshold()).isEqualTo(d.matchThreshold());
    assertThat(a.with(b -> b)).isEqualTo(a);
    assertThatThrownBy(
            () ->
                d.with(
                    b -> {
                      b.digestHour = 24;
                      return b;
                    }))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("alerts.digestHour must be 0..23");
  }
}
