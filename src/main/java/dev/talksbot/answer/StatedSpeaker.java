package dev.talksbot.answer;

import dev.talksbot.index.TextAnalysis;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The named speaker of a question that asks what someone said: "What did <b>China</b> say about
 * …?", "What does the <b>Vatican</b> think …?", "… according to <b>Jane Roe</b>?" (verbs of saying
 * in {@code answer/speech-verbs.txt}). Its capitalised words are the speaker's name; a sentence
 * that names none of them, nor does the sentence it leans on, does not say what that speaker said.
 * A speaker named only in common words ("the minister", "he") names nothing to look for.
 */
final class StatedSpeaker {
  private static final Pattern ASKS;
  private static final Pattern ACCORDING =
      Pattern.compile("(?i)\\baccording to\\s+([^?,;]+)", Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern CAPITALISED =
      Pattern.compile("\\p{Lu}[\\p{L}'’.-]*", Pattern.UNICODE_CHARACTER_CLASS);

  static {
    List<String> verbs = WordList.lines("/answer/speech-verbs.txt");
    ASKS =
        Pattern.compile(
            "(?i)\\b(?:did|does|do|has|have|had|will|would|could|can)\\s+(.+?)\\s+(?:"
                + String.join("|", verbs)
                + ")\\b",
            Pattern.UNICODE_CHARACTER_CLASS);
  }

  private StatedSpeaker() {}

  /**
   * The analysed terms of the speaker's capitalised words; empty when none is named. A question
   * typed without any capital ("what did china say …?", not even its first letter) has no capitals
   * to go by: there every content word of the speaker counts, and a speaker in common words ("the
   * minister") is looked for as it is written.
   */
  static Set<String> terms(String question) {
    String speaker = phrase(question);
    if (speaker == null) return Set.of();
    Set<String> out = new LinkedHashSet<>();
    if (!typedWithoutCapitals(question)) {
      Matcher c = CAPITALISED.matcher(speaker);
      while (c.find()) out.addAll(TextAnalysis.terms(c.group()));
    } else {
      out.addAll(SentenceFeatures.questionTerms(speaker));
    }
    return Set.copyOf(out);
  }

  /** No capital anywhere, not even the first letter: the writer does not use capitals. */
  private static boolean typedWithoutCapitals(String question) {
    return question.codePoints().noneMatch(Character::isUpperCase);
  }

  /** The speaker as the question words it ("the Pope", "China's foreign ministry"), or null. */
  static String phrase(String question) {
    Matcher m = ASKS.matcher(question);
    if (m.find()) return m.group(1).strip();
    Matcher a = ACCORDING.matcher(question);
    return a.find() ? a.group(1).strip() : null;
  }

  /** "according to X" with the comma or space before and after it. */
  private static final Pattern ACCORDING_CLAUSE =
      Pattern.compile(
          "(?i),?\\s*\\baccording to\\s+[^?,;]+,?\\s*", Pattern.UNICODE_CHARACTER_CLASS);

  /**
   * The question without its speaker and verb of saying ("What did X report about the talks?" →
   * "What about the talks?", "According to X, who leads …?" → "who leads …?"), or null when it
   * names no speaker.
   */
  static String unattributed(String question) {
    Matcher m = ASKS.matcher(question);
    String rest;
    if (m.find()) rest = question.substring(0, m.start()) + question.substring(m.end());
    else {
      Matcher a = ACCORDING_CLAUSE.matcher(question);
      if (!a.find()) return null;
      rest =
          question.substring(0, a.start())
              + (a.start() == 0 ? "" : " ")
              + question.substring(a.end());
    }
    return rest.replaceAll("\\s+", " ").replaceAll("\\s+([?.!])", "$1").strip();
  }

  /** Whether the question asks for someone's account: "… according to Jane Roe?". */
  static boolean asksAccordingTo(String question) {
    return ACCORDING.matcher(question).find();
  }

  /** The verbs of saying ({@code answer/speech-verbs.txt}), lower case. */
  private static final Set<String> SPEECH_VERBS = WordList.load("/answer/speech-verbs.txt");

  /** Quotation marks and the phrase that attributes words to a speaker. */
  private static final Pattern QUOTED =
      Pattern.compile("[\"“”«»]|(?i)\\baccording to\\b", Pattern.UNICODE_CHARACTER_CLASS);

  /**
   * Whether the question asks what a speaker said: it opens with "what" or "how" and its verb of
   * saying is written in lower case and tagged a verb ("What did X say?", "How did X describe it?";
   * not "… the Islamic State …", nor "… in their phone call"), or stands right after a subject of
   * capitalised words, which the tagger does not always see (OpenNLP tags "describe" in "How did
   * the Kremlin describe Vosk's summit idea?" a noun, and "summit" a verb).
   */
  static boolean asksWhatWasSaid(String question) {
    if (!WHAT_OR_HOW.matcher(question).lookingAt()) return false;
    Matcher m = ASKS.matcher(question);
    if (!m.find()) return false;
    int start = question.lastIndexOf(' ', m.end() - 1) + 1;
    String verb = question.substring(start, m.end());
    if (!verb.equals(verb.toLowerCase(java.util.Locale.ROOT))) return false;
    if (NAMED.matcher(m.group(1).strip()).matches()) return true;
    for (dev.talksbot.nlp.Tagged.Token t : dev.talksbot.nlp.Pos.shared().tag(question).tokens())
      if (t.start() == start) return t.tag().equals("VERB");
    return false;
  }

  /** A subject of capitalised words, after "the" at most ("the Kremlin", "Lena Marsh's office"). */
  private static final Pattern NAMED =
      Pattern.compile(
          "(?:(?i:the)\\s+)?\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*)*",
          Pattern.UNICODE_CHARACTER_CLASS);

  /** The question's opening: "what" or "how", after "and" in a follow-up. */
  private static final Pattern WHAT_OR_HOW = Pattern.compile("\\s*(?:and\\s+)?(?i:what|how)\\b");

  /**
   * Whether a sentence reports speech: a verb of saying in any form ("said", "told", "warned"), a
   * quotation or "according to".
   */
  static boolean reportsSpeech(String sentence) {
    return QUOTED.matcher(sentence).find()
        || dev.talksbot.nlp.Pos.shared().tag(sentence).hasVerb(SPEECH_VERBS);
  }

  /** Verbs of proposing, as lemmas ({@code answer/proposal-verbs.txt}). */
  private static final Set<String> PROPOSAL_VERBS = WordList.load("/answer/proposal-verbs.txt");

  /**
   * Whether the question asks what a speaker proposed ("What did X propose?"): its verb of saying
   * is a verb of proposing ({@code answer/proposal-verbs.txt}).
   */
  static boolean asksWhatWasProposed(String question) {
    Matcher m = ASKS.matcher(question);
    if (!m.find()) return false;
    String verb = question.substring(question.lastIndexOf(' ', m.end() - 1) + 1, m.end());
    return PROPOSAL_VERBS.contains(verb.toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * Whether a sentence reports a proposal as an act: a verb of proposing in any form ("invited",
   * "has offered").
   */
  static boolean reportsProposal(String sentence) {
    return dev.talksbot.nlp.Pos.shared().tag(sentence).hasVerb(PROPOSAL_VERBS);
  }

  /** Whether a word's lemma is a verb of proposing ({@code answer/proposal-verbs.txt}). */
  static boolean proposing(dev.talksbot.nlp.Tagged.Token t) {
    return PROPOSAL_VERBS.contains(t.lemma().toLowerCase(java.util.Locale.ROOT));
  }

  /** Whether a word's lemma is a verb of saying ({@code answer/speech-verbs.txt}). */
  static boolean ofSaying(dev.talksbot.nlp.Tagged.Token t) {
    return SPEECH_VERBS.contains(t.lemma().toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * Whether the candidate, or the sentence before it, names a word of the speaker, or the party a
   * speaker word stands for by another of its words ({@code answer/parties.tsv}: "Kiev" for a
   * report that says "Kyiv" or "Ukraine", "Moscow" for "the Kremlin").
   */
  static boolean named(Candidate c, Set<String> speaker) {
    return c.namesAny(term -> isSpeaker(term, speaker));
  }

  /** Whether an analysed term is a word of the speaker, or stands for a speaker word's party. */
  static boolean isSpeaker(String term, Set<String> speaker) {
    if (speaker.contains(term)) return true;
    String party = QuestionShape.partyOf(term);
    if (party == null) return false;
    for (String s : speaker) if (party.equals(QuestionShape.partyOf(s))) return true;
    return false;
  }
}
