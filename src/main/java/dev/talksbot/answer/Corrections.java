package dev.talksbot.answer;

import dev.talksbot.ingest.Article;
import dev.talksbot.ingest.SentenceSplitter;
import dev.talksbot.ingest.Span;
import dev.talksbot.nlp.AnswerType;
import dev.talksbot.nlp.LexiconWords;
import dev.talksbot.nlp.TypedValue;
import dev.talksbot.nlp.ValueSpotter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report's correction of itself: a paragraph that opens with a correction label ({@code
 * language/en-correction-labels.txt}: "Correction (May 4): An earlier version of this article said
 * 40 ... Thirty-five were ..."). A sentence of the report that states a value the correction takes
 * back is quoted with the correction's own sentence that gives the value instead, cited: a grounded
 * answer does not leave a number its source has withdrawn standing alone.
 *
 * <p>What the correction takes back: the values after "not" ("she is Anna Berg, not Ana") and the
 * values of a sentence that says what the report said wrongly ({@code
 * language/en-correction-cues.txt}: "an earlier version", "misstated") for which the correction
 * gives another value of the same kind (a number for a number), so that a day or a place it only
 * repeats is not taken back. Numbers compare by value ("Forty-two" and "42").
 */
final class Corrections {
  private Corrections() {}

  /** The label, an optional bracketed date, then a colon or a dash, at a paragraph's start. */
  private static final Pattern LABEL =
      Pattern.compile(
          "(?i)(?:^|\\n\\n)\\s*(?:"
              + WordList.alternatives(WordList.load("/language/en-correction-labels.txt"))
              + ")\\s*(?:\\([^)\\n]{0,40}\\)\\s*)?[:—–-]\\s*");

  private static final Pattern CUE =
      Pattern.compile(
          "(?i)\\b(?:"
              + WordList.alternatives(WordList.load("/language/en-correction-cues.txt"))
              + ")\\b");

  /**
   * Whether the sentence at {@code span} of the article text tells what a correction takes back
   * ("An earlier version of this article said 38 …"): it states the withdrawn values, and is never
   * an answer.
   */
  static boolean tellsWrongVersion(String articleText, Span span, String sentence) {
    if (!tellsWrongVersion(sentence)) return false;
    Span paragraph = dev.talksbot.ingest.ParagraphChunker.paragraphAround(articleText, span);
    return LABEL.matcher(articleText).region(paragraph.start(), articleText.length()).lookingAt();
  }

  /**
   * Whether a sentence of a correction tells what the report said wrongly: it has a cue and no "not
   * X", which would make it tell the right value too.
   */
  private static boolean tellsWrongVersion(String sentence) {
    return CUE.matcher(sentence).find() && !hasNot(sentence);
  }

  /** "not" and the name or number it takes back ("…, not Ana"). */
  private static final Pattern NOT = Pattern.compile("\\bnot\\s+$");

  private static final SentenceSplitter SPLITTER = new SentenceSplitter();

  /** The kinds of value a correction corrects. */
  private static final List<AnswerType> KINDS =
      List.of(AnswerType.NUMBER, AnswerType.PERSON, AnswerType.DATE, AnswerType.PLACE);

  /**
   * One correction of a report: the values it takes back and its sentences that give values
   * instead, each with the values it gives.
   */
  record Correction(Span paragraph, List<TypedValue> withdrawn, Map<Span, List<TypedValue>> given) {
    Correction {
      withdrawn = List.copyOf(withdrawn);
      given = Map.copyOf(given);
    }
  }

  /** The corrections a report prints (none for most). */
  static List<Correction> of(Article a) {
    String text = a.text();
    List<Correction> out = new ArrayList<>();
    Matcher m = LABEL.matcher(text);
    while (m.find()) {
      int end = text.indexOf("\n\n", m.end());
      Span paragraph = new Span(m.start(), end < 0 ? text.length() : end);
      List<TypedValue> taken = new ArrayList<>();
      Map<Span, List<TypedValue>> given = new java.util.LinkedHashMap<>();
      for (Span s : SPLITTER.split(text, m.end(), paragraph.end())) {
        String sentence = s.of(text);
        boolean wrong = tellsWrongVersion(sentence);
        List<TypedValue> gives = new ArrayList<>();
        for (TypedValue v : values(sentence)) {
          if (!KINDS.contains(v.type())) continue;
          boolean negated = NOT.matcher(sentence.substring(0, v.start())).find();
          // a name is taken back only by "not": a wrong version names people and places it keeps
          if (negated || wrong && !isName(v)) taken.add(v);
          else gives.add(v);
        }
        // the sentence that tells the wrong version gives nothing, whatever else it names
        if (!gives.isEmpty() && !wrong) given.put(s, gives);
      }
      // a value is taken back only when the correction gives another of its kind
      List<TypedValue> withdrawn =
          taken.stream()
              .filter(v -> given.values().stream().flatMap(List::stream).anyMatch(g -> kin(g, v)))
              .filter(v -> given.values().stream().flatMap(List::stream).noneMatch(g -> same(g, v)))
              .toList();
      if (!withdrawn.isEmpty()) out.add(new Correction(paragraph, withdrawn, given));
    }
    return out;
  }

  /**
   * The values of a sentence, a number written in two words joined by a hyphen as one ("Forty-two",
   * which the spotter reads as two).
   */
  static List<TypedValue> values(String sentence) {
    List<TypedValue> out = new ArrayList<>();
    for (TypedValue v : ValueSpotter.values(sentence)) {
      TypedValue last = out.isEmpty() ? null : out.getLast();
      if (last != null
          && last.type() == AnswerType.NUMBER
          && v.type() == AnswerType.NUMBER
          && sentence.substring(last.end(), v.start()).equals("-")) {
        out.set(
            out.size() - 1,
            new TypedValue(
                sentence.substring(last.start(), v.end()), v.type(), last.start(), v.end()));
      } else out.add(v);
    }
    return out;
  }

  private static boolean hasNot(String sentence) {
    return sentence.matches("(?s).*\\bnot\\s+\\p{Lu}.*|(?s).*\\bnot\\s+\\d.*");
  }

  /**
   * The note for a quoted sentence that states a value its report's correction takes back: "The
   * report has since corrected this: “…”" with the correction's sentences that give a value of that
   * kind, cited; null when no correction of its report takes back a value it states, or the
   * sentence is part of the correction itself.
   */
  static DissentNotes.Note note(Candidate quoted) {
    for (Correction c : of(quoted.article())) {
      if (quoted.span().start() >= c.paragraph().start()
          && quoted.span().end() <= c.paragraph().end()) continue;
      List<TypedValue> stated = values(quoted.text());
      List<Candidate> cited = new ArrayList<>();
      for (TypedValue w : c.withdrawn()) {
        if (stated.stream().noneMatch(v -> same(v, w))) continue;
        for (var e : c.given().entrySet()) {
          boolean gives = e.getValue().stream().anyMatch(g -> kin(g, w));
          if (gives && cited.stream().noneMatch(x -> x.span().equals(e.getKey())))
            cited.add(quoted.extendedTo(e.getKey()));
        }
      }
      if (cited.isEmpty()) continue;
      String said =
          String.join(" ", cited.stream().map(x -> AnswerComposer.quotable(x.text())).toList());
      return new DissentNotes.Note(
          "The report has since corrected this: \u201c" + said + "\u201d", List.copyOf(cited));
    }
    return null;
  }

  /** Two values of one kind (a number and a number; a name of a person and of a place alike). */
  private static boolean kin(TypedValue a, TypedValue b) {
    return a.type() == b.type() || isName(a) && isName(b);
  }

  private static boolean isName(TypedValue v) {
    return v.type() == AnswerType.PERSON || v.type() == AnswerType.PLACE;
  }

  /**
   * Whether two values are the same: numbers by value, names when every word of one is a word of
   * the other ("Ana" of "Ana Berg"), other values as written.
   */
  static boolean same(TypedValue a, TypedValue b) {
    if (a.type() == AnswerType.NUMBER || b.type() == AnswerType.NUMBER)
      return a.type() == b.type() && number(a.text()).equals(number(b.text()));
    if (isName(a) && isName(b)) {
      List<String> x = words(a.text());
      List<String> y = words(b.text());
      return x.containsAll(y) || y.containsAll(x);
    }
    return a.text().equalsIgnoreCase(b.text());
  }

  private static List<String> words(String s) {
    return List.of(s.toLowerCase(Locale.ROOT).split("\\s+"));
  }

  /** A number's value: "42" and "forty-two" alike ("forty" plus "two"). */
  static String number(String text) {
    String t = text.toLowerCase(Locale.ROOT).strip();
    String[] parts = t.split("[-\\s]+");
    if (parts.length == 2) {
      String tens = LexiconWords.numberValue(parts[0]);
      String unit = LexiconWords.numberValue(parts[1]);
      if (tens.matches("[2-9]0") && unit.matches("[1-9]"))
        return String.valueOf(Integer.parseInt(tens) + Integer.parseInt(unit));
    }
    return LexiconWords.numberValue(t);
  }
}
