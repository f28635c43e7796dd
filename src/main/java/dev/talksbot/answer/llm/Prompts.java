package dev.talksbot.answer.llm;

import dev.talksbot.config.ConfigException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * The prompt templates in {@code prompts/}, loaded and checked at start. A missing file, section or
 * required placeholder is a {@link ConfigException} naming the file.
 *
 * <ul>
 *   <li>{@code answer.txt}: {@code {{passages}}}, {@code {{question}}} (user section), {@code
 *       {{language}}}; may use {@code {{topic}}}
 *   <li>{@code rewrite.txt}: {@code {{history}}}, {@code {{question}}} (user section); may use
 *       {@code {{topic}}}, {@code {{language}}}
 * </ul>
 */
public record Prompts(PromptTemplate answer, PromptTemplate rewrite) {
  public static final String DIR = "prompts";

  public static Prompts load(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new ConfigException(
          "prompt folder "
              + dir.toAbsolutePath().normalize()
              + " does not exist (it must hold answer.txt and rewrite.txt)");
    }
    return new Prompts(
        read(
            dir,
            "answer.txt",
            Set.of("passages", "question"),
            Set.of("language"),
            Set.of("passages", "question", "language", "topic")),
        read(
            dir,
            "rewrite.txt",
            Set.of("history", "question"),
            Set.of(),
            Set.of("history", "question", "language", "topic")));
  }

  private static PromptTemplate read(
      Path dir, String name, Set<String> userOnly, Set<String> required, Set<String> allowed) {
    Path file = dir.resolve(name);
    if (!Files.isRegularFile(file)) {
      throw new ConfigException("prompt file " + file.toAbsolutePath().normalize() + " is missing");
    }
    try {
      return PromptTemplate.parse(
          file.toAbsolutePath().normalize().toString(),
          Files.readString(file, StandardCharsets.UTF_8),
          userOnly,
          required,
          allowed);
    } catch (IOException e) {
      throw new ConfigException("prompt file " + file + " cannot be read: " + e.getMessage(), e);
    }
  }
}
