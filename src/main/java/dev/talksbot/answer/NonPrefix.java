package dev.talksbot.answer;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question word that puts "non" before a word the coverage uses ("the non-Wendricht League", "a
 * nonviolent campaign") when no retrieved sentence has the prefixed word (with or without its
 * hyphen): the coverage speaks of the thing, not of what is not it, and nothing retrieved answers.
 * SQuAD 2.0 makes many unanswerable questions so; on its tune half refusing them gains 27 questions
 * (29 unanswerable refused; 2 answers lost, whose sentences say "no religion" and "political
 * reasons" for "non-religious": counting a negation before a word that starts like it as the
 * prefixed word won one of them back and lost two refusals, "not Islamist" for "non-Islamic").
 */
final class NonPrefix {
  private NonPrefix() {}

  /** Fewest letters of the word after "non" ("none" and "nonce" are no negated words). */
  static final int MIN_STEM = 4;

  private static final Pattern PREFIXED =
      Pattern.compile("(?i)(?<![\\p{L}\\d])non-?(\\p{L}{" + MIN_STEM + ",})");

  /** Whether the question has such a word that the candidates say only without its "non". */
  static boolean unsaid(String question, List<Candidate> cands) {
    Matcher m = PREFIXED.matcher(question);
    while (m.find()) {
      String stem = m.group(1).toLowerCase(Locale.ROOT);
      Pattern negated = Pattern.compile("(?iu)(?<![\\p{L}\\d])non[-\\s]?" + Pattern.quote(stem));
      Pattern plain = Pattern.compile("(?iu)(?<![\\p{L}\\d-])" + Pattern.quote(stem));
      if (cands.stream().noneMatch(c -> negated.matcher(c.text()).find())
          && cands.stream().anyMatch(c -> plain.matcher(c.text()).find())) return true;
    }
    return false;
  }
}
