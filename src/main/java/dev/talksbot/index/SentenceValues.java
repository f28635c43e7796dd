package dev.talksbot.index;

import dev.talksbot.ingest.Passage;
import dev.talksbot.ingest.Span;
import dev.talksbot.nlp.AnswerType;
import dev.talksbot.nlp.Clauses;
import dev.talksbot.nlp.SpottedValues;
import dev.talksbot.nlp.TypedValue;
import dev.talksbot.nlp.ValueSpotter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;

/**
 * The typed values of a passage's usable sentences and of their clauses, spotted when the passage
 * is written and stored with it, so that answering a question never part-of-speech tags a stored
 * sentence (tagging was two thirds of a warm question's time: BENCHMARKS.md, issue 13 part 3).
 *
 * <p>Encoding: the number of texts, then per text its offset and length in the passage text and its
 * values, each as type ordinal, start and length within the text (all variable-length ints).
 */
public final class SentenceValues {
  private SentenceValues() {}

  private static final AnswerType[] TYPES = AnswerType.values();

  /** The texts whose values the answerer reads, with their values, by offset in the passage. */
  static Map<Span, List<TypedValue>> spot(Passage p) {
    Map<Span, List<TypedValue>> out = new LinkedHashMap<>();
    int base = p.span().start();
    for (Span s : p.sentences()) {
      String sentence = p.sentenceText(s);
      if (!StoredVectors.usable(sentence)) continue;
      int from = s.start() - base;
      out.putIfAbsent(new Span(from, from + sentence.length()), ValueSpotter.valuesOnce(sentence));
      String[] clauses = Clauses.of(sentence);
      if (clauses.length < 2) continue;
      int at = 0;
      for (String clause : clauses) {
        int i = sentence.indexOf(clause, at);
        if (i < 0 || clause.isEmpty()) continue;
        at = i + clause.length();
        out.putIfAbsent(
            new Span(from + i, from + i + clause.length()), ValueSpotter.valuesOnce(clause));
      }
    }
    return out;
  }

  /** The stored form of {@link #spot}. */
  static byte[] encode(Passage p) {
    Map<Span, List<TypedValue>> texts = spot(p);
    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    try {
      out.writeVInt(texts.size());
      for (var e : texts.entrySet()) {
        out.writeVInt(e.getKey().start());
        out.writeVInt(e.getKey().length());
        out.writeVInt(e.getValue().size());
        for (TypedValue v : e.getValue()) {
          out.writeVInt(v.type().ordinal());
          out.writeVInt(v.start());
          out.writeVInt(v.end() - v.start());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // in memory: does not happen
    }
    return out.toArrayCopy();
  }

  /** The texts and values stored by {@link #encode} for a passage of this text. */
  static Map<String, List<TypedValue>> decode(String passageText, byte[] bytes) {
    ByteArrayDataInput in = new ByteArrayDataInput(bytes);
    int n = in.readVInt();
    Map<String, List<TypedValue>> out = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      int start = in.readVInt();
      int end = start + in.readVInt();
      if (end > passageText.length())
        throw new IllegalStateException("stored sentence values lie outside their passage");
      String text = passageText.substring(start, end);
      int count = in.readVInt();
      List<TypedValue> values = new ArrayList<>(count);
      for (int k = 0; k < count; k++) {
        int type = in.readVInt();
        int from = in.readVInt();
        int to = from + in.readVInt();
        if (type >= TYPES.length || to > text.length())
          throw new IllegalStateException("a stored sentence value is corrupt");
        values.add(new TypedValue(text.substring(from, to), TYPES[type], from, to));
      }
      out.put(text, values);
    }
    return out;
  }

  /** Hands a passage's stored values to the value spotter ({@link SpottedValues#remember}). */
  static void remember(String passageText, byte[] bytes) {
    decode(passageText, bytes).forEach(SpottedValues::remember);
  }
}
