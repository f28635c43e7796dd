package dev.talksbot.answer.llm;

import dev.talksbot.answer.Language;
import dev.talksbot.answer.WordList;
import dev.talksbot.index.TextAnalysis;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Follow-up rewriting without a model, for the extractive answerer. Against the previous turn's
 * standalone question (and answer):
 *
 * <ol>
 *   <li><b>More</b>: a request for more on the previous question ("tell me more", "what else?")
 *       becomes a request for an overview of it ("Tell me more about who leads the delegation"),
 *       which the question pipeline answers with the summary of the coverage on it; a follow-up
 *       after that is read against the question it was about ({@link MoreRequest}).
 *   <li><b>Counterparts</b>: an elliptical follow-up ("and the Ukrainian one?", "what about Kyiv?")
 *       that names a counterpart of a word in the previous question (Russian/Ukrainian,
 *       Moscow/Kyiv, first/second...) repeats the previous question with that word swapped.
 *   <li><b>A question word alone</b> ("where?", "and how many?") replaces the previous question's
 *       first question word.
 *   <li><b>Other elliptical follow-ups</b> ("and in June?") are appended to the previous question.
 *   <li><b>Personal pronouns</b> (he, she, him, her, his) become the first person named in the
 *       previous answer, else in the previous question.
 *   <li><b>Other references</b> (it, that, they, there...) get the previous question's content
 *       words appended in parentheses, which retrieval reads as extra terms; so does a question
 *       that names no thing of its own ("how many were freed?" after "Who mediated the first
 *       prisoner swap?"). After such a follow-up, the next one gets the same words: it refers to
 *       what that one did.
 * </ol>
 *
 * A question without these signals is left as it is. It does not translate. The words it reads are
 * in {@code language/en-followups.txt} and {@code language/en-counterparts.txt}.
 */
public final class RuleBasedRewriter implements QuestionRewriter {
  /** The rewriter's English word lists, read once for it and its parts ({@link MoreRequest}). */
  static final WordLists WORDS = WordLists.load("en-followups.txt");

  /** The opener of an elliptical follow-up, the longest that fits ("and what about", not "and"). */
  private static final Pattern ELLIPTICAL =
      Pattern.compile(
          "(?i)^\\s*("
              + WordList.alternatives(
                  WORDS.list("elliptical openers").stream()
                      .sorted(java.util.Comparator.comparingInt(String::length).reversed())
                      .toList())
              + ")\\b[\\s,]*");

  private static final Pattern PERSONAL = words(WORDS.list("personal pronouns"));

  /** The context a rewritten follow-up carries at its end: "who heads them (working groups)?". */
  private static final Pattern CARRIED_CONTEXT = Pattern.compile("\\(([^()]+)\\)\\s*\\?\\s*$");

  private static final Set<String> POSSESSIVE = WORDS.set("possessive pronouns");
  private static final Pattern REFERENCE = words(WORDS.list("references"));

  /** The question words a follow-up can consist of alone ("where?"), whole words. */
  private static final Pattern ASKED_KIND = words(WORDS.list("asked kinds"));

  /** Groups of words of one kind (nationalities, capitals, months...), any one for another. */
  private static final List<Set<String>> COUNTERPARTS =
      WordLists.load("en-counterparts.txt").entries().values().stream()
          .map(g -> Set.copyOf(g.stream().map(w -> w.toLowerCase(Locale.ROOT)).toList()))
          .toList();

  private static final Pattern NAME =
      Pattern.compile("\\b(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)+)");
  private static final Set<String> TITLE_WORDS = WORDS.set("titles");
  private static final Set<String> NOT_PERSON = WORDS.set("not person");
  private static final Set<String> QUESTION_WORDS =
      new HashSet<>(TextAnalysis.terms(String.join(" ", WORDS.list("question words"))));

  /** Any of the words, whole, case-insensitive; group 1 is the word found. */
  private static Pattern words(List<String> words) {
    return Pattern.compile("(?i)\\b(" + WordList.alternatives(words) + ")\\b");
  }

  @Override
  public String rewrite(String question, List<ConversationMemory.Turn> history, Language language) {
    // without a model, a Russian or Ukrainian question becomes an English keyword query
    if (language != Language.EN) question = OfflineTranslator.toEnglish(question);
    if (history.isEmpty()) return question;
    ConversationMemory.Turn prev = history.getLast();
    String before = MoreRequest.askedBefore(prev.standalone());
    if (MoreRequest.matches(question)) return MoreRequest.about(before);
    Matcher ell = ELLIPTICAL.matcher(question);
    boolean elliptical = ell.find();
    String rest = elliptical ? question.substring(ell.end()).strip() : question;
    String kind = askedKind(before, stripEnd(rest).strip());
    if (kind != null) return kind;
    if (elliptical || question.split("\\s+").length <= 4) {
      String swapped = swap(before, rest);
      if (swapped != null) return swapped;
    }
    // "and who leads ukraine?": a question of its own, asked with the previous one's context
    if (elliptical && OwnQuestion.is(rest, ASKED_KIND)) return OwnQuestion.of(rest, before);
    if (elliptical) {
      String tail = rest.replaceAll("[?!.\\s]+$", "");
      if (tail.isEmpty()) return before;
      // "what about the summit?": the same question of another thing (not "and in June?")
      if (TopicShift.asks(ell.group(1), tail, before)) return TopicShift.of(before, tail);
      return stripEnd(before) + " " + tail + "?";
    }
    String out = OneAnaphor.resolve(question, before); // "the last one": the last round
    boolean changed = !out.equals(question);
    if (PERSONAL.matcher(out).find()) {
      String person = person(prev.answer());
      if (person == null) person = person(before);
      if (person != null) {
        final String who = person;
        out =
            PERSONAL
                .matcher(out)
                .replaceAll(
                    m -> {
                      String p = m.group(1).toLowerCase(Locale.ROOT);
                      return Matcher.quoteReplacement(POSSESSIVE.contains(p) ? who + "’s" : who);
                    });
        changed = true;
      }
    }
    if (REFERENCE.matcher(out).find()
        || !changed && PERSONAL.matcher(out).find()
        || !changed && !namesAThing(out)) {
      String context = contextWords(before, out);
      if (!context.isEmpty()) out = stripEnd(out) + " (" + context + ")?";
    }
    return out;
  }

  /**
   * A follow-up that is a question word alone ("where?", "and how many?") asks the previous
   * question again with that word in place of its first question word; null for any other.
   */
  static String askedKind(String before, String followUp) {
    if (!ASKED_KIND.matcher(followUp).matches()) return null;
    Matcher m = ASKED_KIND.matcher(before);
    if (!m.find()) return null;
    String word = followUp.toLowerCase(Locale.ROOT);
    if (Character.isUpperCase(m.group().charAt(0)))
      word = Character.toUpperCase(word.charAt(0)) + word.substring(1);
    return before.substring(0, m.start()) + word + before.substring(m.end());
  }

  /** The previous question with the counterpart named in the follow-up swapped in; null if none. */
  static String swap(String before, String followUp) {
    String result = before;
    boolean any = false;
    for (String typed : followUp.split("[\\s,?!.]+")) {
      // "and france's?": the counterpart is the word; the previous question keeps its own form
      String word = typed.replaceAll("(’s|'s)$", "");
      String w = word.toLowerCase(Locale.ROOT);
      for (Set<String> group : COUNTERPARTS) {
        if (!group.contains(w)) continue;
        Matcher best = null; // the earliest counterpart in the previous question
        for (String other : group) {
          if (other.equals(w)) continue;
          Matcher m =
              Pattern.compile("(?i)(?<![\\p{L}.])" + Pattern.quote(other) + "(?![\\p{L}])")
                  .matcher(result);
          if (m.find() && (best == null || m.start() < best.start())) best = m;
        }
        if (best != null) {
          String repl =
              Character.isUpperCase(best.group().charAt(0)) && !word.isEmpty()
                  ? Character.toUpperCase(word.charAt(0)) + word.substring(1)
                  : word;
          result = result.substring(0, best.start()) + repl + result.substring(best.end());
          any = true;
        }
      }
    }
    return any ? result : null;
  }

  /** The first person-like name (two or more capitalised words, titles removed) in a text. */
  static String person(String text) {
    if (text == null) return null;
    Matcher m = NAME.matcher(text);
    while (m.find()) {
      List<String> words = new ArrayList<>(List.of(m.group(1).split("\\s+")));
      while (!words.isEmpty() && TITLE_WORDS.contains(words.getFirst().toLowerCase(Locale.ROOT))) {
        words.removeFirst();
      }
      if (words.size() < 2) continue;
      if (words.stream().anyMatch(w -> NOT_PERSON.contains(w.toLowerCase(Locale.ROOT)))) continue;
      String last = words.getLast().replaceAll("(’s|'s)$", "");
      words.set(words.size() - 1, last);
      return String.join(" ", words);
    }
    return null;
  }

  /**
   * Parts of speech a reference ("they", "it", "there") can stand for: what a noun phrase holds.
   */
  private static final Set<String> REFERENT_TAGS = Set.of("NOUN", "PROPN", "ADJ", "NUM");

  /**
   * Words of the previous question that carry content and are not already in the follow-up: those
   * of its noun phrases (by the part-of-speech tagger), what "they" or "it" can refer to, not its
   * verbs ("When did they last meet?" after "Who leads the Ukrainian delegation?" asks about the
   * delegation, not about leading).
   */
  static String contextWords(String before, String followUp) {
    Set<String> have = new HashSet<>(TextAnalysis.terms(followUp));
    // a follow-up of a follow-up refers to what that one did: the context it carries
    Matcher carried = CARRIED_CONTEXT.matcher(before);
    if (carried.find()) {
      Set<String> out = new LinkedHashSet<>();
      for (String w : carried.group(1).split("\\s+"))
        if (!w.isEmpty() && !have.containsAll(TextAnalysis.terms(w))) out.add(w);
      return String.join(" ", out);
    }
    Set<String> nominal = new HashSet<>();
    List<dev.talksbot.nlp.Tagged.Token> tokens = dev.talksbot.nlp.Pos.shared().tag(before).tokens();
    for (int i = 0; i < tokens.size(); i++) {
      dev.talksbot.nlp.Tagged.Token t = tokens.get(i);
      if (REFERENT_TAGS.contains(t.tag()) || TopicShift.modifier(tokens, i))
        nominal.add(t.text().toLowerCase(Locale.ROOT));
    }
    Set<String> out = new LinkedHashSet<>();
    for (String raw : before.split("\\s+")) {
      String w = raw.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
      if (w.isEmpty()) continue;
      String bare = w.toLowerCase(Locale.ROOT).replaceAll("(’s|'s)$", "");
      if (!nominal.contains(w.toLowerCase(Locale.ROOT)) && !nominal.contains(bare)) continue;
      List<String> t = TextAnalysis.terms(w);
      if (t.isEmpty() || QUESTION_WORDS.containsAll(t) || have.containsAll(t)) continue;
      out.add(w);
    }
    return String.join(" ", out);
  }

  /**
   * Whether the question names a thing of its own: a noun, name, adjective or number that is not a
   * question word ("many" in "how many were freed?" is not), nor an adjective said of the subject
   * after a verb such as "be" ("freed" in "were freed"); or a name typed in lower case ({@link
   * LowerCaseName}), also one the tagger reads as a verb or an adverb where the question's subject
   * stands ({@link SubjectSlot}).
   */
  static boolean namesAThing(String question) {
    List<dev.talksbot.nlp.Tagged.Token> tokens =
        dev.talksbot.nlp.Pos.shared().tag(question).tokens();
    if (SubjectSlot.named(question, tokens)) return true;
    for (int i = 0; i < tokens.size(); i++) {
      dev.talksbot.nlp.Tagged.Token t = tokens.get(i);
      if (LowerCaseName.is(t)) return true;
      if (!REFERENT_TAGS.contains(t.tag())) continue;
      if (t.tag().equals("ADJ") && i > 0 && tokens.get(i - 1).tag().equals("AUX")) continue;
      List<String> terms = TextAnalysis.terms(t.text());
      if (!terms.isEmpty() && !QUESTION_WORDS.containsAll(terms)) return true;
    }
    return false;
  }

  static String stripEnd(String s) {
    return s.replaceAll("[?!.\\s]+$", "");
  }
}
