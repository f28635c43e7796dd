package dev.talksbot.answer;

import dev.talksbot.index.Embedder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level similarity of a question to a sentence, for questions worded with other words than the
 * coverage ("job" for "serves as"): each content word of the question that the sentence lacks is
 * matched to the sentence word whose embedding (the product's model, one word at a time) is
 * closest. A synonym scores high; a swapped name or an unrelated word scores low.
 */
final class SoftMatch {
  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'’-]*");

  private final Embedder embedder;

  SoftMatch(Embedder embedder) {
    this.embedder = embedder;
  }

  /** Content words of a text (lower case), by their analysed term; first surface form wins. */
  static Map<String, String> words(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = m.group().toLowerCase(Locale.ROOT);
      List<String> t = WordTerms.of(w);
      if (t.size() == 1) out.putIfAbsent(t.getFirst(), w);
    }
    return out;
  }

  /**
   * The question words and every sentence's words ({@link #words}), embedded in one batch. A
   * question word that a sentence has in another inflection ("wanting" where a sentence says
   * "wants") takes that form's vector: the index stored it, so the question costs no model run for
   * it. Words the stemmer joins but that are not inflections of one another ("negotiators",
   * "negotiations") keep their own.
   */
  Map<String, float[]> vectors(
      Map<String, String> question, List<Map<String, String>> sentenceWords) {
    Map<String, String> formInSentences = new HashMap<>();
    Set<String> sentenceForms = new HashSet<>();
    for (Map<String, String> w : sentenceWords)
      for (var e : w.entrySet()) {
        formInSentences.putIfAbsent(e.getKey(), e.getValue());
        sentenceForms.add(e.getValue());
      }
    Map<String, String> asked = new LinkedHashMap<>();
    for (var q : question.entrySet()) {
      String form = q.getValue();
      asked.put(
          form,
          sentenceForms.contains(form) ? form : sameWord(form, formInSentences.get(q.getKey())));
    }
    Set<String> all = new LinkedHashSet<>(asked.values());
    for (Map<String, String> w : sentenceWords) all.addAll(w.values());
    List<String> list = new ArrayList<>(all);
    List<float[]> vs = embedder.embedPassages(list);
    Map<String, float[]> out = new HashMap<>();
    for (int i = 0; i < list.size(); i++) out.put(list.get(i), vs.get(i));
    for (var a : asked.entrySet()) out.put(a.getKey(), out.get(a.getValue()));
    return out;
  }

  /**
   * The sentence's form when it is an inflection of the same word as the question's, else the
   * latter.
   */
  static String sameWord(String asked, String inSentence) {
    if (inSentence == null) return asked;
    return inflectionalBase(asked).equals(inflectionalBase(inSentence)) ? inSentence : asked;
  }

  /**
   * A word without its regular English inflection (plural or third person -s/-es/-ies, -ed, -ing),
   * a final silent e, or a doubled final consonant: "wants", "wanting", "wanted" → "want";
   * "hosting", "hosts" → "host"; "planned", "plans" → "plan"; "negotiators" → "negotiator".
   */
  static String inflectionalBase(String w) {
    String b = w;
    if (b.endsWith("ies") && b.length() > 4) b = b.substring(0, b.length() - 3) + "y";
    else if (b.endsWith("es") && b.length() > 4 && sibilant(b.substring(0, b.length() - 2)))
      b = b.substring(0, b.length() - 2);
    else if (b.endsWith("s") && !b.endsWith("ss") && b.length() > 3)
      b = b.substring(0, b.length() - 1);
    else if (b.endsWith("ing") && b.length() > 5) b = b.substring(0, b.length() - 3);
    else if (b.endsWith("ied") && b.length() > 4) b = b.substring(0, b.length() - 3) + "y";
    else if (b.endsWith("ed") && b.length() > 4) b = b.substring(0, b.length() - 2);
    if (b.endsWith("e") && b.length() > 3) b = b.substring(0, b.length() - 1);
    int n = b.length();
    if (n > 3 && b.charAt(n - 1) == b.charAt(n - 2) && "aeiou".indexOf(b.charAt(n - 1)) < 0)
      b = b.substring(0, n - 1);
    return b;
  }

  private static boolean sibilant(String stem) {
    return stem.endsWith("s")
        || stem.endsWith("x")
        || stem.endsWith("z")
        || stem.endsWith("ch")
        || stem.endsWith("sh");
  }

  /**
   * For each question term: 1 when the sentence has it, else the best cosine of its word to a word
   * of the sentence (0 for a sentence without words).
   */
  static Map<String, Double> match(
      Map<String, String> question,
      Set<String> terms,
      Map<String, String> sWords,
      Map<String, float[]> vectors) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (var q : question.entrySet()) {
      if (terms.contains(q.getKey())) {
        out.put(q.getKey(), 1.0);
        continue;
      }
      float[] qv = vectors.get(q.getValue());
      double best = 0;
      for (String w : sWords.values()) {
        float[] v = vectors.get(w);
        if (qv != null && v != null) best = Math.max(best, Embedder.dot(qv, v));
      }
      out.put(q.getKey(), best);
    }
    return out;
  }
}
