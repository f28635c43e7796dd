package dev.talksbot.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Rule-based English sentence splitter tuned for news copy: it knows common abbreviations and
 * initials ("U.S.", "Mr.", "J. Smith"), keeps a quotation together when it closes in the same
 * paragraph ({@code “Nobody wants a long winter. We will see,” the envoy said.} is one sentence;
 * guillemets, {@code «…»}, are quotation marks like curly quotes), and never splits inside a word
 * ("we were…ready"). It returns spans, so callers can quote the exact text.
 */
public final class SentenceSplitter {
  /** Abbreviations (lower case, no final full stop) from {@code ingest/abbreviations.txt}. */
  private static final Set<String> ABBREVIATIONS = WordLists.lowerCaseSet("abbreviations.txt");

  /** A quoted region longer than this may contain sentence breaks (a long speech). */
  private static final int MAX_QUOTE_CHARS = 600;

  /** Splits {@code text[from, to)} into sentence spans (trimmed, non-empty). */
  public List<Span> split(String text, int from, int to) {
    boolean[] quoted = quotedRegions(text, from, to);
    List<Span> out = new ArrayList<>();
    int start = from;
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (isTerminator(c) && !quoted[i - from]) {
        int end = i + 1;
        while (end < to && isTerminator(text.charAt(end))) end++;
        while (end < to && isCloser(text.charAt(end))) end++;
        if (isBoundary(text, from, to, i, end, c)) {
          add(out, text, start, end);
          start = end;
          i = end;
          continue;
        }
        i = end;
        continue;
      }
      i++;
    }
    add(out, text, start, to);
    return out;
  }

  public List<Span> split(String text) {
    return split(text, 0, text.length());
  }

  /**
   * No sentence of prose is longer (about 250 words); a run of text without sentence punctuation (a
   * list or a table flattened into a page) is cut at the last space before this many characters, so
   * that no passage or quoted answer grows without bound.
   */
  static final int MAX_SENTENCE_CHARS = 1500;

  private static void add(List<Span> out, String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) start++;
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
    while (end - start > MAX_SENTENCE_CHARS) {
      int cut = start + MAX_SENTENCE_CHARS;
      while (cut > start && !Character.isWhitespace(text.charAt(cut))) cut--;
      if (cut == start) cut = start + MAX_SENTENCE_CHARS; // one word longer than the limit
      add(out, text, start, cut);
      start = cut;
      while (start < end && Character.isWhitespace(text.charAt(start))) start++;
    }
    if (end > start) out.add(new Span(start, end));
  }

  private static boolean isTerminator(char c) {
    return c == '.' || c == '!' || c == '?' || c == '…';
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']' || c == '»';
  }

  private boolean isBoundary(String text, int from, int to, int termPos, int end, char term) {
    if (end >= to) return true;
    if (!Character.isWhitespace(text.charAt(end))) return false; // "U.S.-led", "…ready", "3.5"
    int next = end;
    while (next < to && Character.isWhitespace(text.charAt(next))) next++;
    if (next >= to) return true;
    char n = text.charAt(next);
    boolean startsSentence =
        Character.isUpperCase(n)
            || Character.isDigit(n)
            || n == '"'
            || n == '“'
            || n == '‘'
            || n == '\''
            || n == '('
            || n == '«'
            || n == '[';
    if (!startsSentence) return false;
    if (term == '.' && end == termPos + 1) {
      String word = wordBefore(text, from, termPos);
      if (ABBREVIATIONS.contains(word.toLowerCase())) return false;
      if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) return false; // initial
    }
    return true;
  }

  private static String wordBefore(String text, int from, int pos) {
    int s = pos;
    while (s > from && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '.')) s--;
    return text.substring(s, pos);
  }

  /**
   * Marks characters inside a quotation that closes within {@code [from, to)}. Curly quotes and
   * guillemets ({@code «…»}) pair directly; straight double quotes pair in order; a straight single
   * quote opens at a word start and closes only after punctuation ({@code ,'} or {@code .'}), so
   * apostrophes ("it's", "soldiers'") are not taken for quotes.
   */
  private static boolean[] quotedRegions(String text, int from, int to) {
    boolean[] q = new boolean[to - from];
    int open = -1;
    char closer = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (open < 0) {
        if (c == '“' || c == '«') {
          open = i;
          closer = c == '“' ? '”' : '»';
        } else if (c == '"') {
          open = i;
          closer = '"';
        } else if (c == '‘'
            || (c == '\''
                && (i == from || !Character.isLetterOrDigit(text.charAt(i - 1)))
                && i + 1 < to
                && Character.isLetter(text.charAt(i + 1)))) {
          open = i;
          closer = c == '‘' ? '’' : '\'';
        }
      } else if (c == closer && isClosingQuote(text, from, i, closer)) {
        if (i - open <= MAX_QUOTE_CHARS) {
          for (int k = open; k <= i; k++) q[k - from] = true;
          // a terminator right before the closing quote may still end the sentence
          for (int k = i - 1; k > open && isTerminator(text.charAt(k)); k--) q[k - from] = false;
        }
        open = -1;
      } else if (c == '\n') {
        open = -1; // quotes never span paragraphs
      }
    }
    return q;
  }

  private static boolean isClosingQuote(String text, int from, int i, char closer) {
    if (closer == '”' || closer == '"' || closer == '»') return true;
    if (i == from) return false;
    char prev = text.charAt(i - 1);
    boolean afterPunct = prev == ',' || prev == '.' || prev == '!' || prev == '?' || prev == '…';
    boolean wordEnd = i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
    return (closer == '’' && wordEnd && (afterPunct || Character.isLetter(prev)))
        || (afterPunct && wordEnd);
  }
}
