package dev.talksbot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  @TempDir Path home;

  Path write(String yaml) throws IOException {
    Path cfg = home.resolve("config");
    Files.createDirectories(cfg);
    return Files.writeString(cfg.resolve("talksbot.yaml"), yaml);
  }

  @Test
  void theShippedConfigLoadsWithItsDocumentedDefaults() {
    TalksbotConfig c =
        new ConfigLoader(Map.of(), Path.of(".")).load(Path.of("config", "talksbot.yaml"));
    TalksbotConfig d = TalksbotConfig.defaults();
    assertThat(c.retrieval()).isEqualTo(d.retrieval());
    assertThat(c.answer()).isEqualTo(d.answer());
    assertThat(c.chunking()).isEqualTo(d.chunking());
    assertThat(c.embedding()).isEqualTo(d.embedding());
    assertThat(c.dataDir()).isEqualTo(Path.of("index", "data").toAbsolutePath().normalize());
  }

  @Test
  void anUnknownKeyNamesTheKeyAndTheFile() throws IOException {
    Path f = write("retrieval:\n  rrfk: 60\n");
    assertThatThrownBy(() -> new ConfigLoader(Map.of(), home).load(f))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(f.toString())
        .hasMessageContaining("unknown key 'retrieval.rrfk'")
        .hasMessageContaining("rrfK");
  }

  @Test
  void aWrongTypeNamesTheKeyAndTheExpectedType() throws IOException {
    Path f = write("retrieval:\n  passages: lots\n");
    assertThatThrownBy(() -> new ConfigLoader(Map.of(), home).load(f))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("retrieval.passages")
        .hasMessageContaining("an integer")
        .hasMessageContaining("lots");
  }

  @Test
  void anInvalidValueSaysWhy() throws IOException {
    Path f = write("answer:\n  summarySentences: 9\n");
    assertThatThrownBy(() -> new ConfigLoader(Map.of(), home).load(f))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("summarySentences must be 4..6");
  }

  @Test
  void brokenYamlIsReported() throws IOException {
    Path f = write("topic: \"unterminated\nanswer:\n  maxWords: 80\n");
    assertThatThrownBy(() -> new ConfigLoader(Map.of(), home).load(f))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("not valid YAML");
  }

  @Test
  void theEnvironmentOverridesPathsAndRelativeFilePathsResolveAgainstTheHome() throws IOException {
    Path f = write("dataDir: mydata\n");
    TalksbotConfig c = new ConfigLoader(Map.of(), home).load(f);
    assertThat(c.dataDir()).isEqualTo(home.resolve("mydata"));
    TalksbotConfig e =
        new ConfigLoader(Map.of("TALKSBOT_DATA_DIR", "/tmp/elsewhere"), home).load(f);
    assertThat(e.dataDir()).isEqualTo(Path.of("/tmp/elsewhere"));
    assertThat(e.indexDir()).isEqualTo(Path.of("/tmp/elsewhere/lucene"));
  }

  @Test
  void aMissingFileMeansDefaultsButANamedMissingFileIsAnError() {
    TalksbotConfig c = new ConfigLoader(Map.of(), home).load();
    assertThat(c.answer()).isEqualTo(TalksbotConfig.defaults().answer());
    assertThatThrownBy(() -> new ConfigLoader(Map.of("TALKSBOT_CONFIG", "/nope.yaml"), home).load())
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("/nope.yaml");
  }
}
