package dev.talksbot.answer.llm;

/**
 * The languages the bot recognises in a question: Russian and Ukrainian by their Cyrillic letters
 * (Ukrainian by і, ї, є, ґ, which Russian lacks; Russian by ы, э, ъ, ё, which Ukrainian lacks),
 * otherwise English.
 */
public enum Language {
  EN("English", ""),
  RU("Russian", "Я отвечаю только по-английски: мои источники — англоязычные новости."),
  UK("Ukrainian", "Я відповідаю лише англійською: мої джерела — англомовні новини.");

  private final String englishName;
  private final String englishOnlyNote;

  Language(String englishName, String englishOnlyNote) {
    this.englishName = englishName;
    this.englishOnlyNote = englishOnlyNote;
  }

  /** The language's name in English, as prompts use it. */
  public String englishName() {
    return englishName;
  }

  /** One line, in this language, saying the bot answers in English (empty for English). */
  public String englishOnlyNote() {
    return englishOnlyNote;
  }

  /** Russian or Ukrainian when at least 30% of the letters are Cyrillic; English otherwise. */
  public static Language detect(String text) {
    if (text == null) return EN;
    int letters = 0;
    int cyrillic = 0;
    int uk = 0;
    int ru = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) continue;
      letters++;
      if (Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC) {
        cyrillic++;
        switch (Character.toLowerCase(c)) {
          case 'і', 'ї', 'є', 'ґ' -> uk++;
          case 'ы', 'э', 'ъ', 'ё' -> ru++;
          default -> { }
        }
      }
    }
    if (letters == 0 || cyrillic * 10 < letters * 3) return EN;
    return uk > ru ? UK : RU;
  }
}
