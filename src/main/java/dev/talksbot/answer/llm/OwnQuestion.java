package dev.talksbot.answer.llm;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A follow-up that is a question of its own after an opener ("and who leads ukraine?", "so when
 * will they meet?"): asked as it is, with the previous question's context, not appended to the
 * previous question; a party the previous question named gives way to the one it names.
 */
final class OwnQuestion {
  private OwnQuestion() {}

  /** The follow-up as a question of its own, with the context words of {@code before}. */
  static String of(String followUp, String before) {
    String context = withoutParties(RuleBasedRewriter.contextWords(before, followUp), followUp);
    return context.isEmpty()
        ? followUp
        : RuleBasedRewriter.stripEnd(followUp) + " (" + context + ")?";
  }

  /** The counterpart groups that name a party: its nationality, its name, its capital. */
  private static final Set<String> PARTY_WORDS =
      Set.copyOf(
          WordLists.load("en-counterparts.txt").entries().entrySet().stream()
              .filter(
                  e ->
                      Set.of("nationality adjectives", "countries", "capitals")
                          .contains(e.getKey()))
              .flatMap(e -> e.getValue().stream())
              .map(w -> w.toLowerCase(Locale.ROOT))
              .toList());

  /**
   * The context words without those naming a party when the follow-up names one: "and who leads
   * ukraine?" after a question about the Russian side asks about Ukraine's, not Russia's.
   */
  private static String withoutParties(String context, String followUp) {
    if (Arrays.stream(followUp.split("[\\s,?!.]+")).noneMatch(w -> isParty(w))) return context;
    return String.join(
        " ",
        Arrays.stream(context.split("\\s+")).filter(w -> !w.isEmpty() && !isParty(w)).toList());
  }

  private static boolean isParty(String word) {
    return PARTY_WORDS.contains(word.replaceAll("(’s|'s)$", "").toLowerCase(Locale.ROOT));
  }

  /** Whether the text opens with a question word and goes on: a question of its own. */
  static boolean is(String text, Pattern questionWords) {
    Matcher k = questionWords.matcher(text);
    return k.lookingAt() && !RuleBasedRewriter.stripEnd(text.substring(k.end())).isBlank();
  }
}
