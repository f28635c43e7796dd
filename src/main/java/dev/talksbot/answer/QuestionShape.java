package dev.talksbot.answer;

import dev.talksbot.index.TextAnalysis;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a question looks for, beyond its words: the expected kind of answer ("who" wants a person,
 * "when" a date, "how many" a number, "where" a place), and which side a party word qualifies ("the
 * <em>Ukrainian</em> delegation"). Capitals and institutions stand for their country ("Kyiv's
 * delegation" is Ukraine's; "Moscow" is Russia), so a sentence about the other side's delegation is
 * not taken for an answer about this one.
 */
final class QuestionShape {
  enum Expect {
    PERSON,
    DATE,
    NUMBER,
    PLACE,
    ANY
  }

  /** Analysed party term -> the country it stands for. */
  private static final Map<String, String> PARTY = new HashMap<>();

  private static void party(String country, String... words) {
    String c = TextAnalysis.terms(country).getFirst();
    PARTY.put(c, c);
    for (String w : words) for (String t : TextAnalysis.terms(w)) PARTY.put(t, c);
  }

  static {
    party("russia", "moscow", "kremlin");
    party("ukraine", "kyiv", "kiev");
    party("america", "washington", "us", "usa");
    party("turkey", "ankara");
    party("europe", "brussels", "eu");
    party("china", "beijing");
    party("britain", "london", "uk");
    party("france", "paris");
    party("germany", "berlin");
  }

  private static final Pattern DATE =
      Pattern.compile(
          "(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|"
              + "may|june|july|august|september|october|november|december|yesterday|today|tomorrow|"
              + "last (week|month|year)|next (week|month|year)|(19|20)\\d\\d)\\b");
  private static final Pattern NUMBER =
      Pattern.compile(
          "(?i)(\\d|\\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|"
              + "forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|dozens?)\\b)");
  private static final Pattern PLACE =
      Pattern.compile("\\b(in|at|to|from|near)\\s+(the\\s+)?\\p{Lu}\\p{L}+");

  final Expect expect;

  /** (party, word) pairs the question asks about, e.g. (ukrain, deleg). */
  final List<String[]> qualified;

  private QuestionShape(Expect expect, List<String[]> qualified) {
    this.expect = expect;
    this.qualified = qualified;
  }

  static QuestionShape of(String question, Set<String> qTerms) {
    String q = question.toLowerCase(Locale.ROOT).strip();
    Expect e = Expect.ANY;
    if (q.matches("^(who|whom|whose)\\b.*") || q.matches(".*\\bwho (is|was|are|were)\\b.*"))
      e = Expect.PERSON;
    else if (q.matches("^when\\b.*") || q.matches(".*\\bwhat (date|day|time)\\b.*"))
      e = Expect.DATE;
    else if (q.matches(".*\\bhow (many|much)\\b.*") || q.matches(".*\\bwhat number\\b.*"))
      e = Expect.NUMBER;
    else if (q.matches("^where\\b.*")) e = Expect.PLACE;
    List<String> seq = TextAnalysis.terms(question);
    List<String[]> pairs = new ArrayList<>();
    for (int i = 0; i + 1 < seq.size(); i++) {
      String p = PARTY.get(seq.get(i));
      String h = seq.get(i + 1);
      if (p != null && !PARTY.containsKey(h) && qTerms.contains(h)) pairs.add(new String[] {p, h});
    }
    return new QuestionShape(e, pairs);
  }

  static String partyOf(String term) {
    return PARTY.get(term);
  }

  /** Terms of a text with party words replaced by their country (for coverage). */
  static Set<String> withParties(List<String> terms) {
    Set<String> out = new java.util.LinkedHashSet<>(terms);
    for (String t : terms) {
      String p = PARTY.get(t);
      if (p != null) out.add(p);
    }
    return out;
  }

  /**
   * True when the text qualifies an asked-about word only by another party ("the Russian
   * delegation" when the question asks about the Ukrainian one).
   */
  boolean otherSide(List<String> seq) {
    for (String[] pair : qualified) {
      boolean same = false;
      boolean other = false;
      for (int i = 0; i < seq.size(); i++) {
        if (!seq.get(i).equals(pair[1])) continue;
        for (int k = Math.max(0, i - 2); k < i; k++) {
          String p = PARTY.get(seq.get(k));
          if (p == null) continue;
          if (p.equals(pair[0])) same = true;
          else other = true;
        }
      }
      if (other && !same) return true;
    }
    return false;
  }

  private static final Pattern DATE_VALUE =
      Pattern.compile(
          "(?i)\\b(january|february|march|april|may|june|july|august|september|october|november|december)"
              + "\\s+\\d{1,2}\\b|\\b\\d{1,2}\\s+(january|february|march|april|may|june|july|august|september|"
              + "october|november|december)\\b|\\b(19|20)\\d\\d\\b");
  private static final Pattern NUMBER_VALUE = Pattern.compile("\\d[\\d,.]*");

  /**
   * The values a sentence gives for what the question asks: people (by name key) for "who", dates
   * for "when", numbers for "how many"; empty for other questions.
   */
  Set<String> slot(String text, Set<String> people) {
    Set<String> out = new java.util.HashSet<>();
    switch (expect) {
      case PERSON -> out.addAll(people);
      case DATE -> {
        var m = DATE_VALUE.matcher(text);
        while (m.find()) out.add(m.group().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
      }
      case NUMBER -> {
        var m = NUMBER_VALUE.matcher(text);
        while (m.find()) out.add(m.group().replaceAll("[,.]$", ""));
      }
      default -> {}
    }
    return out;
  }

  /**
   * The text holds the kind of thing the question asks for; {@code people} are the names in it that
   * the question does not mention.
   */
  boolean hasExpected(String text, Set<String> people) {
    return switch (expect) {
      case PERSON -> !people.isEmpty();
      case DATE -> DATE.matcher(text).find();
      case NUMBER -> NUMBER.matcher(text).find();
      case PLACE -> PLACE.matcher(text).find();
      case ANY -> false;
    };
  }
}
