package dev.talksbot.answer.llm;

import dev.talksbot.index.TextAnalysis;
import dev.talksbot.ingest.Passage;
import dev.talksbot.ingest.Span;
import dev.talksbot.retrieval.ScoredPassage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lexical support check every generated sentence must pass before it is shown. For one sentence
 * (citation markers removed) and the passages it cites:
 *
 * <ol>
 *   <li><b>Content terms</b>: the sentence's English-analysed terms ({@link TextAnalysis#terms}:
 *       stop words removed, stemmed, accents folded), minus reporting words ("said", "according",
 *       "reported"...). A sentence without content terms is not supported.
 *   <li><b>Share</b>: at least {@code minSupport} of the distinct content terms must occur in the
 *       cited passages (excluding sentences there that address the model, see {@link
 *       #isInstruction}).
 *   <li><b>Numbers</b>: every number in the sentence (digits, thousands separators ignored) must
 *       occur in the cited passages.
 *   <li><b>Names</b>: every capitalised word other than the sentence's first word must occur (as an
 *       analysed term) in the cited passages.
 *   <li><b>Links</b>: a URL or domain name must occur in the cited passages ({@link Links}).
 * </ol>
 *
 * A cited passage sharing no content term with the sentence is removed from the sentence's
 * citations when another cited passage supports it. Each kept citation quotes the cited passage's
 * sentence sharing the most content terms with the generated sentence (ties: the earlier one), as a
 * verbatim span of the article text.
 */
public final class SupportCheck {
  /** Words of reporting that share no content, analysed ({@code answer/reporting-words.txt}). */
  private static final Set<String> REPORTING =
      dev.talksbot.answer.WordList.analysed("/answer/reporting-words.txt");

  private static final Pattern NUMBER = Pattern.compile("\\d[\\d,.]*\\d|\\d");
  private static final Pattern INSTRUCTION =
      Pattern.compile(
          "(?i)(ignore|disregard|forget|override)\\s+(all\\s+|any\\s+|the\\s+|your\\s+)*(previous|prior|above|earlier|preceding|system)?\\s*"
              + "(instructions|rules|prompts?|directions|messages)"
              + "|system\\s+prompt|you\\s+are\\s+now\\s+|new\\s+instructions\\s*:|\\bas\\s+an\\s+ai\\b|developer\\s+mode");

  private final double minSupport;

  public SupportCheck(double minSupport) {
    this.minSupport = minSupport;
  }

  /** The least share of a sentence's content terms its cited passages must contain. */
  public double minSupport() {
    return minSupport;
  }

  /** A sentence of a passage that addresses a language model ("ignore previous instructions"). */
  public static boolean isInstruction(String sentence) {
    return INSTRUCTION.matcher(sentence).find();
  }

  /** The outcome for one sentence. */
  public record Verdict(boolean supported, String reason, List<Cited> citations) {}

  /** A kept citation: the passage number given to the model and the quoted sentence. */
  public record Cited(int n, ScoredPassage source, Span quote) {}

  /**
   * @param sentence the generated sentence without markers
   * @param cited passage numbers (1-based, valid) in the order cited
   * @param passages the numbered passages given to the model
   */
  public Verdict check(String sentence, List<Integer> cited, List<ScoredPassage> passages) {
    if (cited.isEmpty()) return new Verdict(false, "no citation", List.of());
    Set<String> terms = contentTerms(sentence);
    if (terms.isEmpty()) return new Verdict(false, "no content words", List.of());
    Set<String> all = new HashSet<>();
    StringBuilder numbersIn = new StringBuilder();
    StringBuilder citedText = new StringBuilder();
    List<Set<String>> perPassage = new ArrayList<>();
    for (int n : cited) {
      ScoredPassage sp = passages.get(n - 1);
      Set<String> pt = new HashSet<>();
      for (Span s : sentences(sp.passage())) {
        String text = sp.passage().sentenceText(s);
        if (isInstruction(text)) continue;
        pt.addAll(TextAnalysis.terms(text));
        numbersIn.append(' ').append(numbers(text));
        citedText.append(text).append('\n');
      }
      perPassage.add(pt);
      all.addAll(pt);
    }
    int hit = 0;
    for (String t : terms) if (all.contains(t)) hit++;
    double share = (double) hit / terms.size();
    if (share < minSupport) {
      return new Verdict(
          false,
          String.format(java.util.Locale.ROOT, "support %.2f < %.2f", share, minSupport),
          List.of());
    }
    Set<String> have = Set.of(numbersIn.toString().strip().split("\\s+"));
    for (String num : numbers(sentence).split("\\s+")) {
      if (!num.isEmpty() && !have.contains(num))
        return new Verdict(false, "number " + num + " not cited", List.of());
    }
    for (String name : names(sentence)) {
      for (String t : TextAnalysis.terms(name)) {
        if (!all.contains(t)) return new Verdict(false, "name " + name + " not cited", List.of());
      }
    }
    String link = Links.firstMissing(sentence, citedText.toString());
    if (link != null) return new Verdict(false, "link " + link + " not cited", List.of());
    List<Cited> out = new ArrayList<>();
    for (int i = 0; i < cited.size(); i++) {
      Set<String> pt = perPassage.get(i);
      if (pt.stream().noneMatch(terms::contains)) continue; // contributes nothing
      ScoredPassage sp = passages.get(cited.get(i) - 1);
      out.add(new Cited(cited.get(i), sp, bestSentence(sp.passage(), terms)));
    }
    return new Verdict(true, "supported", out);
  }

  /** Distinct content terms of a sentence. */
  static Set<String> contentTerms(String sentence) {
    Set<String> out = new LinkedHashSet<>(TextAnalysis.terms(sentence));
    out.removeAll(REPORTING);
    out.removeIf(t -> NUMBER.matcher(t).matches());
    return out;
  }

  /** Numbers in a text, normalised (no separators, no trailing dot), space-separated. */
  static String numbers(String text) {
    StringBuilder b = new StringBuilder();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      String n = m.group().replace(",", "");
      while (n.endsWith(".")) n = n.substring(0, n.length() - 1);
      b.append(n).append(' ');
    }
    return b.toString().strip();
  }

  /** Capitalised words that do not start the sentence. */
  static List<String> names(String sentence) {
    List<String> out = new ArrayList<>();
    String[] tokens = sentence.strip().split("\\s+");
    boolean first = true;
    for (String raw : tokens) {
      String tok = raw.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
      if (tok.isEmpty()) continue;
      if (!first && Character.isUpperCase(tok.codePointAt(0))) out.add(tok);
      first = false;
    }
    return out;
  }

  /** The sentences of a passage (the whole passage when it has none). */
  static List<Span> sentences(Passage p) {
    return p.sentences().isEmpty() ? List.of(p.span()) : p.sentences();
  }

  /** The passage sentence sharing most content terms with the generated one (earliest on ties). */
  static Span bestSentence(Passage p, Set<String> terms) {
    Span best = null;
    int bestHits = -1;
    for (Span s : sentences(p)) {
      String text = p.sentenceText(s);
      if (text.isBlank() || isInstruction(text)) continue;
      Set<String> st = new HashSet<>(TextAnalysis.terms(text));
      int hits = 0;
      for (String t : terms) if (st.contains(t)) hits++;
      if (hits > bestHits) {
        best = s;
        bestHits = hits;
      }
    }
    return best != null ? best : p.span();
  }
}
