package dev.talksbot.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Paragraph-aware chunking: a passage is one paragraph, or several short consecutive paragraphs
 * merged up to {@code targetChars}, or, for a long paragraph, a run of its sentences up to {@code
 * maxChars}. Passages never cut a sentence and never cross an in-article heading (a short line
 * without closing punctuation, such as "'A Political Game'"), which is not itself indexed, except
 * the numbered heading of a list's item ({@link NumberedItems}), which opens its item's passage. A
 * question heading ({@link #isQuestionHeading}) opens a passage, with its answer. In a
 * conversation's record each speaker's turn opens a passage ({@link SpeakerTurns}), and in a
 * chronology each dated entry ({@link DatedEntries}).
 */
public final class ParagraphChunker implements Chunker {
  private final int targetChars;
  private final int maxChars;
  private final SentenceSplitter splitter = new SentenceSplitter();

  public ParagraphChunker(int targetChars, int maxChars) {
    if (targetChars < 1 || maxChars < targetChars) {
      throw new IllegalArgumentException("need 1 <= targetChars <= maxChars");
    }
    this.targetChars = targetChars;
    this.maxChars = maxChars;
  }

  /**
   * The paragraph a span of the text lies in, as written (not stripped): from after the blank line
   * before it, or the text's start, to the blank line after it, or the text's end.
   */
  public static Span paragraphAround(String text, Span s) {
    int before = text.lastIndexOf("\n\n", s.start());
    int after = text.indexOf("\n\n", s.end());
    return new Span(before < 0 ? 0 : before + 2, after < 0 ? text.length() : after);
  }

  /** Paragraph spans of a cleaned text (paragraphs are separated by blank lines). */
  public static List<Span> paragraphs(String text) {
    List<Span> out = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf("\n\n", start);
      if (end < 0) end = text.length();
      int s = start;
      int e = end;
      while (s < e && Character.isWhitespace(text.charAt(s))) s++;
      while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
      if (e > s) out.add(new Span(s, e));
      start = end + 2;
    }
    return out;
  }

  /** A heading inside the body: short and not a sentence. */
  public static boolean isHeading(String paragraph) {
    String t = paragraph.strip().replaceAll("[\"”’'»)]+$", "");
    boolean closes = !t.isEmpty() && ".!?…:".indexOf(t.charAt(t.length() - 1)) >= 0;
    return !closes && ChromeRules.words(paragraph) <= 12;
  }

  /** Most words a question heading has. */
  static final int QUESTION_HEADING_MAX_WORDS = 20;

  /**
   * A question heading: a short paragraph that ends with a question mark (an explainer's "What was
   * agreed?", an interview's "Tarn Post: Who was across the table?"), or a questioner's turn of a
   * transcript ({@link SpeakerTurns#asks}: "Q (Tarn Post): The talks ended early. Why?"). It is
   * indexed (the question is part of what its answer says), but it opens a passage and stays with
   * the paragraph after it, its answer: it never ends a passage on its own.
   */
  public static boolean isQuestionHeading(String paragraph) {
    String t = paragraph.strip();
    return (t.endsWith("?") && ChromeRules.words(t) <= QUESTION_HEADING_MAX_WORDS)
        || SpeakerTurns.asks(t);
  }

  @Override
  public List<Passage> chunk(Article article) {
    String text = article.text();
    List<Span> paragraphs = paragraphs(text);
    List<String> texts = paragraphs.stream().map(p -> p.of(text)).toList();
    boolean conversation = SpeakerTurns.isConversation(texts);
    boolean chronology = DatedEntries.isChronology(texts);
    boolean items = NumberedItems.isList(texts);
    List<Passage> out = new ArrayList<>();
    List<Span> pending = new ArrayList<>();
    boolean held = false; // pending holds a question or an item's heading alone
    for (Span para : paragraphs) {
      String paragraph = para.of(text);
      if (isHeading(paragraph)) {
        flush(article, pending, out);
        int words = items ? NumberedItems.wordsStart(paragraph) : -1;
        if (words >= 0) pending.add(new Span(para.start() + words, para.end())); // opens its item
        held = words >= 0;
        continue;
      }
      List<Span> sentences = splitter.split(text, para.start(), para.end());
      String speaker = conversation ? SpeakerTurns.speaker(paragraph) : null;
      // an interview's questions are its outlet's
      boolean question =
          isQuestionHeading(paragraph) || (speaker != null && speaker.equals(article.outlet()));
      boolean opens = speaker != null || (chronology && DatedEntries.dated(paragraph));
      if (question) {
        flush(article, pending, out); // it opens the passage of its answer
      } else if (!held) {
        if (opens) flush(article, pending, out); // a turn or a dated entry of its own
        if (pendingLength(pending) >= targetChars) flush(article, pending, out);
        if (!pending.isEmpty() && pendingLength(pending) + para.length() > maxChars) {
          flush(article, pending, out);
        }
      }
      for (Span s : sentences) {
        if (!pending.isEmpty() && s.end() - pending.getFirst().start() > maxChars) {
          flush(article, pending, out);
        }
        pending.add(s);
      }
      held = question;
    }
    flush(article, pending, out);
    return out;
  }

  private static int pendingLength(List<Span> pending) {
    return pending.isEmpty() ? 0 : pending.getLast().end() - pending.getFirst().start();
  }

  private static void flush(Article article, List<Span> pending, List<Passage> out) {
    if (pending.isEmpty()) return;
    Span span = new Span(pending.getFirst().start(), pending.getLast().end());
    out.add(new Passage(article.id(), out.size(), span, span.of(article.text()), pending));
    pending.clear();
  }
}
