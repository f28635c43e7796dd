package dev.talksbot.answer.llm;

import dev.talksbot.answer.WordList;
import dev.talksbot.index.TextAnalysis;
import dev.talksbot.nlp.Pos;
import dev.talksbot.nlp.Tagged.Token;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The subject of an inverted question names a thing, whatever the tagger calls it. In "what has W
 * done?", "how did W respond?" or "does W agree?", the one word W between the auxiliary and the
 * main verb is the question's subject. A name typed in lower case there is often read as a verb or
 * an adverb ("what did india do": "india" an adverb; "what has brazil said": a verb), and a
 * follow-up that names a thing of its own must not be read as one about the previous question's
 * thing. W does not count when it is a function word ("what did they agree") or a word the tagger
 * reads as an adverb even when capitalised ("what has really happened").
 */
final class SubjectSlot {
  private SubjectSlot() {}

  /** Auxiliary and modal verbs (general English, a closed class). */
  private static final Set<String> AUXILIARIES =
      Set.copyOf(WordList.load("/answer/auxiliaries.txt"));

  /** The words that may open the question before its auxiliary ("what", "how many"). */
  private static final Set<String> OPENERS = openers();

  private static Set<String> openers() {
    java.util.HashSet<String> out = new java.util.HashSet<>();
    out.addAll(WordList.load("/language/question-words.txt"));
    out.addAll(RuleBasedRewriter.WORDS.set("question words"));
    out.removeAll(AUXILIARIES); // "did" opens the auxiliary, not the question word
    return Set.copyOf(out);
  }

  /** Whether the question's subject slot holds one word that names a thing. */
  static boolean named(String question, List<Token> tokens) {
    int aux = 0;
    while (aux < tokens.size() && OPENERS.contains(lower(tokens.get(aux)))) aux++;
    if (aux + 2 >= tokens.size() || !AUXILIARIES.contains(lower(tokens.get(aux)))) return false;
    Token subject = tokens.get(aux + 1);
    if (!tokens.get(aux + 2).tag().equals("VERB")) return false;
    String word = subject.text();
    if (word.isEmpty() || !word.chars().allMatch(Character::isLetter)) return false;
    String w = word.toLowerCase(Locale.ROOT);
    if (LowerCaseName.FUNCTION_WORDS.contains(w)) return false; // auxiliaries among them
    if (OPENERS.contains(w) || TextAnalysis.terms(word).isEmpty()) return false;
    String capitalised =
        question.substring(0, subject.start())
            + Character.toUpperCase(word.charAt(0))
            + word.substring(1)
            + question.substring(subject.end());
    List<Token> again = Pos.shared().tag(capitalised).tokens();
    return again.size() == tokens.size() && !again.get(aux + 1).tag().equals("ADV");
  }

  private static String lower(Token t) {
    return t.text().toLowerCase(Locale.ROOT);
  }
}
