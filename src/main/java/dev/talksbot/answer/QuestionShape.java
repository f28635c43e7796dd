package dev.talksbot.answer;

import dev.talksbot.index.TextAnalysis;
import dev.talksbot.nlp.AnswerType;
import dev.talksbot.nlp.QuestionType;
import dev.talksbot.nlp.TypedValue;
import dev.talksbot.nlp.ValueSpotter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a question looks for, beyond its words: the expected kind of answer ("who" wants a person,
 * "when" a date, "how many" a number, "where" a place), and which side a party word qualifies ("the
 * <em>Ukrainian</em> delegation"). Capitals and institutions stand for their country ("Kyiv's
 * delegation" is Ukraine's; "Moscow" is Russia), so a sentence about the other side's delegation is
 * not taken for an answer about this one. An ordinal qualifies the same way ("the <em>third</em>
 * round"): a sentence about the fourth round is not about the third.
 */
final class QuestionShape {
  enum Expect {
    PERSON,
    DATE,
    NUMBER,
    PLACE,
    ANY
  }

  /** Analysed party term -> the country it stands for. */
  private static final Map<String, String> PARTY = new HashMap<>();

  /** Country (analysed) -> its name as written in the resource, capitalised ("Ukraine"). */
  private static final Map<String, String> DISPLAY = new HashMap<>();

  static {
    for (String line : WordList.lines("/answer/parties.tsv")) {
      String[] f = line.split("\t");
      if (f.length != 2) throw new IllegalStateException("answer/parties.tsv: bad line " + line);
      String c = TextAnalysis.terms(f[0]).getFirst();
      PARTY.put(c, c);
      DISPLAY.put(c, Sides.capitalised(f[0].strip()));
      for (String t : TextAnalysis.terms(f[1])) PARTY.put(t, c);
    }
  }

  /** Ordinal words, analysed ({@code language/en-ordinals.txt}). */
  private static final Set<String> ORDINALS = WordList.analysed("/language/en-ordinals.txt");

  final Expect expect;

  /** (party, word) pairs the question asks about, e.g. (ukrain, deleg). */
  final List<String[]> qualified;

  /** (ordinal, word) pairs the question asks about, e.g. (third, round). */
  final List<String[]> ordinals;

  /**
   * {@link #ordinals} with the further words of the compound each ordinal qualifies ("the first
   * dock group meeting": meeting too), for telling another round ({@link #otherRound}) only.
   */
  private final List<String[]> ordinalCompounds;

  /**
   * (word, asked word) pairs where the question qualifies an asked word by a word that has
   * antonyms, e.g. (small, citi) for "the smallest cities", by its base word ({@link Contrasts}).
   */
  final List<String[]> contrasts;

  /** Lemmas of the question's content verbs ("lead" in "Who will lead …"; not be, have, will). */
  final Set<String> verbs;

  /**
   * The question asks what a named person is ("Who is Jane Doe?"): it names its person, so no
   * report can give another one for it.
   */
  final boolean asksIdentity;

  /** The name a question that asks who a person is gives ("Jane Doe"), else null. */
  final String identityName;

  /** The question asks about something done ("What did they agree?"), by {@link Tense}. */
  final boolean asksDone;

  /**
   * The question asks what a named speaker said ("What did Jane Roe say?": {@link StatedSpeaker}).
   */
  final boolean asksSpeech;

  /**
   * The question asks for a count as it stands ("How many have come home so far?": a phrase of
   * {@code answer/running-total-cues.txt}), which a newer report updates.
   */
  final boolean asksRunningTotal;

  /**
   * The analysed noun a "how many" question counts ({@link CountedNoun#of}, read once for the
   * set-backs too); empty for any other question.
   */
  final Set<String> counted;

  private QuestionShape(
      Expect expect,
      List<String[]> qualified,
      List<String[]> ordinals,
      List<String[]> ordinalCompounds,
      List<String[]> contrasts,
      Set<String> verbs,
      String identityName,
      boolean asksDone,
      boolean asksSpeech,
      boolean asksRunningTotal,
      Set<String> counted) {
    this.expect = expect;
    this.qualified = qualified;
    this.ordinals = ordinals;
    this.ordinalCompounds = ordinalCompounds;
    this.contrasts = contrasts;
    this.verbs = verbs;
    this.identityName = identityName;
    this.asksIdentity = identityName != null;
    this.asksDone = asksDone;
    this.asksSpeech = asksSpeech;
    this.asksRunningTotal = asksRunningTotal;
    this.counted = counted;
  }

  /** "Who is/was …" followed by a name only ({@link IdentityQuestion}). */
  static boolean asksIdentity(String question) {
    return IdentityQuestion.name(question, dev.talksbot.nlp.Pos.shared().tag(question)) != null;
  }

  static QuestionShape of(String question, Set<String> qTerms) {
    Expect e =
        switch (QuestionType.expected(question)) {
          case PERSON -> Expect.PERSON;
          case DATE -> Expect.DATE;
          case NUMBER -> Expect.NUMBER;
          case PLACE -> Expect.PLACE;
          default -> Expect.ANY;
        };
    List<String> seq = TextAnalysis.terms(question);
    dev.talksbot.nlp.Tagged tagged = dev.talksbot.nlp.Pos.shared().tag(question); // tagged once
    return new QuestionShape(
        e,
        OtherQualifiers.partyPairs(seq, qTerms, tagged),
        OtherQualifiers.pairs(seq, qTerms, QuestionShape::ordinal, false),
        OtherQualifiers.pairs(seq, qTerms, QuestionShape::ordinal, true),
        OtherQualifiers.pairs(seq, qTerms, Contrasts::base, false),
        QuestionVerbs.lemmas(tagged),
        IdentityQuestion.name(question, tagged),
        Tense.asksDone(tagged),
        !StatedSpeaker.terms(question).isEmpty(),
        e == Expect.NUMBER && RUNNING_TOTAL.matcher(question).find(),
        CountedNoun.of(tagged));
  }

  /** A phrase that asks for a count as it stands ({@code answer/running-total-cues.txt}). */
  private static final java.util.regex.Pattern RUNNING_TOTAL =
      java.util.regex.Pattern.compile(
          "(?i)\\b(?:"
              + WordList.alternatives(WordList.lines("/answer/running-total-cues.txt"))
              + ")\\b");

  /** The term itself when it is an ordinal word, else null. */
  static String ordinal(String term) {
    return ORDINALS.contains(term) ? term : null;
  }

  /** The name of a country given by its analysed key (from {@link #partyOf}). */
  static String displayName(String party) {
    String name = DISPLAY.get(party);
    if (name == null) throw new IllegalArgumentException("not a party: " + party);
    return name;
  }

  static String partyOf(String term) {
    return PARTY.get(term);
  }

  /** Terms of a text with party words replaced by their country (for coverage). */
  static Set<String> withParties(List<String> terms) {
    Set<String> out = new java.util.LinkedHashSet<>(terms);
    for (String t : terms) {
      String p = PARTY.get(t);
      if (p != null) out.add(p);
    }
    return out;
  }

  /**
   * Whether the candidate names every name the question does (a party by its country or people:
   * "Ukraine" for "Ukrainian"): what a rule that answers whatever the answerability model asks of
   * the best sentence first.
   */
  static boolean namesEveryName(String question, Candidate c) {
    return withParties(List.copyOf(c.terms()))
        .containsAll(withParties(SelectorFeatures.capitalisedTerms(question)));
  }

  /**
   * True when the text qualifies an asked-about word only by another party ("the Russian
   * delegation" when the question asks about the Ukrainian one), or only by another ordinal ("the
   * fourth round" when the question asks about the third), or only by a word of opposite meaning
   * ("the largest cities" when it asks about the smallest).
   */
  boolean otherSide(List<String> seq) {
    return otherSide(null, seq);
  }

  /**
   * {@link #otherSide(List)} for a text that also reads its articles and its subject ({@link
   * OtherQualifiers}).
   */
  boolean otherSide(String text, List<String> seq) {
    return OtherQualifiers.parties(text, seq, qualified) || otherRoundOrOpposite(seq);
  }

  /**
   * Whether the text qualifies a word the question qualifies by an ordinal or a word with antonyms
   * only by another ordinal or an opposite (the second and third readings of {@link #otherSide}).
   */
  boolean otherRoundOrOpposite(List<String> seq) {
    return otherRound(seq) || OtherQualifiers.contrasts(seq, contrasts);
  }

  /** Whether the text qualifies a word the question qualifies by an ordinal only by others. */
  boolean otherRound(List<String> seq) {
    return OtherQualifiers.ordinals(seq, ordinalCompounds);
  }

  /**
   * Whether {@code rival} gives no version of the thing the question asks about where {@code
   * answer} does: the question qualifies a word by a party, the answer's sentence names that party,
   * and the rival's names parties but none of the question's ("… who has led the Ukrainian
   * delegation, will again head the team" against "The Russian delegation is headed by …" for "Who
   * heads Russia's team?").
   */
  boolean otherPartysVersion(Candidate rival, Candidate answer) {
    return partiesNamed(rival.terms()) == Named.OTHERS
        && partiesNamed(answer.terms()) == Named.ASKED;
  }

  private enum Named {
    NONE,
    OTHERS,
    ASKED
  }

  /** Which parties the terms name: one the question qualifies a word by, only others, or none. */
  private Named partiesNamed(Set<String> terms) {
    Named named = Named.NONE;
    for (String t : terms) {
      String party = PARTY.get(t);
      if (party == null) continue;
      for (String[] pair : qualified) if (pair[0].equals(party)) return Named.ASKED;
      named = Named.OTHERS;
    }
    return named;
  }

  /**
   * The values a sentence gives for what the question asks: people (by name key) for "who", dates
   * for "when", numbers for "how many"; empty for other questions.
   */
  Set<String> slot(String text, Set<String> people) {
    Set<String> out = new java.util.HashSet<>();
    switch (expect) {
      case PERSON -> out.addAll(people);
      case DATE, NUMBER -> {
        AnswerType want = expect == Expect.DATE ? AnswerType.DATE : AnswerType.NUMBER;
        for (TypedValue v : ValueSpotter.values(text))
          if (v.type() == want) out.add(valueKey(v.text()));
      }
      default -> {}
    }
    return out;
  }

  /** A value as {@link #slot} keys it: lower case, runs of spaces as one. */
  static String valueKey(String value) {
    return value.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
  }
}
