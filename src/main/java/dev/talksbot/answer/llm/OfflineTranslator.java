package dev.talksbot.answer.llm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a Russian or Ukrainian question into an English search query without a model, so the
 * extractive answerer can still answer it (in English, after a note in the user's language). It
 * knows the question words, the common words of talks coverage by their stems (Russian and
 * Ukrainian endings vary, so a stem matches any ending) and the people and places in the news; any
 * other word is transliterated, which is how Cyrillic names reach their Latin spelling ("Умеров" →
 * "umerov"). It is a keyword query, not a translation, and only used when no LLM is configured.
 */
public final class OfflineTranslator {
  private OfflineTranslator() {}

  /** Stem (lower case) → English words; the longest matching stem wins. */
  private static final Map<String, String> STEMS = new LinkedHashMap<>();

  private static void add(String english, String... stems) {
    for (String s : stems) STEMS.put(s, english);
  }

  static {
    // question words
    add("who", "кто", "хто");
    add("when", "когда", "коли");
    add("where", "где", "де", "куда", "куди");
    add("how many", "сколько", "скільки");
    add("what", "что", "що", "какой", "какая", "какие", "який", "яка", "які", "чего", "чого");
    add("why", "почему", "чому", "зачем");
    add("how", "как", "як");
    // verbs and nouns of the coverage
    add("leads", "возглав", "руковод", "очолю", "очолив", "керу", "глав");
    add("delegation", "делегац", "делегаці");
    add("talks", "переговор", "перемовин", "переговори");
    add("negotiations", "переговорн");
    add("round", "раунд", "тур");
    add("meeting", "встреч", "зустріч");
    add("met", "встрети", "встреча", "зустріли");
    add("said", "сказа", "заяви", "заяв", "говор", "сказав", "заявив", "повідоми", "сообщ");
    add("prisoners", "пленн", "военнопленн", "полонен", "полонених", "заключ");
    add("exchange", "обмен", "обмін", "обміня", "обменя");
    add("ceasefire", "перемир", "прекращени", "припиненн", "вогню", "огня");
    add("peace", "мир", "мирн");
    add("deadline", "срок", "дедлайн", "термін", "ультиматум");
    add("days", "дней", "днів", "дн");
    add("sanctions", "санкц", "санкці");
    add("demands", "требован", "требу", "вимог", "вимага");
    add("conditions", "услови", "умов");
    add("territory", "территор", "територ");
    add("regions", "област", "регион", "регіон", "облас");
    add("drones", "дрон", "беспилотн", "безпілотн");
    add("village", "село", "села", "селе", "селу", "деревн");
    add("captured", "захват", "захопи", "захопл", "взял", "занял");
    add("fired", "запусти", "запуст", "выпусти", "випусти", "атакова");
    add("weapons", "оружи", "зброї", "зброя", "вооружени");
    add("casualties", "потер", "втрат");
    add("previous", "предыдущ", "прошл", "попередн", "минул");
    add("breakthrough", "прорыв", "прорив");
    add("expect", "ожида", "очіку", "жда");
    add("positions", "позици", "позиці");
    add("opposed", "противоположн", "протилежн");
    add("children", "дет", "діт");
    add("invasion", "вторжени", "вторгнен");
    add("hosted", "принима", "прийма", "проход", "проводят", "відбува");
    add("palace", "дворц", "палац");
    add("security council", "совет безопасности", "рад безпек", "рнбо");
    add("minister", "министр", "міністр");
    add("defense", "оборон");
    add("spokesman", "пресс-секретар", "речник", "представител");
    // parties, people, places
    add("Russian", "росси", "российск", "русск", "росій", "росія", "росії");
    add("Ukrainian", "украин", "україн", "украї");
    add("US", "сша", "америк", "американ");
    add("Europe", "европ", "європ", "евросоюз", "євросоюз");
    add("Turkey", "турци", "турец", "туреччин", "турецьк");
    add("Istanbul", "стамбул");
    add("Kyiv", "киев", "київ", "києв");
    add("Moscow", "москв");
    add("Kremlin", "кремл");
    add("Crimea", "крым", "крим");
    add("NATO", "нато");
    add("Trump", "трамп");
    add("Putin", "путин", "путін");
    add("Zelensky", "зеленск", "зеленськ");
    add("Medinsky", "мединск", "мединськ", "мєдінськ", "мединсь");
    add("Umerov", "умеров", "умєров");
    add("Peskov", "песков", "пєсков");
    add("Erdogan", "эрдоган", "ердоган");
    add("Omelyan", "омелян");
  }

  private static final Map<Character, String> LATIN = new LinkedHashMap<>();

  static {
    String[][] pairs = {
      {"а", "a"}, {"б", "b"}, {"в", "v"}, {"г", "g"}, {"ґ", "g"}, {"д", "d"}, {"е", "e"},
      {"ё", "e"}, {"є", "ye"}, {"ж", "zh"}, {"з", "z"}, {"и", "i"}, {"і", "i"}, {"ї", "yi"},
      {"й", "y"}, {"к", "k"}, {"л", "l"}, {"м", "m"}, {"н", "n"}, {"о", "o"}, {"п", "p"},
      {"р", "r"}, {"с", "s"}, {"т", "t"}, {"у", "u"}, {"ф", "f"}, {"х", "kh"}, {"ц", "ts"},
      {"ч", "ch"}, {"ш", "sh"}, {"щ", "shch"}, {"ъ", ""}, {"ы", "y"}, {"ь", ""}, {"э", "e"},
      {"ю", "yu"}, {"я", "ya"}
    };
    for (String[] p : pairs) LATIN.put(p[0].charAt(0), p[1]);
  }

  /** Words that carry nothing in a keyword query. */
  private static final List<String> SKIP =
      List.of(
          "и", "в", "на", "с", "по", "о", "об", "у", "за", "к", "і", "та", "з", "до", "про", "ли",
          "же", "бы", "не", "это", "ці", "це", "был", "була", "был", "было", "будет", "буде", "его",
          "їх", "их", "для", "от", "від", "из", "із", "сторон", "сторін");

  /** The English keyword query for a Cyrillic question; Latin words pass through unchanged. */
  public static String toEnglish(String question) {
    List<String> out = new ArrayList<>();
    for (String raw : question.split("[\\s,.;:!?«»\"“”()]+")) {
      if (raw.isEmpty()) continue;
      String w = raw.toLowerCase(Locale.ROOT).replace('’', '\'');
      if (!isCyrillic(w)) {
        out.add(raw);
        continue;
      }
      if (SKIP.contains(w)) continue;
      String english = lookup(w);
      out.add(english != null ? english : transliterate(w));
    }
    String q = String.join(" ", out).strip();
    if (q.isEmpty()) return question;
    return Character.toUpperCase(q.charAt(0)) + q.substring(1) + "?";
  }

  private static String lookup(String word) {
    String best = null;
    int bestLen = 0;
    for (Map.Entry<String, String> e : STEMS.entrySet()) {
      String stem = e.getKey();
      if (stem.length() > bestLen && word.startsWith(stem)) {
        // very short stems must match the whole word ("де" is "where", not "delegation")
        if (stem.length() <= 3 && !word.equals(stem)) continue;
        best = e.getValue();
        bestLen = stem.length();
      }
    }
    return best;
  }

  static String transliterate(String word) {
    StringBuilder b = new StringBuilder();
    for (char c : word.toCharArray()) {
      String l = LATIN.get(c);
      b.append(l != null ? l : String.valueOf(c));
    }
    String t = b.toString();
    // Russian/Ukrainian adjective endings read as "-y" in English spellings (Medinskiy -> Medinsky)
    return t.replaceAll("(iy|yy|ij)$", "y");
  }

  private static boolean isCyrillic(String w) {
    return w.codePoints()
        .anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC);
  }
}
