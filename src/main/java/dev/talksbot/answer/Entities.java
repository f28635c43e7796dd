package dev.talksbot.answer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Light-weight name spotting for corroboration: runs of capitalised words, without leading titles
 * ("US President Donald Trump" → "Donald Trump"). A name's key is its last word, lower-cased and
 * accent-folded, so "Medinsky" and "Vladimir Medinsky" agree. A name is person-like when it has two
 * or more words and none of them names an organisation or place.
 */
final class Entities {
  private Entities() {}

  private static final Set<String> TITLES =
      Set.of(
          "us",
          "u.s.",
          "uk",
          "president",
          "prime",
          "minister",
          "defense",
          "defence",
          "foreign",
          "kremlin",
          "spokesman",
          "spokesperson",
          "secretary",
          "general",
          "former",
          "mr",
          "mrs",
          "ms",
          "dr",
          "russian",
          "ukrainian",
          "turkish",
          "turkey",
          "chancellor",
          "senator",
          "sen",
          "gen",
          "the",
          "a",
          "an",
          "deputy",
          "chief",
          "head",
          "leader",
          "security",
          "council",
          "now-former",
          "professor",
          "prof",
          "envoy",
          "special",
          "ambassador",
          "aide",
          "presidential",
          "director",
          "commander",
          "in",
          "of",
          "on",
          "and",
          "but",
          "while",
          "when",
          "after",
          "before",
          "despite",
          "according",
          "at",
          "for",
          "with",
          "by",
          "as",
          "to",
          "from",
          "it",
          "this",
          "that",
          "he",
          "she",
          "they",
          "we",
          "i",
          "his",
          "her",
          "their",
          "its",
          "our",
          "there",
          "so",
          "still");
  private static final Set<String> NOT_PERSON =
      Set.of(
          "ministry",
          "council",
          "institute",
          "group",
          "union",
          "nations",
          "palace",
          "sea",
          "center",
          "centre",
          "office",
          "house",
          "force",
          "forces",
          "air",
          "agency",
          "news",
          "network",
          "bank",
          "committee",
          "party",
          "republic",
          "federation",
          "states",
          "kingdom",
          "organization",
          "organisation",
          "university",
          "college",
          "school",
          "court",
          "department",
          "army",
          "navy",
          "station",
          "region",
          "regions",
          "city",
          "street",
          "war",
          "world",
          "games",
          "olympics",
          "championships",
          "cup",
          "company",
          "corporation",
          "inc",
          "ltd",
          "fund",
          "program",
          "programme",
          "shore",
          "peninsula",
          "administration",
          "government",
          "parliament",
          "delegation",
          "wire",
          "defense",
          "defence",
          "crisis",
          "policy",
          "studies",
          "relations",
          "discovery",
          "today");

  /** A name found in a text. */
  record Name(String full, String key, boolean personLike) {}

  /** Names in a sentence, by key (first full form wins). */
  static Map<String, Name> names(String sentence) {
    Map<String, Name> out = new LinkedHashMap<>();
    String[] tokens = sentence.split("\\s+");
    List<String> run = new ArrayList<>();
    for (int i = 0; i < tokens.length; i++) {
      String raw = tokens[i];
      String tok = strip(raw);
      boolean cap = !tok.isEmpty() && Character.isUpperCase(tok.codePointAt(0));
      boolean sentenceStart = i == 0;
      if (cap && !(sentenceStart && TITLES.contains(tok.toLowerCase(Locale.ROOT)))) {
        run.add(tok);
      } else {
        flush(run, out);
      }
      if (endsClause(raw)) flush(run, out);
    }
    flush(run, out);
    return out;
  }

  /** Keys of the person-like names that the question (its analysed terms) does not mention. */
  static Set<String> peopleNotIn(Map<String, Name> names, Set<String> qTerms) {
    Set<String> out = new java.util.LinkedHashSet<>();
    for (Name n : names.values()) {
      if (n.personLike()
          && dev.talksbot.index.TextAnalysis.terms(n.full()).stream().noneMatch(qTerms::contains)) {
        out.add(n.key());
      }
    }
    return out;
  }

  private static void flush(List<String> run, Map<String, Name> out) {
    int s = 0;
    while (s < run.size() && TITLES.contains(run.get(s).toLowerCase(Locale.ROOT))) s++;
    List<String> words = run.subList(s, run.size());
    if (!words.isEmpty()) {
      String full = String.join(" ", words);
      String key = fold(words.getLast());
      boolean person =
          words.size() >= 2
              && words.stream().noneMatch(w -> NOT_PERSON.contains(w.toLowerCase(Locale.ROOT)));
      if (key.length() > 1) {
        Name prev = out.get(key);
        if (prev == null || (!prev.personLike() && person))
          out.put(key, new Name(full, key, person));
      }
    }
    run.clear();
  }

  private static boolean endsClause(String raw) {
    if (raw.isEmpty()) return false;
    char c = raw.charAt(raw.length() - 1);
    return ",.;:!?)\"”’—–".indexOf(c) >= 0;
  }

  /** A token without surrounding punctuation and without a possessive ’s. */
  static String strip(String raw) {
    int s = 0;
    int e = raw.length();
    while (s < e && !Character.isLetterOrDigit(raw.charAt(s))) s++;
    while (e > s && !Character.isLetterOrDigit(raw.charAt(e - 1))) e--;
    String t = raw.substring(s, e);
    if (t.endsWith("’s") || t.endsWith("'s")) t = t.substring(0, t.length() - 2);
    return t;
  }

  static String fold(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return n.toLowerCase(Locale.ROOT);
  }
}
