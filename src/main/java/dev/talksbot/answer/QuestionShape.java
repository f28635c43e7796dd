package dev.talksbot.answer;

import dev.talksbot.index.TextAnalysis;
import dev.talksbot.nlp.AnswerType;
import dev.talksbot.nlp.QuestionType;
import dev.talksbot.nlp.TypedValue;
import dev.talksbot.nlp.ValueSpotter;
import java.util.ArrayList;
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

  /** A party word qualifies an asked-about word up to this many terms before it. */
  static final int QUALIFIER_REACH = 2;

  /** A possessive ("its demands") points back to a party at most this many terms before it. */
  static final int POSSESSIVE_REACH = 8;

  /** Ordinal words, analysed ({@code language/en-ordinals.txt}). */
  private static final Set<String> ORDINALS = WordList.analysed("/language/en-ordinals.txt");

  /** Possessive determiners, analysed ({@code answer/possessives.txt}). */
  private static final Set<String> POSSESSIVES = WordList.analysed("/answer/possessives.txt");

  final Expect expect;

  /** (party, word) pairs the question asks about, e.g. (ukrain, deleg). */
  final List<String[]> qualified;

  /** (ordinal, word) pairs the question asks about, e.g. (third, round). */
  final List<String[]> ordinals;

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

  /** The question asks about something done ("What did they agree?"), by {@link Tense}. */
  final boolean asksDone;

  private QuestionShape(
      Expect expect,
      List<String[]> qualified,
      List<String[]> ordinals,
      List<String[]> contrasts,
      Set<String> verbs,
      boolean asksIdentity,
      boolean asksDone) {
    this.expect = expect;
    this.qualified = qualified;
    this.ordinals = ordinals;
    this.contrasts = contrasts;
    this.verbs = verbs;
    this.asksIdentity = asksIdentity;
    this.asksDone = asksDone;
  }

  /** "Who is/was …" followed by proper nouns only (and punctuation). */
  static boolean asksIdentity(String question) {
    return asksIdentity(dev.talksbot.nlp.Pos.shared().tag(question));
  }

  private static boolean asksIdentity(dev.talksbot.nlp.Tagged tagged) {
    List<dev.talksbot.nlp.Tagged.Token> t = tagged.tokens();
    if (t.size() < 3
        || !t.get(0).lemma().equalsIgnoreCase("who")
        || !t.get(1).lemma().equalsIgnoreCase("be")) return false;
    boolean named = false;
    for (int i = 2; i < t.size(); i++) {
      String tag = t.get(i).tag();
      if (tag.equals("PUNCT")) continue;
      if (!tag.equals("PROPN")) return false;
      named = true;
    }
    return named;
  }

  /**
   * Lemmas (lower case) of the content verbs of a tagged text; the word right after a leading "who"
   * counts as one unless it is an auxiliary (the tagger reads "Who heads …" as a noun).
   */
  private static Set<String> verbLemmas(dev.talksbot.nlp.Tagged tagged) {
    Set<String> out = new java.util.HashSet<>();
    List<dev.talksbot.nlp.Tagged.Token> tokens = tagged.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      dev.talksbot.nlp.Tagged.Token t = tokens.get(i);
      boolean afterWho =
          i == 1
              && tokens.getFirst().lemma().equalsIgnoreCase("who")
              && (t.tag().equals("NOUN") || t.tag().equals("VERB"));
      if (t.tag().equals("VERB") || afterWho) out.add(t.lemma().toLowerCase(java.util.Locale.ROOT));
    }
    return out;
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
    List<String[]> pairs = new ArrayList<>();
    for (int i = 0; i + 1 < seq.size(); i++) {
      if (PARTY.get(seq.get(i)) == null) continue;
      // a run of parties qualifies the word after it: "the Russian and Ukrainian delegations"
      int j = i;
      while (j < seq.size() && PARTY.containsKey(seq.get(j))) j++;
      if (j < seq.size() && qTerms.contains(seq.get(j))) {
        for (int k = i; k < j; k++) pairs.add(new String[] {PARTY.get(seq.get(k)), seq.get(j)});
      }
      i = j - 1;
    }
    dev.talksbot.nlp.Tagged tagged = dev.talksbot.nlp.Pos.shared().tag(question); // tagged once
    return new QuestionShape(
        e,
        pairs,
        qualifierPairs(seq, qTerms, QuestionShape::ordinal),
        qualifierPairs(seq, qTerms, Contrasts::base),
        verbLemmas(tagged),
        asksIdentity(tagged),
        Tense.asksDone(tagged));
  }

  /**
   * (qualifier, word) for each term that {@code keyOf} reads as a qualifier (its key, or null) and
   * whose next term is one the question asks about.
   */
  private static List<String[]> qualifierPairs(
      List<String> seq, Set<String> qTerms, java.util.function.Function<String, String> keyOf) {
    List<String[]> out = new ArrayList<>();
    for (int i = 0; i + 1 < seq.size(); i++) {
      String key = keyOf.apply(seq.get(i));
      if (key != null && qTerms.contains(seq.get(i + 1)))
        out.add(new String[] {key, seq.get(i + 1)});
    }
    return out;
  }

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
   * True when the text qualifies an asked-about word only by another party ("the Russian
   * delegation" when the question asks about the Ukrainian one), or only by another ordinal ("the
   * fourth round" when the question asks about the third), or only by a word of opposite meaning
   * ("the largest cities" when it asks about the smallest).
   */
  boolean otherSide(List<String> seq) {
    return otherSide(null, seq);
  }

  /**
   * {@link #otherSide(List)} for a text that also reads its subject: a text that opens with a party
   * word that acts ("Kyiv has fielded the same team"; not "Kyiv's envoy said") and names no party
   * of the question's has a word the question qualifies, left unqualified there, belong to that
   * party.
   */
  boolean otherSide(String text, List<String> seq) {
    java.util.function.IntBinaryOperator linked = null;
    if (text != null && !qualified.isEmpty()) {
      int[] positions = TextAnalysis.positions(text);
      List<String> words = TextAnalysis.words(text);
      if (positions.length == seq.size())
        linked = (k, i) -> noArticleBetween(words, positions, k, i);
    }
    return otherQualifier(seq, linked, qualified, PARTY::get, true, subjectParty(text))
        || otherQualifier(seq, null, ordinals, QuestionShape::ordinal, false, null)
        || otherContrast(seq);
  }

  /** Leading quotes and spaces, then the text's first word and the character after it. */
  private static final java.util.regex.Pattern FIRST_WORD =
      java.util.regex.Pattern.compile("^[\\s\"“‘'(]*(\\p{L}+)(.?)");

  /**
   * The party a text opens with as its subject ("Kyiv has …"), or null: its first word is a party
   * word not followed by a possessive ("Kyiv's …") or a hyphen ("Kyiv-based …").
   */
  static String subjectParty(String text) {
    if (text == null) return null;
    java.util.regex.Matcher m = FIRST_WORD.matcher(text);
    if (!m.find()) return null;
    String after = m.group(2);
    if (after.equals("'") || after.equals("’") || after.equals("-")) return null;
    List<String> terms = TextAnalysis.terms(m.group(1));
    return terms.size() == 1 ? PARTY.get(terms.getFirst()) : null;
  }

  /**
   * Whether, for a word the question qualifies by a word that has antonyms ("the smallest cities"),
   * the text qualifies it right before only by an antonym ("the largest cities").
   */
  private boolean otherContrast(List<String> seq) {
    for (String[] pair : contrasts) {
      boolean same = false;
      boolean other = false;
      for (int i = 1; i < seq.size(); i++) {
        if (!seq.get(i).equals(pair[1])) continue;
        String before = Contrasts.base(seq.get(i - 1));
        if (before == null) continue;
        if (before.equals(pair[0])) same = true;
        else if (Contrasts.opposites(pair[0]).contains(before)) other = true;
      }
      if (other && !same) return true;
    }
    return false;
  }

  /**
   * Whether, for some word the question qualifies ({@code pairs}: (qualifier, word)), the text
   * qualifies it only by other qualifiers ({@code keyOf}: a term's qualifier, or null): the words
   * up to {@link #QUALIFIER_REACH} before it that {@code linked} (terms k, i -> 1 or 0; null: all)
   * links to it ("handed Russia a list" is no list of Russia's) and, with {@code possessives}, the
   * party a possessive before it points back to; failing both, the text's {@code subject} (a key,
   * or null) when the text names none of the question's qualifiers.
   */
  private static boolean otherQualifier(
      List<String> seq,
      java.util.function.IntBinaryOperator linked,
      List<String[]> pairs,
      java.util.function.Function<String, String> keyOf,
      boolean possessives,
      String subject) {
    if (pairs.isEmpty()) return false;
    Map<String, Set<String>> asked = new HashMap<>(); // word -> qualifiers the question gives it
    for (String[] pair : pairs)
      asked.computeIfAbsent(pair[1], k -> new java.util.HashSet<>()).add(pair[0]);
    for (var e : asked.entrySet()) {
      boolean same = false;
      boolean other = false;
      boolean unownedBySubject = false;
      for (int i = 0; i < seq.size(); i++) {
        if (!seq.get(i).equals(e.getKey())) continue;
        List<String> owners = new ArrayList<>();
        for (int k = Math.max(0, i - QUALIFIER_REACH); k < i; k++)
          if (linked == null || linked.applyAsInt(k, i) == 1) owners.add(seq.get(k));
        if (possessives && i > 0 && POSSESSIVES.contains(seq.get(i - 1))) {
          // "Russia says its demands": the possessive's owner is the nearest party before it
          for (int k = i - 2; k >= Math.max(0, i - 1 - POSSESSIVE_REACH); k--)
            if (keyOf.apply(seq.get(k)) != null) {
              owners.add(seq.get(k));
              break;
            }
        }
        boolean owned = false;
        for (String t : owners) {
          String key = keyOf.apply(t);
          if (key == null) continue;
          owned = true;
          if (e.getValue().contains(key)) same = true;
          else other = true;
        }
        if (!owned && subject != null && !e.getValue().contains(subject)) unownedBySubject = true;
      }
      if (!other && !same && unownedBySubject && !names(seq, e.getValue(), keyOf)) return true;
      if (other && !same) return true;
    }
    return false;
  }

  /** Articles: a word before one does not qualify the noun after it ("handed Russia a list"). */
  private static final Set<String> ARTICLES = WordList.load("/language/en-articles.txt");

  /** 1 when no article stands between the words of terms k and i (by their word positions). */
  private static int noArticleBetween(List<String> words, int[] positions, int k, int i) {
    for (int p = positions[k] + 1; p < positions[i] && p < words.size(); p++)
      if (ARTICLES.contains(words.get(p))) return 0;
    return 1;
  }

  /** Whether the text names one of {@code keys} anywhere. */
  private static boolean names(
      List<String> seq, Set<String> keys, java.util.function.Function<String, String> keyOf) {
    for (String t : seq) if (keys.contains(keyOf.apply(t))) return true;
    return false;
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
          if (v.type() == want) out.add(v.text().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
      }
      default -> {}
    }
    return out;
  }
}
