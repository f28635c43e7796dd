package dev.talksbot.telegram;

import dev.talksbot.answer.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The bot's interface texts in English, Russian and Ukrainian, from {@code
 * /telegram/messages_<lang>.properties} (UTF-8). Placeholders {@code {0}}, {@code {1}}… are
 * replaced literally (no MessageFormat quoting rules); the values are Telegram HTML.
 */
final class Messages {
  static final String RESOURCE = "/telegram/messages_%s.properties";

  private static final Map<Language, Messages> ALL = new EnumMap<>(Language.class);

  static {
    for (Language l : Language.values()) ALL.put(l, new Messages(l, load(l)));
  }

  private final Language language;
  private final Properties texts;

  private Messages(Language language, Properties texts) {
    this.language = language;
    this.texts = texts;
  }

  static Messages of(Language l) {
    return ALL.get(l);
  }

  static Messages english() {
    return of(Language.EN);
  }

  /**
   * The interface language for a user: the Telegram client's language_code when it is one we have
   * (its primary subtag: "ru", "uk", "en"), else the language the text is written in.
   */
  static Messages forUser(String languageCode, String text) {
    if (languageCode != null && !languageCode.isBlank()) {
      String primary = languageCode.strip().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
      for (Language l : Language.values()) {
        if (l.name().toLowerCase(Locale.ROOT).equals(primary)) return of(l);
      }
    }
    return of(Language.detect(text));
  }

  Language language() {
    return language;
  }

  /** The text of a key with its placeholders filled in (arguments are inserted as given). */
  String get(String key, Object... args) {
    String t = texts.getProperty(key);
    if (t == null) throw new IllegalArgumentException("no message '" + key + "' for " + language);
    for (int i = 0; i < args.length; i++) t = t.replace("{" + i + "}", String.valueOf(args[i]));
    return t;
  }

  Set<String> keys() {
    return texts.stringPropertyNames();
  }

  static Properties load(Language l) {
    String path = String.format(Locale.ROOT, RESOURCE, l.name().toLowerCase(Locale.ROOT));
    try (InputStream in = Messages.class.getResourceAsStream(path)) {
      if (in == null) throw new IllegalStateException("missing resource " + path);
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
