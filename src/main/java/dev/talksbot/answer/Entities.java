package dev.talksbot.answer;

import dev.talksbot.nlp.AnswerType;
import dev.talksbot.nlp.TypedValue;
import dev.talksbot.nlp.ValueSpotter;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Names for corroboration and disagreement, from the one name spotter ({@link ValueSpotter}: POS
 * tags, titles stripped, "Lutavian President Lena Marsh" → "Lena Marsh"). A name's key is its last
 * word, lower-cased and accent-folded, so "Petrenko" and "Ivan Petrenko" agree. A name is
 * person-like when the spotter reads it as a person's (not an organisation, place, date or event).
 */
final class Entities {
  private Entities() {}

  /** A name found in a text. */
  record Name(String full, String key, boolean personLike) {}

  /**
   * Names in a sentence, by key (first full form wins): the proper-noun runs the POS-based value
   * spotter finds (titles stripped), a person's name when it reads one as a person's.
   */
  static Map<String, Name> names(String sentence) {
    Map<String, Name> out = new LinkedHashMap<>();
    for (TypedValue v : ValueSpotter.values(sentence)) {
      if (v.type() == AnswerType.NUMBER || v.type() == AnswerType.DATE) continue;
      String[] words = v.text().strip().split("\\s+");
      List<String> kept = new ArrayList<>();
      for (String w : words) {
        String t = strip(w);
        if (!t.isEmpty()) kept.add(t);
      }
      if (kept.isEmpty()) continue;
      String key = fold(kept.getLast());
      boolean person = v.type() == AnswerType.PERSON;
      if (key.length() > 1) {
        Name prev = out.get(key);
        if (prev == null || (!prev.personLike() && person))
          out.put(key, new Name(String.join(" ", kept), key, person));
      }
    }
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
