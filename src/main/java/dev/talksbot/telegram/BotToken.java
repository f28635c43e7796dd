package dev.talksbot.telegram;

import dev.talksbot.config.ConfigException;
import dev.talksbot.config.TelegramSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The bot token: read from {@code TELEGRAM_BOT_TOKEN} or the file {@code telegram.tokenFile} names,
 * never logged. {@link #scrub} removes it (and anything shaped like a token) from text that may
 * reach a log or a user.
 */
public final class BotToken {
  public static final String ENV = "TELEGRAM_BOT_TOKEN";

  /** Why a file could not be read, in words (an IOException's message is often just the path). */
  static String reason(IOException e) {
    return switch (e) {
      case java.nio.file.AccessDeniedException x -> "permission denied";
      case java.nio.file.NoSuchFileException x -> "no such file";
      case java.nio.charset.MalformedInputException x -> "not UTF-8 text";
      default ->
          e.getClass().getSimpleName()
              + (e.getMessage() == null ? "" : " (" + e.getMessage() + ")");
    };
  }

  /** Telegram tokens look like {@code 123456789:AAE...} (digits, colon, 30+ url-safe chars). */
  private static final Pattern TOKEN_SHAPE = Pattern.compile("\\d{3,}:[A-Za-z0-9_-]{20,}");

  private final String value;

  private BotToken(String value) {
    this.value = value;
  }

  public static BotToken of(String value) {
    if (value == null || value.isBlank()) throw new IllegalArgumentException("empty token");
    return new BotToken(value.strip());
  }

  /** The secret itself, for the Telegram client only. */
  public String reveal() {
    return value;
  }

  @Override
  public String toString() {
    return "BotToken[hidden]";
  }

  /** Removes the token and anything token-shaped from a text (log lines, exception messages). */
  public String scrub(String text) {
    return scrubAll(text == null ? null : text.replace(value, "<token>"));
  }

  /** Removes anything token-shaped from a text. */
  public static String scrubAll(String text) {
    if (text == null) return null;
    return TOKEN_SHAPE.matcher(text).replaceAll("<token>");
  }

  /** Explains how to get and where to put a token. */
  static String missingMessage(Path tokenFile) {
    return "no Telegram bot token. Create a bot with @BotFather in Telegram (send /newbot, pick a name "
        + "and a username ending in 'bot'); it replies with a token like 123456789:AA... Then either run\n"
        + "  TELEGRAM_BOT_TOKEN=<your token> ./talksbot serve\n"
        + "or put the token alone in a file that is not tracked by git and name it in config/talksbot.yaml:\n"
        + "  telegram:\n    tokenFile: config/telegram.token"
        + (tokenFile == null
            ? ""
            : "\n(telegram.tokenFile names " + tokenFile + ", which does not exist or is empty)");
  }

  /** Resolves the token from the environment, else from the configured file. */
  public static BotToken resolve(Map<String, String> env, TelegramSettings settings) {
    String v = env.get(ENV);
    if (v != null && !v.isBlank()) return checked(v.strip(), ENV);
    Path f = settings.tokenFile();
    if (f != null && Files.isRegularFile(f)) {
      try {
        String s = Files.readString(f).strip();
        if (!s.isEmpty()) return checked(s, "the file " + f);
      } catch (IOException e) {
        throw new ConfigException("telegram.tokenFile: cannot read " + f + ": " + reason(e));
      }
    }
    throw new ConfigException(missingMessage(f));
  }

  private static BotToken checked(String s, String where) {
    if (s.chars().anyMatch(Character::isWhitespace) || !s.contains(":")) {
      throw new ConfigException(
          "the Telegram bot token from "
              + where
              + " does not look like a token "
              + "(expected digits, a colon and letters, as @BotFather gives it)");
    }
    return new BotToken(s);
  }
}
