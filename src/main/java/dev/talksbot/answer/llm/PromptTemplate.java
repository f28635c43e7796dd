package dev.talksbot.answer.llm;

import dev.talksbot.config.ConfigException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A prompt file: a {@code ### system} section (instructions) and a {@code ### user} section (the
 * data), with named placeholders such as {@code {{question}}}. Lines starting with {@code #} before
 * the first section are comments. Rendering is a single pass, so a value that itself contains
 * {@code {{question}}} (an article quoting a template, an injected question) is never expanded.
 */
public final class PromptTemplate {
  static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-zA-Z_][a-zA-Z0-9_]*)\\s*}}");
  private static final Pattern SECTION = Pattern.compile("(?m)^###\\s*(system|user)\\s*$");

  private final String file;
  private final String system;
  private final String user;

  private PromptTemplate(String file, String system, String user) {
    this.file = file;
    this.system = system;
    this.user = user;
  }

  /** A rendered prompt: the system message and the user message. */
  public record Rendered(String system, String user) {}

  /**
   * Parses a template and checks its placeholders.
   *
   * @param file the file name, for messages
   * @param userOnly placeholders that must appear in the user section (they carry untrusted text)
   * @param otherRequired placeholders that must appear somewhere
   * @param allowed every placeholder the file may use
   * @throws ConfigException naming the file when a section or a required placeholder is missing or
   *     an unknown placeholder is used
   */
  static PromptTemplate parse(
      String file,
      String text,
      Set<String> userOnly,
      Set<String> otherRequired,
      Set<String> allowed) {
    Matcher m = SECTION.matcher(text);
    int sysStart = -1;
    int sysHeader = -1;
    int userStart = -1;
    int userHeader = -1;
    while (m.find()) {
      if (m.group(1).equals("system") && sysStart < 0) {
        sysHeader = m.start();
        sysStart = m.end();
      } else if (m.group(1).equals("user") && userStart < 0) {
        userHeader = m.start();
        userStart = m.end();
      }
    }
    if (sysStart < 0 || userStart < 0 || userHeader < sysStart) {
      throw new ConfigException(
          "prompt file "
              + file
              + " must have a '### system' section followed by a '### user' section");
    }
    String system = text.substring(sysStart, userHeader).strip();
    String user = text.substring(userStart).strip();
    if (system.isEmpty() || user.isEmpty()) {
      throw new ConfigException(
          "prompt file " + file + ": the system and user sections must not be empty");
    }
    Set<String> inSystem = placeholders(system);
    Set<String> inUser = placeholders(user);
    for (String p : userOnly) {
      if (!inUser.contains(p)) {
        throw new ConfigException(
            "prompt file "
                + file
                + " is missing the placeholder {{"
                + p
                + "}} in its '### user' section");
      }
      if (inSystem.contains(p)) {
        throw new ConfigException(
            "prompt file "
                + file
                + ": {{"
                + p
                + "}} carries untrusted text and may only appear in the '### user' section");
      }
    }
    for (String p : otherRequired) {
      if (!inUser.contains(p) && !inSystem.contains(p)) {
        throw new ConfigException(
            "prompt file " + file + " is missing the placeholder {{" + p + "}}");
      }
    }
    Set<String> all = new LinkedHashSet<>(inSystem);
    all.addAll(inUser);
    for (String p : all) {
      if (!allowed.contains(p)) {
        throw new ConfigException(
            "prompt file "
                + file
                + " uses the unknown placeholder {{"
                + p
                + "}} (known: "
                + String.join(", ", allowed)
                + ")");
      }
    }
    if (sysHeader > 0
        && !text.substring(0, sysHeader).lines().allMatch(l -> l.isBlank() || l.startsWith("#"))) {
      throw new ConfigException(
          "prompt file "
              + file
              + ": text before '### system' must be comment lines starting with #");
    }
    return new PromptTemplate(file, system, user);
  }

  private static Set<String> placeholders(String s) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = PLACEHOLDER.matcher(s);
    while (m.find()) out.add(m.group(1));
    return out;
  }

  public String file() {
    return file;
  }

  public Rendered render(Map<String, String> values) {
    return new Rendered(fill(system, values), fill(user, values));
  }

  private String fill(String s, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(s);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String v = values.get(m.group(1));
      if (v == null)
        throw new IllegalStateException(file + ": no value for {{" + m.group(1) + "}}");
      m.appendReplacement(b, Matcher.quoteReplacement(v));
    }
    m.appendTail(b);
    return b.toString();
  }
}
