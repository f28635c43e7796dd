package dev.talksbot.answer;

import dev.talksbot.index.TextAnalysis;
import dev.talksbot.nlp.Pos;
import dev.talksbot.nlp.Tagged.Token;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The named subject of an inverted question: in "How did the Lutavian port board react to the
 * strike?" or "Why has Marsh left?", the proper nouns between the auxiliary and the main verb name
 * who acts. A sentence that names none of them, nor does the sentence before it, while another
 * retrieved sentence does, tells of someone else's doing ("Reed said the strike would go on" for
 * how Marsh described it). What a speaker said ("What did Marsh say?") is {@link StatedSpeaker}'s.
 */
final class StatedSubject {
  private StatedSubject() {}

  /** Auxiliary and modal verbs (general English, a closed class). */
  private static final Set<String> AUXILIARIES =
      Set.copyOf(WordList.load("/answer/auxiliaries.txt"));

  /** Question words that open the question before its auxiliary ("what", "how", "why"). */
  private static final Set<String> OPENERS =
      Set.copyOf(WordList.load("/language/question-words.txt"));

  /** The universal POS tag of a proper noun, and of a main verb. */
  private static final String PROPER_NOUN = "PROPN";

  private static final String VERB = "VERB";

  /**
   * The analysed terms of the proper nouns of the question's subject; empty when it has no question
   * word and inverted auxiliary, no main verb after it, or no proper noun in between.
   */
  static Set<String> terms(String question) {
    List<Token> tokens = Pos.shared().tag(question).tokens();
    int i = 0;
    while (i < tokens.size() && isOpener(tokens.get(i))) i++;
    if (i == 0 || i >= tokens.size() || !AUXILIARIES.contains(lower(tokens.get(i))))
      return Set.of();
    Set<String> out = new LinkedHashSet<>();
    for (int j = i + 1; j < tokens.size(); j++) {
      Token t = tokens.get(j);
      if (t.tag().equals(VERB)) return Set.copyOf(out);
      if (t.tag().equals(PROPER_NOUN)) out.addAll(TextAnalysis.terms(t.text()));
    }
    return Set.of();
  }

  private static boolean isOpener(Token t) {
    String w = lower(t);
    return OPENERS.contains(w) && !AUXILIARIES.contains(w);
  }

  private static String lower(Token t) {
    return t.text().toLowerCase(Locale.ROOT);
  }

  /**
   * The candidates (by {@link Candidate#key}) that name none of the question's subject words (nor
   * does the sentence before them; a party counts by another of its words: {@link
   * StatedSpeaker#isSpeaker}), when another candidate names one; none for a question that asks what
   * someone said.
   */
  static Set<String> unnamed(String question, List<Candidate> cands) {
    if (StatedSpeaker.asksWhatWasSaid(question)) return Set.of();
    Set<String> subject = terms(question);
    if (subject.isEmpty()) return Set.of();
    return SetBacks.lacking(cands, c -> c.namesAny(t -> StatedSpeaker.isSpeaker(t, subject)));
  }
}
