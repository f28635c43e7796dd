package dev.talksbot.answer.llm;

import java.nio.file.Path;
import java.util.Map;

/**
 * What the LLM side reads from outside the configuration file: the environment (for the API key)
 * and the prompt folder.
 *
 * @param env environment variables
 * @param promptsDir the folder holding answer.txt and rewrite.txt
 */
public record LlmEnvironment(Map<String, String> env, Path promptsDir) {
  public LlmEnvironment {
    env = Map.copyOf(env);
  }

  /**
   * The real environment and {@code <talksbot.home>/prompts} (the launcher sets {@code
   * -Dtalksbot.home}); the working directory's {@code prompts/} when the property is unset.
   */
  public static LlmEnvironment forProcess() {
    String home = System.getProperty("talksbot.home");
    Path base = home == null || home.isBlank() ? Path.of(".") : Path.of(home);
    return new LlmEnvironment(
        System.getenv(), base.resolve(Prompts.DIR).toAbsolutePath().normalize());
  }
}
