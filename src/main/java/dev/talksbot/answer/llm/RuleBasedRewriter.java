package dev.talksbot.answer.llm;

import dev.talksbot.answer.Language;
import dev.talksbot.index.TextAnalysis;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follow-up rewriting without a model, for the extractive answerer. Against the previous turn's
 * standalone question (and answer):
 *
 * <ol>
 *   <li><b>Counterparts</b>: an elliptical follow-up ("and the Ukrainian one?", "what about Kyiv?")
 *       that names a counterpart of a word in the previous question (Russian/Ukrainian,
 *       Moscow/Kyiv, first/second...) repeats the previous question with that word swapped.
 *   <li><b>Other elliptical follow-ups</b> ("and in June?") are appended to the previous question.
 *   <li><b>Personal pronouns</b> (he, she, him, her, his) become the first person named in the
 *       previous answer, else in the previous question.
 *   <li><b>Other references</b> (it, that, they, there...) get the previous question's content
 *       words appended in parentheses, which retrieval reads as extra terms.
 * </ol>
 *
 * A question without these signals is left as it is. It does not translate.
 */
public final class RuleBasedRewriter implements QuestionRewriter {
  private static final Pattern ELLIPTICAL =
      Pattern.compile(
          "(?i)^\\s*(and|but|also|or|what about|how about|and what about|and how about|same for|what of)\\b[\\s,]*");
  private static final Pattern PERSONAL = Pattern.compile("(?i)\\b(he|she|him|her|his|hers)\\b");
  private static final Pattern REFERENCE =
      Pattern.compile("(?i)\\b(it|its|that|this|these|those|they|them|their|there|then)\\b");
  private static final List<Set<String>> COUNTERPARTS =
      List.of(
          Set.of(
              "russian",
              "ukrainian",
              "turkish",
              "american",
              "european",
              "british",
              "french",
              "german",
              "chinese",
              "us",
              "u.s."),
          Set.of(
              "russia", "ukraine", "turkey", "türkiye", "america", "europe", "britain", "france",
              "germany", "china"),
          Set.of(
              "moscow",
              "kyiv",
              "kiev",
              "ankara",
              "washington",
              "brussels",
              "london",
              "paris",
              "berlin",
              "beijing"),
          Set.of("kremlin", "zelensky", "zelenskyy", "putin", "trump", "erdogan", "erdoğan"),
          Set.of("first", "second", "third", "fourth", "next", "last", "previous"),
          Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
          Set.of(
              "january",
              "february",
              "march",
              "april",
              "may",
              "june",
              "july",
              "august",
              "september",
              "october",
              "november",
              "december"));
  private static final Pattern NAME =
      Pattern.compile("\\b(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)+)");
  private static final Set<String> TITLE_WORDS =
      Set.of(
          "the",
          "a",
          "an",
          "us",
          "u.s.",
          "president",
          "prime",
          "minister",
          "foreign",
          "defence",
          "defense",
          "kremlin",
          "spokesman",
          "russian",
          "ukrainian",
          "turkish",
          "american",
          "deputy",
          "chief",
          "head",
          "presidential",
          "aide",
          "secretary",
          "state",
          "envoy",
          "special",
          "on",
          "in",
          "at",
          "after",
          "before",
          "according",
          "meanwhile",
          "however");
  private static final Set<String> NOT_PERSON =
      Set.of(
          "ministry",
          "delegation",
          "talks",
          "palace",
          "council",
          "office",
          "house",
          "union",
          "nations",
          "states",
          "federation",
          "government",
          "forces",
          "army",
          "news",
          "agency",
          "istanbul",
          "moscow",
          "kyiv",
          "ukraine",
          "russia",
          "turkey",
          "europe",
          "sea",
          "republic",
          "kingdom");
  private static final Set<String> QUESTION_WORDS =
      new HashSet<>(
          TextAnalysis.terms(
              "who whom whose what when where why how which did does do say said tell told many much happen "
                  + "happened know think about"));

  @Override
  public String rewrite(String question, List<ConversationMemory.Turn> history, Language language) {
    // without a model, a Russian or Ukrainian question becomes an English keyword query
    if (language != Language.EN) question = OfflineTranslator.toEnglish(question);
    if (history.isEmpty()) return question;
    ConversationMemory.Turn prev = history.getLast();
    String before = prev.standalone();
    Matcher ell = ELLIPTICAL.matcher(question);
    boolean elliptical = ell.find();
    String rest = elliptical ? question.substring(ell.end()).strip() : question;
    if (elliptical || question.split("\\s+").length <= 4) {
      String swapped = swap(before, rest);
      if (swapped != null) return swapped;
    }
    if (elliptical) {
      String tail = rest.replaceAll("[?!.\\s]+$", "");
      if (tail.isEmpty()) return before;
      return stripEnd(before) + " " + tail + "?";
    }
    String out = question;
    boolean changed = false;
    if (PERSONAL.matcher(out).find()) {
      String person = person(prev.answer());
      if (person == null) person = person(before);
      if (person != null) {
        final String who = person;
        out =
            PERSONAL
                .matcher(out)
                .replaceAll(
                    m -> {
                      String p = m.group(1).toLowerCase(Locale.ROOT);
                      return Matcher.quoteReplacement(
                          p.equals("his") || p.equals("hers") ? who + "’s" : who);
                    });
        changed = true;
      }
    }
    if (REFERENCE.matcher(out).find() || !changed && PERSONAL.matcher(out).find()) {
      String context = contextWords(before, out);
      if (!context.isEmpty()) out = stripEnd(out) + " (" + context + ")?";
    }
    return out;
  }

  /** The previous question with the counterpart named in the follow-up swapped in; null if none. */
  static String swap(String before, String followUp) {
    String result = before;
    boolean any = false;
    for (String word : followUp.split("[\\s,?!.]+")) {
      String w = word.toLowerCase(Locale.ROOT);
      for (Set<String> group : COUNTERPARTS) {
        if (!group.contains(w)) continue;
        Matcher best = null; // the earliest counterpart in the previous question
        for (String other : group) {
          if (other.equals(w)) continue;
          Matcher m =
              Pattern.compile("(?i)(?<![\\p{L}.])" + Pattern.quote(other) + "(?![\\p{L}])")
                  .matcher(result);
          if (m.find() && (best == null || m.start() < best.start())) best = m;
        }
        if (best != null) {
          String repl =
              Character.isUpperCase(best.group().charAt(0)) && !word.isEmpty()
                  ? Character.toUpperCase(word.charAt(0)) + word.substring(1)
                  : word;
          result = result.substring(0, best.start()) + repl + result.substring(best.end());
          any = true;
        }
      }
    }
    return any ? result : null;
  }

  /** The first person-like name (two or more capitalised words, titles removed) in a text. */
  static String person(String text) {
    if (text == null) return null;
    Matcher m = NAME.matcher(text);
    while (m.find()) {
      List<String> words = new ArrayList<>(List.of(m.group(1).split("\\s+")));
      while (!words.isEmpty() && TITLE_WORDS.contains(words.getFirst().toLowerCase(Locale.ROOT))) {
        words.removeFirst();
      }
      if (words.size() < 2) continue;
      if (words.stream().anyMatch(w -> NOT_PERSON.contains(w.toLowerCase(Locale.ROOT)))) continue;
      String last = words.getLast().replaceAll("(’s|'s)$", "");
      words.set(words.size() - 1, last);
      return String.join(" ", words);
    }
    return null;
  }

  /** Words of the previous question that carry content and are not already in the follow-up. */
  static String contextWords(String before, String followUp) {
    Set<String> have = new HashSet<>(TextAnalysis.terms(followUp));
    Set<String> out = new LinkedHashSet<>();
    for (String raw : before.split("\\s+")) {
      String w = raw.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
      if (w.isEmpty()) continue;
      List<String> t = TextAnalysis.terms(w);
      if (t.isEmpty() || QUESTION_WORDS.containsAll(t) || have.containsAll(t)) continue;
      out.add(w);
    }
    return String.join(" ", out);
  }

  private static String stripEnd(String s) {
    return s.replaceAll("[?!.\\s]+$", "");
  }
}
