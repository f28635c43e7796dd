package dev.talksbot.answer.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.talksbot.config.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PromptsTest {
  @TempDir Path dir;

  void copyBundled() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("prompts"))) {
      for (Path f : files.toList()) Files.copy(f, dir.resolve(f.getFileName()));
    }
  }

  @Test
  void bundledPromptsLoad() {
    Prompts p = Prompts.load(Path.of("prompts"));
    PromptTemplate.Rendered r =
        p.answer()
            .render(
                Map.of(
                    "topic",
                    "T",
                    "language",
                    "English",
                    "passages",
                    "P {{question}}",
                    "question",
                    "Q"));
    assertThat(r.system()).contains("T").doesNotContain("{{");
    assertThat(r.user())
        .contains("P {{question}}")
        .contains("<question>Q</question>"); // single pass
  }

  @Test
  void missingFolderOrFileIsNamed() throws IOException {
    assertThatThrownBy(() -> Prompts.load(dir.resolve("nope")))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("nope");
    copyBundled();
    Files.delete(dir.resolve("rewrite.txt"));
    assertThatThrownBy(() -> Prompts.load(dir))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("rewrite.txt")
        .hasMessageContaining("missing");
  }

  @Test
  void missingPlaceholderIsNamed() throws IOException {
    copyBundled();
    Path f = dir.resolve("answer.txt");
    Files.writeString(f, Files.readString(f).replace("{{passages}}", "(none)"));
    assertThatThrownBy(() -> Prompts.load(dir))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("answer.txt")
        .hasMessageContaining("{{passages}}");
  }

  @Test
  void untrustedPlaceholderInSystemSectionIsRefused() throws IOException {
    copyBundled();
    Path f = dir.resolve("answer.txt");
    Files.writeString(
        f, Files.readString(f).replace("### system\n", "### system\nQuestion: {{question}}\n"));
    assertThatThrownBy(() -> Prompts.load(dir))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("answer.txt")
        .hasMessageContaining("only appear in the '### user' section");
  }

  @Test
  void unknownPlaceholderAndMissingSectionsAreRefused() throws IOException {
    copyBundled();
    Path f = dir.resolve("rewrite.txt");
    Files.writeString(f, Files.readString(f).replace("{{topic}}", "{{topik}}"));
    assertThatThrownBy(() -> Prompts.load(dir))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("rewrite.txt")
        .hasMessageContaining("{{topik}}");
    Files.writeString(f, "Rewrite {{question}} after {{history}}");
    assertThatThrownBy(() -> Prompts.load(dir))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("rewrite.txt")
        .hasMessageContaining("### system");
  }
}
