package dev.talksbot.index.opensearch;

import static dev.talksbot.index.opensearch.OpenSearchRequests.*;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.talksbot.index.PassageFields;
import dev.talksbot.index.TextAnalysis;
import dev.talksbot.ingest.Article;
import dev.talksbot.ingest.Passage;
import dev.talksbot.ingest.Span;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** The mapping between the product's values and OpenSearch documents, both ways. */
final class OpenSearchDocs {
  private OpenSearchDocs() {}

  /**
   * The article's dateline day ({@code --09-19}) in its document's source; absent when it has none,
   * as in documents written before it was kept. The article object is not indexed ({@code enabled:
   * false}), so the mapping does not name it.
   */
  private static final String DATELINE_DAY = "dateline_day";

  /** The article's dateline place ({@code Quellmoor}), absent when it has none, like its day. */
  private static final String DATELINE_PLACE = "dateline_place";

  private static ObjectNode obj() {
    return OpenSearchHttp.JSON.createObjectNode();
  }

  /** A passage document: text and everything to rebuild the passage, its terms, its vector. */
  static ObjectNode passage(Article a, Passage p, float[] vector) {
    ObjectNode d = obj();
    d.put(ID, p.id());
    d.put(ARTICLE_ID, a.id());
    d.put(ORDINAL, p.ordinal());
    d.put(TEXT, p.text());
    d.put(TERMS, String.join(" ", TextAnalysis.terms(p.text())));
    if (a.title() != null) d.put(TITLE_TERMS, String.join(" ", TextAnalysis.terms(a.title())));
    d.put(SPELL, a.title() == null ? p.text() : p.text() + "\n" + a.title());
    var v = d.putArray(VECTOR);
    for (float x : vector) v.add(x);
    d.put(START, p.span().start());
    d.put(END, p.span().end());
    d.put(SENTENCES, PassageFields.encodeSpans(p.sentences()));
    d.put(SENTENCE_VALUES, PassageFields.sentenceValues(p));
    return d;
  }

  /** The passage of a document's source; its stored sentence values go to the value spotter. */
  static Passage passageFrom(JsonNode s) {
    String text = s.path(TEXT).asText();
    if (s.hasNonNull(SENTENCE_VALUES))
      PassageFields.rememberSentenceValues(
          text, Base64.getDecoder().decode(s.get(SENTENCE_VALUES).asText()));
    return new Passage(
        s.path(ARTICLE_ID).asText(),
        s.path(ORDINAL).asInt(),
        new Span(s.path(START).asInt(), s.path(END).asInt()),
        text,
        PassageFields.decodeSpans(s.path(SENTENCES).asText("")));
  }

  /** An article document: the article, its content hash and its order of arrival. */
  static ObjectNode article(Article a, long seq) {
    ObjectNode d = obj();
    d.put(ID, a.id());
    d.put(SEQ, seq);
    d.put(HASH, PassageFields.contentHash(a));
    ObjectNode x = d.putObject(ARTICLE);
    x.put("source", a.source());
    x.put("title", a.title());
    x.put("outlet", a.outlet());
    var authors = x.putArray("authors");
    a.authors().forEach(authors::add);
    x.put("date", a.date() == null ? null : a.date().toString());
    if (a.datelineDay() != null) x.put(DATELINE_DAY, a.datelineDay().toString());
    if (a.datelinePlace() != null) x.put(DATELINE_PLACE, a.datelinePlace());
    x.put("url", a.url());
    x.put("text", a.text());
    return d;
  }

  static Article articleFrom(JsonNode s) {
    JsonNode x = s.path(ARTICLE);
    List<String> authors = new ArrayList<>();
    x.path("authors").forEach(n -> authors.add(n.asText()));
    return new Article(
        s.path(ID).asText(),
        text(x, "source"),
        text(x, "title"),
        text(x, "outlet"),
        authors,
        x.hasNonNull("date") ? LocalDate.parse(x.get("date").asText()) : null,
        text(x, "url"),
        x.path("text").asText(),
        x.hasNonNull(DATELINE_DAY) ? MonthDay.parse(x.get(DATELINE_DAY).asText()) : null,
        text(x, DATELINE_PLACE));
  }

  /** A stored answer vector: little-endian floats, as the Lucene index keeps them. */
  static ObjectNode vectorRow(float[] v) {
    return obj().put(VALUE, PassageFields.vectorBytes(v));
  }

  static float[] vectorFrom(JsonNode source) {
    return PassageFields.vectorFromBytes(Base64.getDecoder().decode(source.path(VALUE).asText()));
  }

  private static String text(JsonNode n, String field) {
    return n.hasNonNull(field) ? n.get(field).asText() : null;
  }
}
