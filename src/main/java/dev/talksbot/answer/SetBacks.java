package dev.talksbot.answer;

import java.util.List;
import java.util.Set;

/**
 * Rules of reading kept as rules (not learned: the training data have too few such questions), each
 * setting back a sentence's probability of holding the answer to a named share ({@link
 * SetBackFactors}):
 *
 * <ul>
 *   <li>its best clause speaks of another party's thing than the question asks about ("the Russian
 *       delegation" for a question about the Ukrainian one), of another of a series ("the fourth
 *       round" for a question about the third), or of the opposite ("the largest city" for a
 *       question about the smallest: {@link Contrasts}); or it leans on the sentence before it ("He
 *       said …") and that sentence does;
 *   <li>the question names its topic ("what did X say about <i>the budget</i>?") and the sentence
 *       names nothing of it, nor does the sentence before it, while other retrieved sentences do
 *       ({@link StatedTopic});
 *   <li>the question asks what a named speaker said and no retrieved sentence names the speaker
 *       ({@link StatedSpeaker}): every sentence is set back, and the refusal quotes none;
 *   <li>the question asks what is not so ("Which city did not …?") and the sentence's article
 *       negates nothing;
 *   <li>the question names a year that the sentence's article never names, though it names others,
 *       nor is dated in;
 *   <li>the question is asked of one outlet's reports ("According to X, who …?") and the sentence
 *       is another outlet's ({@link AskedOutlet});
 *   <li>the sentence speaks of "the round" and the last round its article names before it is
 *       another ordinal's than the question's ({@link Antecedents});
 *   <li>the question asks how many of a thing there are ("how many children are on the list") and
 *       the sentence gives no number of that thing, while another retrieved sentence does ("a list
 *       of 412 children"; {@link CountedNoun}), or no retrieved sentence does (every sentence is
 *       set back, and the question is refused: {@link #countUngiven});
 *   <li>the question asks for a value of a kind (a year, a date, a percentage, a century, an
 *       amount: "In what year was it built?", "When did it open?", "How much did it cost?") and the
 *       sentence gives none but the question's, while another retrieved sentence does ({@link
 *       AskedValue});
 *   <li>the question names what no retrieved passage mentions ({@link AbsentNames}: "… meet in
 *       <i>Alaska</i>?"): every sentence is set back, and the refusal says what is not mentioned;
 *       when some retrieved report names it, a best sentence whose report does not is refused
 *       ({@link #refusal}), though not set back;
 *   <li>the question asks what someone said ("What did X say …?") and the sentence reports no
 *       speech, while another retrieved sentence does ({@link StatedSpeaker#reportsSpeech}), or it
 *       reports someone else's words, while another retrieved sentence reports X's ({@link
 *       SpokenBy});
 *   <li>the question is answered yes or no ("Will X attend …?") and the sentence does not say what
 *       it asks, while another retrieved sentence does ({@link YesNoAction}); or it asks who did
 *       something and the sentence does not say it, while another names the doer by a passive ("was
 *       mediated by X": {@link PassiveAgent}); or it asks how X reacted and the sentence does not
 *       have X as its doer, while another does ({@link ReactionQuestion}); or it asks who did
 *       something and no retrieved sentence says it ({@link ActionAbsent#unsaid}): every sentence
 *       is set back, and the question is refused;
 *   <li>the question asks what came of an event, or whether it happened, and the sentence was
 *       written before it: it gives the event only as scheduled, without saying the question's
 *       action, or its report is dated before the time the question names ({@link BeforeTheEvent});
 *   <li>the question negates a word by a prefix ("the non-Wendricht League", "incomplete") that no
 *       retrieved sentence negates ({@link NegatedWord}): every sentence is set back, and the
 *       question is refused;
 *   <li>the best sentence says the opposite of a word of the question in its place ("began" for
 *       "end": {@link OppositeWord}), or denies a word of it ("is not always practical" for "What
 *       is always practical?": {@link DeniedWord}): the question is refused ({@link #refusal}), the
 *       sentence not set back.
 * </ul>
 *
 * <p>The rules, with their names and shares, are {@link SetBackRules}.
 *
 * @param topic the analysed terms of the topic the question names (empty if none)
 * @param topicNamed some candidate names the topic
 * @param speakerUnnamed the question names a speaker and no candidate does
 * @param negated the question negates ("Which city did not …?")
 * @param unnegated for a negated question, the articles (by id) of candidates that negate nothing
 * @param otherYears the articles (by id) of candidates about other years than the question's
 * @param otherOutlets for a question asked of one outlet ({@link AskedOutlet}), the articles (by
 *     id) of candidates from other outlets
 * @param otherOrdinal the candidates ({@link Candidate#key}) that speak of "the round" after
 *     another ordinal's round ({@link Antecedents})
 * @param uncounted the candidates ({@link Candidate#key}) that give no number of what a "how many"
 *     question counts, when another candidate gives one ({@link CountedNoun})
 * @param valueless the candidates ({@link Candidate#key}) that give no value of the kind a question
 *     asks for, when another candidate gives one ({@link AskedValue})
 * @param amountAsked the question asks for an amount or a percentage ("how much"): a best sentence
 *     among the {@code valueless} is refused
 * @param eventAsked the question asks how many an event counted ({@link
 *     BeforeTheEvent#asksCountOf}), or what came of it ({@link BeforeTheEvent#asksWhatCameOf}): a
 *     best sentence among the {@code beforeTheEvent} is refused
 * @param absentNames the question's names (as written) that no retrieved passage contains
 * @param unnamed the articles (by id) of candidates whose report does not name one of the
 *     question's names that another candidate's report names ({@link AbsentNames#unnamedBy})
 * @param untimed the articles (by id) of candidates whose report names the thing but not the month
 *     or weekday the question names, which another candidate's report names ({@link
 *     AbsentNames.Unnamed#times}): set back, not refused
 * @param unspoken for a question that asks what someone said, the candidates that report no speech,
 *     when another candidate reports some
 * @param actionless the candidates that do not say the question's action ({@link ActionAbsent})
 * @param actionUnsaid the question asks who did something and no candidate says it ({@link
 *     ActionAbsent#unsaid}): every sentence is set back, and the question is refused
 * @param countUngiven the question asks how many of a thing there are and no candidate gives a
 *     number of it ({@link #countUngiven}): every sentence is set back, and the question is refused
 * @param negatedUnsaid the question negates a word by a prefix ("non-", "un-") that the candidates
 *     use only without it ({@link NegatedWord}): every sentence is set back, and the question is
 *     refused
 * @param beforeTheEvent the candidates written before the event a question asks about
 * @param otherSideBefore the candidates that lean on a sentence before them that speaks of another
 *     party's thing ({@link Antecedents#otherSideBefore})
 * @param misreadings the question's words a best sentence may contradict in their place: it is then
 *     refused
 */
record SetBacks(
    Set<String> topic,
    boolean topicNamed,
    boolean speakerUnnamed,
    boolean negated,
    Set<String> unnegated,
    Set<String> otherYears,
    Set<String> otherOutlets,
    Set<String> otherOrdinal,
    Set<String> uncounted,
    Set<String> valueless,
    boolean amountAsked,
    boolean eventAsked,
    List<String> absentNames,
    Set<String> unnamed,
    Set<String> untimed,
    Set<String> unspoken,
    Set<String> actionless,
    boolean actionUnsaid,
    boolean countUngiven,
    boolean negatedUnsaid,
    Set<String> beforeTheEvent,
    Set<String> otherSideBefore,
    Misreadings misreadings) {
  SetBacks {
    topic = Set.copyOf(topic);
    unnegated = Set.copyOf(unnegated);
    otherYears = Set.copyOf(otherYears);
    otherOrdinal = Set.copyOf(otherOrdinal);
    uncounted = Set.copyOf(uncounted);
    valueless = Set.copyOf(valueless);
    absentNames = List.copyOf(absentNames);
    unnamed = Set.copyOf(unnamed);
    untimed = Set.copyOf(untimed);
    unspoken = Set.copyOf(unspoken);
    actionless = Set.copyOf(actionless);
    beforeTheEvent = Set.copyOf(beforeTheEvent);
    otherSideBefore = Set.copyOf(otherSideBefore);
  }

  /** The rules' reading of a question (part) and its candidate sentences. */
  static SetBacks of(
      String question, Set<String> questionTerms, QuestionShape shape, List<Candidate> cands) {
    return of(question, questionTerms, shape, cands, null);
  }

  /** The same, for a question asked of the reports of {@code outlet} (null: of every report). */
  static SetBacks of(
      String question,
      Set<String> questionTerms,
      QuestionShape shape,
      List<Candidate> cands,
      String outlet) {
    Set<String> topic = StatedTopic.terms(question, questionTerms);
    boolean topicNamed = cands.stream().anyMatch(c -> StatedTopic.named(c, topic));
    boolean negated = SelectorFeatures.NEGATION.matcher(question).find();
    Set<String> unnegated =
        negated
            ? articles(cands, a -> !SelectorFeatures.NEGATION.matcher(a.text()).find())
            : Set.of();
    List<String> years = Years.named(question);
    Set<String> otherYears =
        years.isEmpty() ? Set.of() : articles(cands, a -> Years.ofOthers(a, years));
    Set<String> otherOrdinal = keys(cands, c -> Antecedents.otherOrdinal(shape, c));
    Set<String> counted = shape.counted;
    // every candidate when none counts it (the question is then refused), for countUngiven
    Set<String> uncounted =
        counted.isEmpty() ? Set.of() : keys(cands, c -> !CountedNoun.counts(c.text(), counted));
    List<String> absent = AbsentNames.of(question, questionTerms, cands);
    AskedValue asked = AskedValue.of(question, shape.expect);
    AbsentNames.Unnamed unnamed =
        absent.isEmpty()
            ? AbsentNames.unnamed(question, questionTerms, cands)
            : AbsentNames.Unnamed.NONE;
    return new SetBacks(
        topic,
        topicNamed,
        speakerUnnamed(question, cands),
        negated,
        unnegated,
        otherYears,
        outlet == null ? Set.of() : articles(cands, a -> !outlet.equals(a.outlet())),
        otherOrdinal,
        partial(uncounted, cands),
        valueless(asked, cands),
        asked.kind() == AskedValue.Kind.AMOUNT || asked.kind() == AskedValue.Kind.PERCENT,
        BeforeTheEvent.asksCountOf(question, shape)
            || BeforeTheEvent.asksWhatCameOf(question, shape),
        absent,
        unnamed.names(),
        unnamed.times(),
        SpokenBy.unspoken(question, cands),
        ActionAbsent.of(question, shape, cands),
        ActionAbsent.unsaid(question, shape, cands),
        countUngiven(counted, cands, uncounted),
        NegatedWord.unsaid(question, cands),
        BeforeTheEvent.of(question, shape, cands),
        keys(cands, c -> Antecedents.otherSideBefore(shape, c)),
        Misreadings.of(question, questionTerms, shape, asked));
  }

  /**
   * For a question that asks for a value of a kind ({@link AskedValue}: a year, a date, a
   * percentage, a century, an amount), the candidates that give none.
   */
  private static Set<String> valueless(AskedValue asked, List<Candidate> cands) {
    if (asked.kind() == AskedValue.Kind.NONE) return Set.of();
    return lacking(cands, c -> asked.givenBy(c.text()));
  }

  /**
   * Whether a "how many" question's noun ({@code counted}) is counted by no candidate (every one is
   * {@code uncounted}): the sentences that match the rest of the question give other numbers or
   * none. Not for "how long", whose answer a report may give by dates ("since 1995") rather than a
   * count of units. On SQuAD 2.0's tune half the refusal gains 10 questions (22 unanswerable
   * refused, 12 right answers lost).
   */
  private static boolean countUngiven(
      Set<String> counted, List<Candidate> cands, Set<String> uncounted) {
    return !counted.isEmpty()
        && !counted.equals(CountedNoun.MEASURE_UNITS)
        && !cands.isEmpty()
        && uncounted.size() == cands.size();
  }

  /** Why a reading rule refuses the question whatever its answerability ({@link Refusal#of}). */
  String refusal(Candidate best) {
    return Refusal.of(this, best);
  }

  /**
   * The keys of the candidates that do not give what the question asks for, when another candidate
   * does; none when none does (the rule then says nothing about which sentence answers).
   */
  static Set<String> lacking(List<Candidate> cands, java.util.function.Predicate<Candidate> gives) {
    return partial(keys(cands, gives.negate()), cands);
  }

  /** {@code keys} when some candidate is not among them; none when every one is. */
  private static Set<String> partial(Set<String> keys, List<Candidate> cands) {
    return keys.size() < cands.size() ? keys : Set.of();
  }

  /** The keys of the candidates that pass the test. */
  private static Set<String> keys(
      List<Candidate> cands, java.util.function.Predicate<Candidate> test) {
    Set<String> out = new java.util.HashSet<>();
    for (Candidate c : cands) if (test.test(c)) out.add(c.key());
    return out;
  }

  /** The ids of the candidates' articles that pass the test (each article read once). */
  private static Set<String> articles(
      List<Candidate> cands, java.util.function.Predicate<dev.talksbot.ingest.Article> test) {
    Set<String> read = new java.util.HashSet<>();
    Set<String> out = new java.util.HashSet<>();
    for (Candidate c : cands)
      if (read.add(c.article().id()) && test.test(c.article())) out.add(c.article().id());
    return out;
  }

  /** The share of its probability the candidate keeps (1 when no rule applies). */
  double share(Candidate c) {
    return SetBackRules.share(this, c);
  }

  /** The names of the rules that set the candidate back, in order ({@code ask --explain}). */
  List<String> reasons(Candidate c) {
    return SetBackRules.reasons(this, c);
  }

  /**
   * Whether the question asks what a named speaker said and no candidate, nor the sentence before
   * one, names the speaker: the coverage retrieved quotes nobody of that name, so no sentence says
   * what the speaker said and none is the nearest to it.
   */
  private static boolean speakerUnnamed(String question, List<Candidate> cands) {
    Set<String> speaker = StatedSpeaker.terms(question);
    return !speaker.isEmpty() && cands.stream().noneMatch(c -> StatedSpeaker.named(c, speaker));
  }
}
