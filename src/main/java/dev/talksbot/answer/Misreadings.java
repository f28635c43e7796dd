package dev.talksbot.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The question's words that a best sentence can contradict in their own place, read once per
 * question: a word with antonyms, whose opposite the sentence says instead ({@link OppositeWord}:
 * "When did the strike end?" against "the strike began in 1921"); a word the sentence denies
 * ({@link DeniedWord}: "What method is always practical?" against "the method is not always
 * practical"), or affirms where the question negates it ("What cannot be solved by X?" against "the
 * problem may be solved by X"); a count the sentence gives with another number ({@link OtherCount}:
 * "What did the five delegates sign?" against "the four delegates signed"). SQuAD 2.0 writes many
 * unanswerable questions by such an edit of a sentence of the paragraph, which still matches every
 * other word of the question: a best sentence that contradicts the question so does not answer it.
 * And a question about an action not done ("Who refused to sign?") is not answered by a sentence
 * that does not say it was not done ({@link NegativeVerb}). On SQuAD 2.0's tune half: the opposites
 * +29 (44 unanswerable questions more refused, 15 right answers lost, among them kinship words:
 * "Who was Emma's brother?" by "Emma, sister of Richard II"), the denials +17 after them (23 more
 * refused, 6 right answers lost); after those two, the counts +19 (19 unanswerable questions more
 * refused, no right answer lost; +18 since a question for a number reads none), the actions not
 * done +29 (32 more refused, 3 right answers lost: "When did the United States withdraw from …?" by
 * "… pulled out of …"), the affirmed negations +16 (16 more refused, none lost); a best sentence
 * that as a whole speaks of another round or of the opposite ({@link #otherRoundOrOpposite}) +3; a
 * question restricted by "only" or "outside" answered by a sentence that does not say so ({@link
 * RestrictingWord}) +6 and +6 (12 unanswerable questions more refused, none lost); a question for a
 * century ({@link AskedValue}) answered by a sentence that gives none +3 (none lost; for every kind
 * of value asked, −7: "When did the last glacial end?" is answered by "~11,600 BP"); a "which"
 * question for a plural noun answered by a sentence that only counts it and names nothing ({@link
 * WhichNoun}: "Which ports …?" by "the list had 12 fishing ports") +1 (none lost; fresh news
 * questions one unanswerable more refused). A question that asks for the name of a kind of person
 * ("What was the name of the youngest sailor freed?") is not answered by a best sentence that names
 * no person nor organisation it does not already name ({@link NameAsked}): tune unchanged (one
 * wrong answer refused), fresh news questions two unanswerable more refused, none lost; for the
 * name of anything (not only a person's) tune −5, as SQuAD answers "the name of the process" by a
 * common noun ("trial division").
 *
 * @param antonymed the question's words that have antonyms ({@link OppositeWord#asked})
 * @param deniable the question's terms the sentence must not deny (none when the question negates,
 *     is answered yes or no, or asks what someone said: {@link DeniedWord#applies}); not the action
 *     the question says was refused or failed ({@link NegativeVerb#complements}: "Who refused to
 *     sign?" is answered by "X will never sign")
 * @param counts the question's counts ({@link OtherCount#asked}); none when it asks for a number,
 *     which another count of the same thing may give ("How many of the 146 prisoners were wounded?"
 *     by "11 of the prisoners were wounded")
 * @param undone the question asks about an action not done or undone ({@link NegativeVerb}), and a
 *     negator could deny its words
 * @param negated the terms the question negates ({@link DeniedWord#negatedBy})
 * @param restricted the question's restricting words ({@link RestrictingWord#asked}: "only")
 * @param value the kind of value the question asks for ({@link AskedValue})
 * @param named the plural noun a "which" question asks to be named ({@link WhichNoun#of})
 * @param nameAsked the question's request for the name of a kind of person, or null ({@link
 *     NameAsked})
 */
record Misreadings(
    Set<String> antonymed,
    Set<String> deniable,
    List<OtherCount.Count> counts,
    boolean undone,
    Set<String> negated,
    QuestionShape shape,
    List<String> restricted,
    AskedValue value,
    Set<String> named,
    NameAsked nameAsked) {
  Misreadings {
    antonymed = Set.copyOf(antonymed);
    deniable = Set.copyOf(deniable);
    counts = List.copyOf(counts);
    negated = Set.copyOf(negated);
    restricted = List.copyOf(restricted);
    named = Set.copyOf(named);
  }

  /**
   * The reading of {@code question}, whose analysed terms are {@code questionTerms} and whose asked
   * value is {@code value} ({@link AskedValue#of}, read once for the set-backs too).
   */
  static Misreadings of(
      String question, Set<String> questionTerms, QuestionShape shape, AskedValue value) {
    boolean open = DeniedWord.applies(question, shape.asksSpeech);
    Set<String> deniable = new HashSet<>(open ? questionTerms : Set.of());
    // what the question says was refused or failed ("Who refused to sign?") a denial answers
    deniable.removeAll(NegativeVerb.complements(question));
    return new Misreadings(
        OppositeWord.asked(question),
        deniable,
        shape.expect == QuestionShape.Expect.NUMBER ? List.of() : OtherCount.asked(question),
        open && NegativeVerb.asked(question),
        DeniedWord.negatedBy(question, shape.asksSpeech),
        shape,
        RestrictingWord.asked(question),
        value,
        WhichNoun.of(question),
        NameAsked.of(question));
  }

  /**
   * Whether the sentence as a whole, not only its answering clause, qualifies a word the question
   * qualifies by an ordinal or a word with antonyms only by another ordinal or an opposite ({@link
   * QuestionShape#otherRoundOrOpposite}): "the second half of the century" for "the first half", "a
   * darker colour" for "a lighter colour". Not by another party: "US President Trump" is no other
   * party's president when the question names Trump.
   */
  boolean otherRoundOrOpposite(String sentence) {
    return shape.otherRoundOrOpposite(dev.talksbot.index.TextAnalysis.terms(sentence));
  }

  /**
   * Whether the sentence qualifies a word the question qualifies by an ordinal only by another
   * ordinal ({@link QuestionShape#otherRound}): "the third round" for "the fifth round".
   */
  boolean otherRound(String sentence) {
    return shape.otherRound(dev.talksbot.index.TextAnalysis.terms(sentence));
  }

  /** How {@code sentence} contradicts the question, as {@code ask --explain} says; null if not. */
  String contradiction(String sentence) {
    if (OppositeWord.instead(antonymed, sentence))
      return "the best sentence says the opposite of a word of the question";
    if (DeniedWord.denies(deniable, sentence))
      return "the best sentence denies a word of the question";
    if (OtherCount.instead(counts, sentence))
      return "the best sentence counts what the question counts with another number";
    if (undone && NegativeVerb.unsaid(sentence))
      return "the best sentence does not say the question's action was not done";
    if (DeniedWord.affirms(negated, sentence))
      return "the best sentence affirms the word the question negates";
    if (value.kind() == AskedValue.Kind.CENTURY && !value.givenBy(sentence))
      return "the question asks for a century and the best sentence gives none";
    if (!restricted.isEmpty() && !RestrictingWord.said(sentence, restricted))
      return "the best sentence does not say the question's restricting word";
    if (WhichNoun.onlyCounts(sentence, named))
      return "the question asks which, and the best sentence only counts them";
    if (nameAsked != null && !nameAsked.givenBy(sentence))
      return "the question asks for a person's name and the best sentence gives none";
    return null;
  }
}
