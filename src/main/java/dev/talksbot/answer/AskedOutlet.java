package dev.talksbot.answer;

import dev.talksbot.index.TextAnalysis;
import java.util.List;

/**
 * A question asked of one outlet's reports: "What did <b>Meridian Post</b> report about the
 * talks?", "According to <b>the Harbor Wire</b>, who leads …?". The speaker the question names
 * ({@link StatedSpeaker#phrase}) is an outlet of the coverage, which speaks through its reports'
 * own sentences (they need not name it, nor report speech): the question is asked without the
 * outlet ("What about the talks?", "who leads …?"), and the other outlets' sentences are set back
 * ({@link SetBacks}).
 *
 * @param outlet the outlet, as the coverage names it
 * @param question the question without the outlet
 */
record AskedOutlet(String outlet, String question) {
  AskedOutlet {
    if (outlet == null || outlet.isBlank()) throw new IllegalArgumentException("no outlet");
    if (question == null || question.isBlank()) throw new IllegalArgumentException("no question");
  }

  /**
   * The outlet among {@code outlets} the question asks of, and the question without it; or null.
   */
  static AskedOutlet of(String question, List<String> outlets) {
    String phrase = StatedSpeaker.phrase(question);
    if (phrase == null) return null;
    List<String> asked = TextAnalysis.terms(phrase);
    if (asked.isEmpty()) return null;
    for (String outlet : outlets) {
      if (!TextAnalysis.terms(outlet).equals(asked)) continue;
      String rest = StatedSpeaker.unattributed(question);
      if (rest == null || rest.isEmpty()) return null;
      return new AskedOutlet(outlet, Character.toUpperCase(rest.charAt(0)) + rest.substring(1));
    }
    return null;
  }
}
