package dev.talksbot.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a name is a news outlet's, from its shape alone (no list of outlets). A name is an
 * outlet's when it is
 *
 * <ul>
 *   <li>an acronym ({@code AFP}, {@code ABC/XYZ}) that is not a country's or an institution's
 *       ({@code non-outlet-acronyms.txt});
 *   <li>a domain-like token ({@code example.com});
 *   <li>an article-led name ({@code The Evening Star}): people's names do not start with "The";
 *   <li>capitalised and containing a word typical of outlet names ({@code outlet-words.txt}: Post,
 *       Wire, Times, Agency ...).
 * </ul>
 *
 * Anything else (a personal name, a single capitalised word such as {@code Bloomberg}) is not taken
 * for an outlet.
 */
final class OutletNames {
  private OutletNames() {}

  private static final Set<String> OUTLET_WORDS = WordLists.lowerCaseSet("outlet-words.txt");
  private static final Set<String> NOT_OUTLETS =
      Set.copyOf(WordLists.load("non-outlet-acronyms.txt"));
  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,}(?:[/&]\\p{Lu}+)*");
  private static final Pattern DOMAIN =
      Pattern.compile(
          "(?i)(?:https?://)?(?:www\\.)?[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9-]+)*"
              + "\\.[a-z]{2,}/?");
  private static final Pattern ARTICLE_LED = Pattern.compile("The\\s+\\p{Lu}\\S*(?:\\s+\\S+){0,5}");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  static boolean looksLikeOutlet(String name) {
    String t = name.strip();
    if (t.isEmpty()) return false;
    if (ACRONYM.matcher(t).matches()) return !isNonOutletAcronym(t);
    if (DOMAIN.matcher(t).matches()) return true; // not an e-mail address: no "@" allowed
    if (ARTICLE_LED.matcher(t).matches()) return true;
    if (!Character.isUpperCase(t.codePointAt(0))) return false;
    Matcher words = WORD.matcher(t);
    while (words.find()) {
      if (OUTLET_WORDS.contains(words.group().toLowerCase(Locale.ROOT))) return true;
    }
    return false;
  }

  /** Whether a word is typical of outlet names ({@code outlet-words.txt}: "Post", "Herald"). */
  static boolean isOutletWord(String word) {
    return OUTLET_WORDS.contains(word.toLowerCase(Locale.ROOT));
  }

  /** An acronym of a country or an institution ("US", "NATO"), never an outlet. */
  static boolean isNonOutletAcronym(String acronym) {
    return NOT_OUTLETS.contains(acronym.strip());
  }

  /** A source "told" an acronym-style outlet: {@code told AFP}, {@code told ABC/XYZ}. */
  private static final Pattern TOLD_OUTLET =
      Pattern.compile("\\btold (\\p{Lu}{2,}(?:/\\p{Lu}{2,})?)\\b");

  /**
   * The acronym-style outlet a source "told" in the body's paragraphs ({@code told AFP}), when
   * exactly one such outlet (not a country's or an institution's acronym) is named; else null.
   */
  static String toldOutlet(java.util.List<String> body) {
    Set<String> found = new java.util.LinkedHashSet<>();
    for (String p : body) {
      Matcher m = TOLD_OUTLET.matcher(p);
      while (m.find()) {
        if (!isNonOutletAcronym(m.group(1))) found.add(m.group(1));
      }
    }
    return found.size() == 1 ? found.iterator().next() : null;
  }

  /**
   * The outlet's name as the page itself spells it in normal case, when {@code outlet} is written
   * in capitals ({@code BRENNICK HERALD}, a masthead) and the page names it elsewhere with capitals
   * and small letters (its dateline {@code (Brennick Herald) —}, its footer {@code © 2025 Brennick
   * Herald}): the first such spelling. Otherwise the name as given: capitals are kept, never
   * title-cased, since that would invent a spelling ("BBC NEWS" is not "Bbc News").
   */
  static String spelledAsOnPage(String outlet, String page) {
    return PageSpelling.ofCapitals(outlet, page);
  }
}
