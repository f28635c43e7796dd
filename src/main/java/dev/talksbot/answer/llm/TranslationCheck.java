package dev.talksbot.answer.llm;

import dev.talksbot.index.TextAnalysis;
import dev.talksbot.ingest.SentenceSplitter;
import dev.talksbot.ingest.Span;
import dev.talksbot.retrieval.ScoredPassage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The check a model's translation line ({@code >> ...}, Russian or Ukrainian) must pass before it
 * is shown in place of the checked English sentences it translates. The translation may say no more
 * than they do and nothing the passages they cite do not say:
 *
 * <ol>
 *   <li><b>Sentences and length</b>: no more sentences than the checked English line, and at most
 *       {@value #MAX_LENGTH_RATIO} times its length (plus {@value #LENGTH_SLACK} characters).
 *   <li><b>Links</b>: no URL or domain name the cited passages lack ({@link Links}).
 *   <li><b>Numbers</b>: every number (Russian digit grouping "1 000" and decimal comma "1,5" read
 *       as such) occurs in the cited passages.
 *   <li><b>Names</b>: every capitalised word other than a sentence's first is found in the cited
 *       passages ({@link NameMatch}).
 *   <li><b>Claims</b>: of the content words the offline keyword table knows (translated to English)
 *       and the Latin words, at least {@code minSupport} occur in the cited passages or in the
 *       checked English sentences.
 * </ol>
 *
 * Like {@link SupportCheck} the check is lexical: a word the keyword table does not know cannot be
 * judged, so the bounds on sentences and length keep such words to a faithful rendering's share.
 */
final class TranslationCheck {
  /**
   * Russian and Ukrainian run about 1.1–1.3 times the length of the same English sentence; twice
   * the length leaves room for a verbose rendering but not for an added claim of any size.
   */
  static final double MAX_LENGTH_RATIO = 2.0;

  /** Characters allowed on top of the ratio, so a very short line can still be translated. */
  static final int LENGTH_SLACK = 20;

  /** The outcome for one translation line. */
  sealed interface Verdict permits Kept, Dropped {}

  /** The translation may be shown. */
  record Kept() implements Verdict {}

  /** The translation must not be shown, and why (for the log). */
  record Dropped(String reason) implements Verdict {
    Dropped {
      if (reason == null || reason.isBlank()) throw new IllegalArgumentException("no reason");
    }
  }

  private final double minSupport;
  private final SentenceSplitter splitter = new SentenceSplitter();

  TranslationCheck(double minSupport) {
    if (!(minSupport >= 0 && minSupport <= 1)) {
      throw new IllegalArgumentException("minSupport must be in [0, 1], got " + minSupport);
    }
    this.minSupport = minSupport;
  }

  /**
   * @param translation the translation line, citation markers removed
   * @param english the checked English sentences it translates (markers removed)
   * @param cited the passages those sentences cite, after the support check
   */
  Verdict check(String translation, List<String> english, List<ScoredPassage> cited) {
    if (english.isEmpty() || cited.isEmpty()) return new Dropped("nothing checked to translate");
    StringBuilder source = new StringBuilder();
    for (ScoredPassage sp : cited) {
      for (Span s : SupportCheck.sentences(sp.passage())) {
        String text = sp.passage().sentenceText(s);
        if (!SupportCheck.isInstruction(text)) source.append(text).append('\n');
      }
    }
    String passages = source.toString();
    String link = Links.firstMissing(translation, passages);
    if (link != null) return new Dropped("link " + link + " not in the cited passages");
    Set<String> have = Set.of(SupportCheck.numbers(passages).split("\\s+"));
    for (String num : SupportCheck.numbers(normaliseNumbers(translation)).split("\\s+")) {
      if (!num.isEmpty() && !have.contains(num)) return new Dropped("number " + num + " not cited");
    }
    List<String> sentences = sentences(translation);
    if (sentences.isEmpty()) return new Dropped("empty");
    if (sentences.size() > english.size()) {
      return new Dropped(
          "adds sentences: " + sentences.size() + " for " + english.size() + " checked");
    }
    int englishLength = String.join(" ", english).length();
    if (translation.length() > MAX_LENGTH_RATIO * englishLength + LENGTH_SLACK) {
      return new Dropped("longer than the checked English: " + translation.length() + " chars");
    }
    NameMatch names = new NameMatch(passages);
    Set<String> support = new HashSet<>(TextAnalysis.terms(passages));
    for (String e : english) support.addAll(TextAnalysis.terms(e));
    int known = 0;
    int supported = 0;
    for (String sentence : sentences) {
      boolean first = true;
      for (String raw : sentence.split("[\\s/]+")) {
        String word = raw.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
        if (word.isEmpty() || word.chars().noneMatch(Character::isLetter)) continue;
        boolean capital = Character.isUpperCase(word.codePointAt(0));
        boolean opening = first;
        first = false;
        if (capital && !opening) {
          if (!names.found(word)) return new Dropped("name " + word + " not in the cited passages");
          continue;
        }
        List<String> terms = contentTerms(word);
        if (terms.isEmpty()) {
          // a sentence's first word may be a name the other checks cannot see ("Путин подписал"):
          // an unknown one that the passages do not name counts against the line's support
          if (capital && unknownName(word, names)) known++;
          continue;
        }
        known++;
        if (support.containsAll(terms)) supported++;
      }
    }
    if (known > 0 && (double) supported / known < minSupport) {
      return new Dropped(
          String.format(Locale.ROOT, "support %d/%d < %.2f", supported, known, minSupport));
    }
    return new Kept();
  }

  /** English content terms of a word: through the keyword table if Cyrillic, as is if Latin. */
  private static List<String> contentTerms(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    if (!OfflineTranslator.isCyrillic(lower)) {
      return new ArrayList<>(SupportCheck.contentTerms(word));
    }
    if (OfflineTranslator.isStopword(lower)) return List.of();
    OfflineTranslator.Keyword k = OfflineTranslator.keyword(lower);
    return k == null ? List.of() : new ArrayList<>(SupportCheck.contentTerms(k.english()));
  }

  /**
   * A Cyrillic word of at least {@value NameMatch#MIN_FUZZY_LETTERS} letters, not a stop word, that
   * the passages do not name.
   */
  private static boolean unknownName(String word, NameMatch names) {
    String lower = word.toLowerCase(Locale.ROOT);
    return OfflineTranslator.isCyrillic(lower)
        && lower.codePointCount(0, lower.length()) >= NameMatch.MIN_FUZZY_LETTERS
        && !OfflineTranslator.isStopword(lower)
        && !names.found(word);
  }

  private List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    for (Span s : splitter.split(text)) {
      String t = s.of(text).strip();
      if (t.chars().anyMatch(Character::isLetterOrDigit)) out.add(t);
    }
    return out;
  }

  /**
   * Russian and Ukrainian number writing read as digits: a group of three digits after a space (or
   * a no-break space) belongs to the number before it ("1 000" is 1000), and a comma before one or
   * two digits is a decimal point ("1,5" is 1.5).
   */
  static String normaliseNumbers(String text) {
    return text.replaceAll("(?<=\\d)[ \\u00A0\\u202F](?=\\d{3}(?!\\d))", "")
        .replaceAll("(\\d),(\\d{1,2})(?!\\d)", "$1.$2");
  }
}
