package dev.talksbot.core;

import dev.talksbot.answer.Tense;
import dev.talksbot.answer.WordList;
import dev.talksbot.ingest.Passage;
import dev.talksbot.ingest.Span;
import dev.talksbot.retrieval.ScoredPassage;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "The next round" read as "the fourth round": a question about the next of a numbered series
 * (rounds, stages, sessions) names no number, so retrieval and the answerer match every round the
 * coverage mentions alike and quote the past. When the passages retrieved for it number that series
 * with ordinals ("a fourth round of direct talks"), the question is read with the highest one: in
 * news coverage, the highest number mentioned is the one announced or planned next. When every
 * sentence that names the highest one speaks of it as past (no word of the future nor a planned
 * phrase: {@link Tense#speaksAhead}), the next is the one after it ("showed up for a first
 * meeting": the next meeting is the second, which the coverage may not know).
 */
final class NextInSeries {
  private NextInSeries() {}

  /** Ordinal words in order, first = index 0 ({@code language/en-ordinals.txt}). */
  private static final List<String> ORDINALS = WordList.lines("/language/en-ordinals.txt");

  /** "next", "upcoming" or "coming", then the series' noun. */
  private static final Pattern NEXT =
      Pattern.compile("(?i)\\b(?:next|upcoming|coming)\\s+(\\p{L}[\\p{L}-]*)");

  private static final String ORDINAL = "(" + String.join("|", ORDINALS) + ")";

  /**
   * The question with "next &lt;noun&gt;" replaced by "&lt;highest ordinal&gt; &lt;noun&gt;" when
   * the passages number that noun ("fourth round", "fourth and final round"); empty otherwise.
   */
  static Optional<String> resolve(String question, List<ScoredPassage> passages) {
    Matcher m = NEXT.matcher(question);
    if (!m.find()) return Optional.empty();
    String noun = m.group(1);
    String stem = noun.toLowerCase(Locale.ROOT).replaceAll("s$", "");
    // the ordinal, at most two words before the noun (or its plural): "a fourth round", "the
    // fourth and final round"
    Pattern numbered =
        Pattern.compile(
            "(?i)\\b" + ORDINAL + "\\s+(?:\\p{L}+\\s+){0,2}?" + Pattern.quote(stem) + "s?\\b");
    int highest = -1;
    boolean ahead = false; // some sentence naming the highest speaks of it as still to come
    for (ScoredPassage p : passages) {
      Matcher o = numbered.matcher(p.passage().text());
      while (o.find()) {
        int n = ORDINALS.indexOf(o.group(1).toLowerCase(Locale.ROOT));
        if (n < highest) continue; // a lower one says nothing of the next
        boolean future = Tense.speaksAhead(sentenceAt(p.passage(), o.start()));
        ahead = n > highest ? future : ahead || future;
        highest = n;
      }
    }
    if (highest < 0) return Optional.empty();
    // the highest one reported only as past ("showed up for a first meeting"): the next is after it
    int next = ahead ? highest : highest + 1;
    if (next >= ORDINALS.size()) return Optional.empty();
    return Optional.of(
        question.substring(0, m.start())
            + ORDINALS.get(next)
            + " "
            + noun
            + question.substring(m.end()));
  }

  /** The passage sentence that holds the character at {@code offset} (the passage if none does). */
  private static String sentenceAt(Passage p, int offset) {
    for (Span s : p.sentences())
      if (offset >= s.start() - p.span().start() && offset < s.end() - p.span().start())
        return p.sentenceText(s);
    return p.text();
  }
}
