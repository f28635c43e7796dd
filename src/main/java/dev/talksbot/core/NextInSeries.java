package dev.talksbot.core;

import dev.talksbot.answer.WordList;
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
 * news coverage, the highest number mentioned is the one announced or planned next.
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
    for (ScoredPassage p : passages) {
      Matcher o = numbered.matcher(p.passage().text());
      while (o.find())
        highest = Math.max(highest, ORDINALS.indexOf(o.group(1).toLowerCase(Locale.ROOT)));
    }
    if (highest < 0) return Optional.empty();
    return Optional.of(
        question.substring(0, m.start())
            + ORDINALS.get(highest)
            + " "
            + noun
            + question.substring(m.end()));
  }
}
