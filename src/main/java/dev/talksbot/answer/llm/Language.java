package dev.talksbot.answer.llm;

/**
 * The languages the bot recognises in a question: Russian and Ukrainian by their Cyrillic words
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

  /**
   * Russian or Ukrainian when at least half of the words (runs of letters) are Cyrillic, so an
   * English question naming "Мединский" stays English and "Что сказал Trump?" is Russian; English
   * otherwise.
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
          switch (Character.toLowerCase(c)) {
            case 'і', 'ї', 'є', 'ґ' -> uk++;
            case 'ы', 'э', 'ъ', 'ё' -> ru++;
            default -> {}
          }
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
}
