package dev.talksbot.retrieval;

import dev.talksbot.index.IndexSchema;
import dev.talksbot.index.SearchIndex;
import dev.talksbot.index.TextAnalysis;
import dev.talksbot.index.Vocabulary;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.LuceneLevenshteinDistance;
import org.apache.lucene.search.spell.StringDistance;

/**
 * Corrects question words the coverage does not contain against the index's plain-word vocabulary
 * ({@link IndexSchema#SPELL}) with Lucene's {@link DirectSpellChecker}, so a question with typos
 * ("Who leads the Ukranian delegaton?") is read as the coverage spells it.
 *
 * <p>A word is left as written when it is shorter than {@link #MIN_WORD_LENGTH}, not made of
 * letters only, a question or stop word, found in the coverage, or a general English word (a real
 * word the coverage lacks means the user asked about something else, which must stay a refusal
 * rather than be "corrected" into a coverage word). Otherwise it becomes the closest coverage word,
 * if one is close enough and no English word is closer, in the casing style it was written in; a
 * mistyped question or stop word becomes that word. Everything else in the question (punctuation,
 * spacing, numbers) is kept. Thread-safe.
 */
public final class QuestionSpeller {
  /**
   * Whether a word is a general English word (the embedding model's whole-word vocabulary, or an
   * inflection of one): a lower-case word that is not, such as a rare surname, is likely a name.
   */
  public static boolean isEnglishWord(String word) {
    return EnglishWords.shared().contains(TextAnalysis.fold(word));
  }

  /** Words shorter than this are never corrected: short words have too many near neighbours. */
  static final int MIN_WORD_LENGTH = 4;

  /** Most edits (insertion, deletion, substitution, transposition) from a typo to its fix. */
  static final int MAX_EDITS = 2;

  /** Leading characters a typo must share with its fix (first letters are rarely mistyped). */
  static final int PREFIX_LENGTH = 1;

  /**
   * Least similarity of a fix, {@code 1 - edits / length of the shorter word}: one edit for words
   * of 4 to 6 letters, two from 7 ("Merz" must not become "more"; Lucene's default, 0.5, allows
   * it).
   */
  static final float MIN_ACCURACY = 0.7f;

  /** Suggestions asked of the spell checker per word; the best of them is taken. */
  static final int SUGGESTIONS = 5;

  /** Candidate words the spell checker inspects per suggestion asked for. */
  static final int INSPECTIONS_PER_SUGGESTION = 5;

  /** Question words never corrected (one a line; besides Lucene's English stop words). */
  static final String QUESTION_WORDS_RESOURCE = "/language/question-words.txt";

  /**
   * The words a request for the news is read by ("recap", "pls"): never corrected either (into a
   * coverage word, "recap" into the name "Recep", the request would not be read as one), but no
   * word is corrected into them.
   */
  private static final java.util.Set<String> ROUTING_WORDS = routingWords();

  private static java.util.Set<String> routingWords() {
    java.util.Set<String> out = new java.util.HashSet<>();
    for (String list : List.of("/answer/latest-news-cues.txt", "/answer/latest-news-filler.txt"))
      for (String line : dev.talksbot.nlp.ResourceLines.of(list))
        for (String w : line.split("\\s+")) if (!w.isEmpty()) out.add(w.toLowerCase(Locale.ROOT));
    return java.util.Set.copyOf(out);
  }

  /** Runs of letters and digits: the question's words; everything between them is kept. */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}]+");

  /**
   * A number of four digits or more, grouped by commas or not (group 1), or else a word: what the
   * question is read token by token in.
   */
  private static final Pattern TOKEN =
      Pattern.compile(
          "(?<![\\p{L}\\p{M}\\p{Nd},.])(\\d{1,3}(?:,\\d{3})+|\\d{4,})(?![\\p{L}\\p{M}\\p{Nd}]|[,.]\\d)|"
              + WORD.pattern());

  /** A possessive ending: an apostrophe, then "s" that ends the word. */
  private static final Pattern POSSESSIVE_S = Pattern.compile("['’]s(?![\\p{L}\\p{Nd}])");

  /** Loads the English word list now (e.g. on a background thread while a command starts up). */
  public static void preload() {
    EnglishWords.shared();
  }

  private final Vocabulary vocabulary;
  private final EnglishWords english;
  private final SortedSet<String> neverCorrected;

  /** The spell checker's options by most edits allowed (index 1 and 2): fewer edits are cheaper. */
  private final Vocabulary.SuggestOptions[] options = new Vocabulary.SuggestOptions[MAX_EDITS + 1];

  /** One-edit checker over the in-memory English word list (never the index). */
  private final DirectSpellChecker englishChecker = new DirectSpellChecker();

  /** Scores like the checker's own (edits scaled by the shorter word), for question words. */
  private final StringDistance distance = new LuceneLevenshteinDistance();

  /** A speller over this index's vocabulary; the first one in a JVM loads the English word list. */
  public QuestionSpeller(SearchIndex index) {
    this.vocabulary = Objects.requireNonNull(index, "index must not be null").vocabulary();
    this.english = EnglishWords.shared();
    this.neverCorrected = neverCorrected();
    for (int edits = 1; edits <= MAX_EDITS; edits++)
      options[edits] =
          new Vocabulary.SuggestOptions(
              edits,
              PREFIX_LENGTH,
              MIN_WORD_LENGTH,
              MIN_ACCURACY,
              INSPECTIONS_PER_SUGGESTION,
              SUGGESTIONS);
    englishChecker.setMaxEdits(1);
    englishChecker.setMinPrefix(PREFIX_LENGTH);
    englishChecker.setMinQueryLength(MIN_WORD_LENGTH);
    englishChecker.setAccuracy(MIN_ACCURACY);
    englishChecker.setMaxInspections(INSPECTIONS_PER_SUGGESTION);
    englishChecker.setLowerCaseTerms(false);
  }

  /**
   * The question with its typos corrected against the coverage.
   *
   * @throws IllegalArgumentException if the question is null
   * @throws UncheckedIOException if the index cannot be read
   */
  public Correction correct(String question) {
    if (question == null) throw new IllegalArgumentException("question must not be null");
    try {
      return vocabulary.read(view -> correct(question, view));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot read the index vocabulary to spell-check a question", e);
    }
  }

  private Correction correct(String question, Vocabulary.View reader) throws IOException {
    Matcher m = TOKEN.matcher(question);
    StringBuilder out = new StringBuilder(question.length());
    List<Correction.Fix> fixes = new ArrayList<>();
    int copied = 0;
    while (m.find()) {
      String word = m.group();
      String fix =
          m.group(1) != null
              ? CoverageForms.regroup(word, reader)
              : CoverageForms.alias(word, reader, english);
      if (fix == null && m.group(1) == null) fix = CoverageForms.ordinal(word, reader);
      if (fix == null && m.group(1) == null) fix = fix(word, reader);
      if (fix == null) continue;
      out.append(question, copied, m.start()).append(fix);
      copied = m.end();
      // a name read as one that ends in "s" takes the possessive as such a name does: "Emirates'"
      if (fix.endsWith("s")
          && !word.endsWith("s")
          && POSSESSIVE_S.matcher(question).region(copied, question.length()).lookingAt()) {
        out.append(question.charAt(copied));
        copied += 2;
      }
      fixes.add(new Correction.Fix(word, fix));
    }
    if (fixes.isEmpty()) return Correction.none(question);
    out.append(question, copied, question.length());
    return new Correction(question, out.toString(), fixes);
  }

  /**
   * The question with each name typed in lower case capitalised: a word of lower-case letters that
   * is no English word and that the coverage has ("what did brennick say" → "what did Brennick
   * say"), so that it is read as the name it is, as when typed with its capital.
   *
   * @throws UncheckedIOException if the index cannot be read
   */
  public String capitaliseNames(String question) {
    try {
      return vocabulary.read(
          view -> CoverageForms.capitaliseNames(question, view, english, neverCorrected));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the index vocabulary to read a question", e);
    }
  }

  /** The coverage word {@code word} is a typo of, or null to keep it. */
  private String fix(String word, Vocabulary.View reader) throws IOException {
    if (word.length() < MIN_WORD_LENGTH || !EnglishWords.isLetters(word)) return null;
    String folded = TextAnalysis.fold(word);
    if (neverCorrected.contains(folded) || ROUTING_WORDS.contains(folded)) return null;
    // the English list first: it is in memory, the vocabulary may be a remote cluster
    // another spelling of a transliterated name the coverage has ("Brodskiy" for "Brodskyy")
    // reads as it already: no correction to announce
    if (english.contains(folded) || CoverageForms.hasSpelling(reader, folded)) return null;
    // one edit first: for words of 4 letters or more a one-edit word always scores at least as
    // high as a two-edit one; two edits only where MIN_ACCURACY lets them through (long words)
    Vocabulary.Suggestion best = suggest(folded, 1, reader);
    int edits = maxEdits(folded.length());
    if (best == null && edits > 1) best = suggest(folded, edits, reader);
    // a general English word closer than the coverage word is what was meant ("repoted" is
    // "reported", which the coverage lacks, not the coverage's "related"): keep the question
    if (best != null && english.closest(folded, englishChecker) > best.score()) best = null;
    // a mistyped question or stop word ("Waht") is read as that word, even where a coverage word
    // is as close ("want"): question words are often rare in news text
    String functionWord = null;
    float functionScore = 0;
    for (String w : neverCorrected) { // sorted: the first of equally close words wins
      if (!w.regionMatches(0, folded, 0, PREFIX_LENGTH)) continue;
      float s = distance.getDistance(folded, w);
      if (s >= MIN_ACCURACY && s > functionScore) {
        functionWord = w;
        functionScore = s;
      }
    }
    String target =
        functionWord != null && (best == null || functionScore >= best.score())
            ? functionWord
            : best == null ? null : best.word();
    if (target == null) return null;
    String fix = inCaseOf(word, target);
    return fix.equals(word) ? null : fix;
  }

  /** The best coverage word at most {@code edits} edits from {@code word}, or null. */
  private Vocabulary.Suggestion suggest(String word, int edits, Vocabulary.View reader)
      throws IOException {
    Vocabulary.Suggestion best = null;
    for (Vocabulary.Suggestion s : reader.suggest(word, options[edits])) {
      if (EnglishWords.isLetters(s.word()) && (best == null || BEST.compare(s, best) < 0)) best = s;
    }
    return best;
  }

  /** Best suggestion first: highest similarity, then most frequent, then alphabetical. */
  private static final Comparator<Vocabulary.Suggestion> BEST =
      Comparator.comparingDouble((Vocabulary.Suggestion w) -> -w.score())
          .thenComparingInt(w -> -w.freq())
          .thenComparing(Vocabulary.Suggestion::word);

  /** Most edits a word of this length may have and still reach {@link #MIN_ACCURACY}. */
  static int maxEdits(int length) {
    return Math.min(MAX_EDITS, (int) Math.floor((1 - MIN_ACCURACY) * length + 1e-6));
  }

  /**
   * {@code suggestion} (lower case) written like {@code word}: all capitals, capitalised, lower.
   */
  static String inCaseOf(String word, String suggestion) {
    if (word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT))) {
      return suggestion.toUpperCase(Locale.ROOT);
    }
    if (Character.isUpperCase(word.codePointAt(0))) {
      return suggestion.substring(0, 1).toUpperCase(Locale.ROOT) + suggestion.substring(1);
    }
    return suggestion;
  }

  private static SortedSet<String> neverCorrected() {
    SortedSet<String> words = new TreeSet<>();
    for (Object w : EnglishAnalyzer.ENGLISH_STOP_WORDS_SET) {
      words.add(w instanceof char[] c ? new String(c) : w.toString());
    }
    try (InputStream in = QuestionSpeller.class.getResourceAsStream(QUESTION_WORDS_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(QUESTION_WORDS_RESOURCE + " is not on the classpath");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        String w = line.strip();
        if (!w.isEmpty() && !w.startsWith("#")) words.add(w.toLowerCase(Locale.ROOT));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + QUESTION_WORDS_RESOURCE, e);
    }
    return java.util.Collections.unmodifiableSortedSet(words);
  }
}
