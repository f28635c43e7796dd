package dev.talksbot.answer;

import dev.talksbot.nlp.Tagged;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a question asks what happened, and whether a sentence gives an event only as planned. A
 * question in the past ("What did they agree in Moscow?") against a sentence saying the meeting was
 * "due" or "expected" is a mismatch the answer selector learns to weigh ({@code planned_for_done}).
 * The words are general English, kept in {@code answer/past-markers.txt}, {@code
 * answer/future-markers.txt}, {@code answer/scheduled-cues.txt} and {@code
 * answer/planned-cues.txt}.
 */
public final class Tense {
  private static final Set<String> PAST = WordList.load("/answer/past-markers.txt");
  private static final Set<String> FUTURE = WordList.load("/answer/future-markers.txt");
  private static final Set<String> SCHEDULED_CUES = WordList.load("/answer/scheduled-cues.txt");
  private static final Pattern SCHEDULED = phrases(SCHEDULED_CUES);
  private static final Pattern PLANNED =
      phrases(
          java.util.stream.Stream.concat(
                  SCHEDULED_CUES.stream(), WordList.load("/answer/planned-cues.txt").stream())
              .collect(java.util.stream.Collectors.toSet()));

  /**
   * The one scheduled cue that is also a cause ("due to the construction") unless a verb follows.
   */
  private static final String DUE_TO = "due to";

  private Tense() {}

  /**
   * True when a tagged question asks about something done: a past auxiliary ("did", "was"), or a
   * main verb in the past (not its own lemma, not ending in -s or -ing), and no word of the future.
   */
  static boolean asksDone(Tagged question) {
    boolean past = false;
    for (Tagged.Token t : question.tokens()) {
      String word = t.text().toLowerCase(Locale.ROOT);
      if (FUTURE.contains(word)) return false;
      if (PAST.contains(word)) past = true;
      else if (t.mainTag().equals("VERB") && pastForm(word, t.lemma())) past = true;
    }
    return past;
  }

  /** True when the sentence holds a phrase that gives an event as planned, expected or offered. */
  static boolean givenAsPlanned(String sentence) {
    return PLANNED.matcher(sentence).find();
  }

  /**
   * True when the sentence gives an event as scheduled or expected, still ahead when it was written
   * ({@code answer/scheduled-cues.txt}: "was due in Moscow", "is expected to present"); "due to"
   * only before a verb ("is due to address", "is due to be signed"; not "due to the construction").
   */
  static boolean givenAsScheduled(String sentence) {
    Matcher m = SCHEDULED.matcher(sentence);
    Tagged tagged = null;
    while (m.find()) {
      if (!m.group().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").equals(DUE_TO)) return true;
      if (tagged == null) tagged = dev.talksbot.nlp.Pos.shared().tag(sentence);
      for (Tagged.Token t : tagged.tokens())
        if (t.start() >= m.end()) {
          if (t.mainTag().equals("VERB") || t.mainTag().equals("AUX")) return true;
          break;
        }
    }
    return false;
  }

  /**
   * True when the sentence speaks of something ahead: a phrase that gives it as planned, or a word
   * of the future ("will", "due", "next").
   */
  public static boolean speaksAhead(String sentence) {
    if (givenAsPlanned(sentence)) return true;
    for (String w : sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}']+"))
      if (FUTURE.contains(w)) return true;
    return false;
  }

  private static boolean pastForm(String word, String lemma) {
    return !word.equals(lemma) && !word.endsWith("s") && !word.endsWith("ing");
  }

  private static Pattern phrases(Set<String> entries) {
    List<String> parts =
        entries.stream()
            .sorted()
            .map(
                p ->
                    String.join(
                        "\\s+", List.of(p.split("\\s+")).stream().map(Pattern::quote).toList()))
            .toList();
    return Pattern.compile(
        "(?iu)(?<![\\p{L}\\p{N}])(?:" + String.join("|", parts) + ")(?![\\p{L}\\p{N}])");
  }
}
