package dev.talksbot.answer;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/**
 * The languages the bot recognises in a question: Russian and Ukrainian by their Cyrillic words
 * (each told from the other by the letters only it has), otherwise English. Names, notes and
 * letters are in {@value #RESOURCE}.
 */
public enum Language {
  EN,
  RU,
  UK;

  static final String RESOURCE = "/language/languages.properties";

  private final String englishName;
  private final String englishOnlyNote;
  private final String letters;

  Language() {
    String key = name().toLowerCase(Locale.ROOT);
    this.englishName = required(key + ".name");
    this.englishOnlyNote = Text.PROPERTIES.getProperty(key + ".note", "").strip();
    this.letters = Text.PROPERTIES.getProperty(key + ".letters", "").strip();
  }

  /** The language's name in English, as prompts use it. */
  public String englishName() {
    return englishName;
  }

  /** One line, in this language, saying the bot answers in English (empty for English). */
  public String englishOnlyNote() {
    return englishOnlyNote;
  }

  /**
   * Russian or Ukrainian when at least half of the words (runs of letters) are Cyrillic, so an
   * English question naming a person in Cyrillic stays English and a Russian question naming one in
   * Latin letters is Russian; English otherwise. Ukrainian wins when its own letters outnumber
   * Russian's.
   */
  public static Language detect(String text) {
    if (text == null) return EN;
    int words = 0;
    int cyrillicWords = 0;
    int uk = 0;
    int ru = 0;
    boolean inWord = false;
    boolean wordCyrillic = false;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (Character.isLetter(c)) {
        if (!inWord) {
          inWord = true;
          wordCyrillic = false;
        }
        if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
          wordCyrillic = true;
          char l = Character.toLowerCase(c);
          if (UK.letters.indexOf(l) >= 0) uk++;
          if (RU.letters.indexOf(l) >= 0) ru++;
        }
      } else if (inWord && c != '\'' && c != '’') {
        inWord = false;
        words++;
        if (wordCyrillic) cyrillicWords++;
      }
    }
    if (words == 0 || cyrillicWords * 2 < words) return EN;
    return uk > ru ? UK : RU;
  }

  private static String required(String key) {
    String v = Text.PROPERTIES.getProperty(key);
    if (v == null || v.isBlank()) {
      throw new IllegalStateException(RESOURCE + " lacks the entry " + key);
    }
    return v.strip();
  }

  /** Loaded on first use: an enum's own static fields are not yet set in its constructor. */
  private static final class Text {
    static final Properties PROPERTIES = load();
  }

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = Language.class.getResourceAsStream(RESOURCE)) {
      if (in == null) throw new IllegalStateException("resource " + RESOURCE + " is missing");
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return p;
  }
}
