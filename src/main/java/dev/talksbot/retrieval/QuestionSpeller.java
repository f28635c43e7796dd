package dev.talksbot.retrieval;

import dev.talksbot.index.IndexSchema;
import dev.talksbot.index.PassageIndex;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Corrects question words the coverage does not contain against the index's plain-word vocabulary
 * ({@link IndexSchema#SPELL}) with Lucene's {@link DirectSpellChecker}, so a question with typos
 * ("Who leads the Ukranian delegaton?") is read as the coverage spells it.
 *
 * <p>A word is left as written when it is shorter than {@link #MIN_WORD_LENGTH}, not made of
 * letters only, a question or stop word, found in the coverage, or a general English word (a real
 * word the coverage lacks means the user asked about something else, which must stay a refusal
 * rather than be "corrected" into a coverage word). Otherwise it becomes the closest coverage word,
 * if one is close enough, in the casing style it was written in. Everything else in the question
 * (punctuation, spacing, numbers) is kept. Thread-safe.
 */
public final class QuestionSpeller {
  /** Words shorter than this are never corrected: short words have too many near neighbours. */
  static final int MIN_WORD_LENGTH = 4;

  /** Most edits (insertion, deletion, substitution, transposition) from a typo to its fix. */
  static final int MAX_EDITS = 2;

  /** Leading characters a typo must share with its fix (first letters are rarely mistyped). */
  static final int PREFIX_LENGTH = 1;

  /**
   * Least similarity of a fix, {@code 1 - edits / length of the shorter word}: two edits need a
   * word of at least 4 letters, one edit at least 2 (Lucene's default accuracy).
   */
  static final float MIN_ACCURACY = 0.5f;

  /** Suggestions asked of the spell checker per word; the best of them is taken. */
  static final int SUGGESTIONS = 5;

  /** Candidate words the spell checker inspects per suggestion asked for. */
  static final int INSPECTIONS_PER_SUGGESTION = 5;

  /** Question words never corrected (one a line; besides Lucene's English stop words). */
  static final String QUESTION_WORDS_RESOURCE = "/language/question-words.txt";

  /** Runs of letters and digits: the question's words; everything between them is kept. */
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{Nd}]+");

  /** Best suggestion first: highest similarity, then most frequent, then alphabetical. */
  private static final Comparator<SuggestWord> BEST =
      Comparator.comparingDouble((SuggestWord w) -> -w.score)
          .thenComparingInt(w -> -w.freq)
          .thenComparing(w -> w.string);

  private final PassageIndex index;
  private final EnglishWords english;
  private final Set<String> neverCorrected;
  private final DirectSpellChecker checker;

  /** A speller over this index's vocabulary (the English word list loads on first use). */
  public QuestionSpeller(PassageIndex index) {
    this.index = Objects.requireNonNull(index, "index must not be null");
    this.english = EnglishWords.shared();
    this.neverCorrected = neverCorrected();
    this.checker = new DirectSpellChecker();
    checker.setMaxEdits(MAX_EDITS);
    checker.setMinPrefix(PREFIX_LENGTH);
    checker.setMinQueryLength(MIN_WORD_LENGTH);
    checker.setAccuracy(MIN_ACCURACY);
    checker.setMaxInspections(INSPECTIONS_PER_SUGGESTION);
    checker.setLowerCaseTerms(false); // words are folded before they are looked up
    checker.setComparator(BEST);
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
      return index.withSearcher(s -> correct(question, s.getIndexReader()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the index vocabulary to spell-check a question", e);
    }
  }

  private Correction correct(String question, IndexReader reader) throws IOException {
    Matcher m = WORD.matcher(question);
    StringBuilder out = new StringBuilder(question.length());
    List<Correction.Fix> fixes = new ArrayList<>();
    int copied = 0;
    while (m.find()) {
      String word = m.group();
      String fix = fix(word, reader);
      if (fix == null) continue;
      out.append(question, copied, m.start()).append(fix);
      copied = m.end();
      fixes.add(new Correction.Fix(word, fix));
    }
    if (fixes.isEmpty()) return Correction.none(question);
    out.append(question, copied, question.length());
    return new Correction(question, out.toString(), fixes);
  }

  /** The coverage word {@code word} is a typo of, or null to keep it. */
  private String fix(String word, IndexReader reader) throws IOException {
    if (word.length() < MIN_WORD_LENGTH || !EnglishWords.isLetters(word)) return null;
    String folded = EnglishWords.fold(word);
    if (neverCorrected.contains(folded)) return null;
    Term term = new Term(IndexSchema.SPELL, folded);
    if (reader.docFreq(term) > 0 || english.contains(folded)) return null;
    SuggestWord[] suggestions =
        checker.suggestSimilar(
            term, SUGGESTIONS, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX, MIN_ACCURACY);
    SuggestWord best = null;
    for (SuggestWord s : suggestions) {
      if (EnglishWords.isLetters(s.string) && (best == null || BEST.compare(s, best) < 0)) best = s;
    }
    if (best == null) return null;
    String fix = inCaseOf(word, best.string);
    return fix.equals(word) ? null : fix;
  }

  /** {@code suggestion} (lower case) written like {@code word}: all capitals, capitalised, lower. */
  static String inCaseOf(String word, String suggestion) {
    if (word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT))) {
      return suggestion.toUpperCase(Locale.ROOT);
    }
    if (Character.isUpperCase(word.codePointAt(0))) {
      return suggestion.substring(0, 1).toUpperCase(Locale.ROOT) + suggestion.substring(1);
    }
    return suggestion;
  }

  private static Set<String> neverCorrected() {
    Set<String> words = new HashSet<>();
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
    return Set.copyOf(words);
  }
}
