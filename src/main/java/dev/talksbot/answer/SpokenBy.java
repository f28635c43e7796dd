package dev.talksbot.answer;

import dev.talksbot.index.TextAnalysis;
import dev.talksbot.nlp.Pos;
import dev.talksbot.nlp.Tagged;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whose words a sentence reports, for a question that asks what a named speaker said. The
 * speaker's: outside quotation marks, the speaker is named before a verb of saying that has no
 * subject of its own after a comma ("Marsh said she was …", "Marsh accepted at once, saying …"; not
 * "Marsh has invited the mayors, port officials said"), or right after an inverted one ("…,” said
 * harbour minister Lena Marsh", "according to Marsh"); or the sentence opens with a subject pronoun
 * ("She said …"), or sets one's verb of saying off by commas ("The piers, she said, …"), and the
 * sentence before it names the speaker. Someone else's: another proper name stands where the
 * speaker would ("On Monday, Reed said …" for what Marsh said); the speaker is named only inside
 * the quotation ("“Nobody trusts the Marsh plan,” Tom Reed said": people seldom name themselves) or
 * only in what is said ("Lutavia said former minister Lena Marsh would lead its team"); or the
 * sentence opens with a subject pronoun, or sets one off, and the sentence before it names others;
 * or, the speaker named nowhere, a verb of saying has people of its own after a comma (", officials
 * in Brenn said"). Otherwise nobody's in particular (a party, "Washington said …", for what its
 * envoy said), which the sentence's other words may still answer.
 */
final class SpokenBy {
  private SpokenBy() {}

  /** Whose words a sentence reports. */
  enum Whose {
    SPEAKER,
    SOMEONE_ELSE,
    UNKNOWN
  }

  /**
   * For a question that asks what someone said, the candidates (by {@link Candidate#key}) that
   * report no speech, when another candidate reports some, and those that report someone else's
   * words, when another candidate reports the named speaker's: the sentences {@link SetBacks} sets
   * back as "no speech". A question that asks for someone's account ("… according to X?") sets back
   * only the second kind.
   */
  static Set<String> unspoken(String question, List<Candidate> cands) {
    boolean said = StatedSpeaker.asksWhatWasSaid(question);
    // "When will they meet, according to Brenn?" asks Brenn's account, in whatever words
    if (!said && !StatedSpeaker.asksAccordingTo(question)) return Set.of();
    // a proposal is also reported as the act it is ("X has invited both sides to …")
    boolean proposal = StatedSpeaker.asksWhatWasProposed(question);
    Set<String> out = new java.util.HashSet<>();
    if (said)
      out.addAll(
          SetBacks.lacking(
              cands,
              c ->
                  StatedSpeaker.reportsSpeech(c.text())
                      || proposal && StatedSpeaker.reportsProposal(c.text())));
    Set<String> speaker = StatedSpeaker.terms(question);
    java.util.Map<String, Whose> whose = new java.util.HashMap<>();
    for (Candidate c : cands)
      whose.put(c.key(), proposal && proposes(c, speaker) ? Whose.SPEAKER : of(c, speaker));
    if (whose.containsValue(Whose.SPEAKER))
      whose.forEach(
          (k, w) -> {
            if (w == Whose.SOMEONE_ELSE) out.add(k);
          });
    return out;
  }

  /**
   * Whether a question that asks what a named speaker said (about a topic) has its answer in the
   * best sentence, whatever the answerability model (fitted on questions that ask for a value): the
   * sentence reports speech, the speaker's own ({@link #of}), and names the topic when the question
   * gives one ({@link StatedTopic}).
   */
  static boolean answeredBy(String question, Set<String> questionTerms, List<Candidate> cands) {
    if (cands.isEmpty() || !StatedSpeaker.asksWhatWasSaid(question)) return false;
    Set<String> speaker = StatedSpeaker.terms(question);
    if (speaker.isEmpty()) return false;
    Candidate best = cands.getFirst();
    Set<String> topic = StatedTopic.terms(question, questionTerms);
    return !topic.isEmpty()
        && StatedTopic.named(best, topic)
        && StatedSpeaker.reportsSpeech(best.text())
        && of(best, speaker) == Whose.SPEAKER;
  }

  /**
   * Whether the candidate reports the speaker proposing as an act: the speaker named in the
   * sentence, a verb of proposing after the name ("X has formally invited both leaders …", though
   * officials report it).
   */
  private static boolean proposes(Candidate c, Set<String> speaker) {
    boolean named = false;
    for (Tagged.Token t : Pos.shared().tag(c.text()).tokens()) {
      if (!named) {
        for (String term : TextAnalysis.terms(t.text()))
          if (StatedSpeaker.isSpeaker(term, speaker)) named = true;
      } else if (t.tag().equals("VERB") && StatedSpeaker.proposing(t)) return true;
    }
    return false;
  }

  /** Most words between a verb of saying and the speaker named after it ("said spokesman X"). */
  static final int AFTER_VERB = 4;

  /** Words before a verb of saying that may name its subject ("Reed said", "Reed, 54, said"). */
  static final int BEFORE_VERB = 2;

  /** Kinds of word of a sentence's opening phrase, which names its subject ("The port board"). */
  private static final Set<String> OPENING_TAGS = Set.of("DET", "ADJ", "PROPN", "NOUN");

  /**
   * Whose words the candidate reports, for the speaker whose analysed name terms are {@code
   * speaker} ({@link StatedSpeaker#terms}); a party's speaker counts by another of its words
   * ("Washington" for "America"), and a party named where the speaker would be ("Washington said")
   * is nobody else's in particular: it may speak for the speaker.
   */
  static Whose of(Candidate c, Set<String> speaker) {
    if (speaker.isEmpty()) return Whose.UNKNOWN;
    List<Tagged.Token> tokens = Pos.shared().tag(c.text()).tokens();
    boolean[] quoted = quoted(tokens);
    boolean quotedOnly = false;
    boolean named = false;
    List<Integer> verbs = new java.util.ArrayList<>();
    int inverted = -1; // a verb whose speaker follows it: "…,” said X", "according to X"
    boolean tagged = false; // "…, he said, …": a pronoun's verb of saying set off by a comma
    for (int i = 0; i < tokens.size(); i++) {
      Tagged.Token t = tokens.get(i);
      boolean isSpeaker = names(t.text(), speaker);
      if (quoted[i]) {
        quotedOnly |= isSpeaker;
        continue;
      }
      if (isSpeaker && inverted >= 0 && i - inverted <= AFTER_VERB)
        return Whose.SPEAKER; // "…,” said harbour minister Lena Marsh"
      named |= isSpeaker;
      if (speechVerb(tokens, i)) {
        if (named && !ownSubject(tokens, i, speaker)) return Whose.SPEAKER;
        verbs.add(i);
        tagged |= pronounTag(tokens, i);
        // inverted after punctuation or at the start ("Lutavia said former minister X would …"
        // names X in what is said)
        if (i == 0 || tokens.get(i - 1).mainTag().equals("PUNCT") || lower(t).equals("to"))
          inverted = i;
      }
    }
    boolean pronoun = !tokens.isEmpty() && Pronouns.isSubject(lower(tokens.getFirst())) || tagged;
    if (pronoun && !verbs.isEmpty() && namedIn(c.previousTerms(), speaker)) return Whose.SPEAKER;
    // named only after its verb of saying, beyond the speaker's place: in what is said about them
    // ("Lutavia said former minister X would lead …")
    if (named) return verbs.isEmpty() ? Whose.UNKNOWN : Whose.SOMEONE_ELSE;
    if (verbs.isEmpty()) return quotedOnly ? Whose.SOMEONE_ELSE : Whose.UNKNOWN;
    if (quotedOnly || (pronoun && !c.previousTerms().isEmpty())) return Whose.SOMEONE_ELSE;
    for (int v : verbs) if (othersSubject(tokens, v, speaker)) return Whose.SOMEONE_ELSE;
    for (int i = 0; i < tokens.size() && OPENING_TAGS.contains(tokens.get(i).mainTag()); i++)
      if (otherName(tokens.get(i))) return Whose.SOMEONE_ELSE;
    for (int v : verbs)
      for (int i = Math.max(0, v - BEFORE_VERB); i < v; i++)
        if (!quoted[i] && otherName(tokens.get(i))) return Whose.SOMEONE_ELSE;
    return Whose.UNKNOWN;
  }

  /** Whether the verb of saying at {@code i} is a pronoun's set off by a comma (", he said"). */
  private static boolean pronounTag(List<Tagged.Token> tokens, int i) {
    return i >= 2
        && Pronouns.isSubject(lower(tokens.get(i - 1)))
        && tokens.get(i - 2).text().equals(",");
  }

  /** Most words of a subject between a comma and its verb of saying (", port officials said"). */
  static final int SUBJECT_WORDS = 3;

  /**
   * Whether the verb of saying at {@code i} has a subject of its own after a comma that is not the
   * speaker ("X has invited Y to a summit, <i>port officials</i> said"): the speaker named before
   * the comma is then in what they said, not the one saying it. An appositive closed by a comma
   * ("X, the presidential aide, said") leaves the verb no such subject.
   */
  private static boolean ownSubject(List<Tagged.Token> tokens, int i, Set<String> speaker) {
    return subjectAfterComma(tokens, i, speaker, t -> t.isNoun() || t.isProperNoun());
  }

  /**
   * Whether the verb of saying at {@code i} has a subject of its own after a comma that names
   * people other than the speaker: a common noun or another's proper name (", officials in the
   * capital said"; not ", the Kremlin said", a party that may speak for the speaker).
   */
  private static boolean othersSubject(List<Tagged.Token> tokens, int i, Set<String> speaker) {
    return subjectAfterComma(tokens, i, speaker, t -> t.isNoun() || otherName(t));
  }

  private static boolean subjectAfterComma(
      List<Tagged.Token> tokens,
      int i,
      Set<String> speaker,
      java.util.function.Predicate<Tagged.Token> subject) {
    boolean found = false;
    for (int j = i - 1; j >= 0 && i - j <= SUBJECT_WORDS + 1; j--) {
      Tagged.Token t = tokens.get(j);
      if (t.text().equals(",")) return found;
      if (names(t.text(), speaker)) return false;
      found |= subject.test(t);
    }
    return false;
  }

  /** A verb of saying at {@code i}, or the "to" of "according to". */
  private static boolean speechVerb(List<Tagged.Token> tokens, int i) {
    Tagged.Token t = tokens.get(i);
    if (t.mainTag().equals("VERB") && StatedSpeaker.ofSaying(t)) return true;
    return i > 0 && lower(t).equals("to") && lower(tokens.get(i - 1)).equals("according");
  }

  /** A proper name that is no party's word: a person or body that is not the speaker. */
  private static boolean otherName(Tagged.Token t) {
    if (!t.isProperNoun()) return false;
    for (String term : TextAnalysis.terms(t.text()))
      if (QuestionShape.partyOf(term) != null) return false;
    return true;
  }

  /** Which tokens stand inside quotation marks (the marks themselves included). */
  private static boolean[] quoted(List<Tagged.Token> tokens) {
    boolean[] out = new boolean[tokens.size()];
    boolean in = false;
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.get(i).text();
      boolean mark =
          w.equals("“") || w.equals("«") || w.equals("”") || w.equals("»") || w.equals("\"");
      if (w.equals("“") || w.equals("«")) in = true;
      else if (w.equals("”") || w.equals("»")) in = false;
      else if (w.equals("\"")) in = !in;
      out[i] = in || mark;
    }
    return out;
  }

  private static String lower(Tagged.Token t) {
    return t.text().toLowerCase(Locale.ROOT);
  }

  /** Whether a word names the speaker, or the party a speaker word stands for. */
  private static boolean names(String word, Set<String> speaker) {
    return namedIn(Set.copyOf(TextAnalysis.terms(word)), speaker);
  }

  /** Whether some of the terms name the speaker, or the party a speaker word stands for. */
  private static boolean namedIn(Set<String> terms, Set<String> speaker) {
    for (String term : terms) if (StatedSpeaker.isSpeaker(term, speaker)) return true;
    return false;
  }
}
