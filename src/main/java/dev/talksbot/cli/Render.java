package dev.talksbot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.talksbot.answer.Answer;
import dev.talksbot.answer.Citation;
import dev.talksbot.answer.Quotation;
import dev.talksbot.ingest.Article;
import java.util.List;

/** How answers, sources and errors look on a terminal and in JSON. */
public final class Render {
  private Render() {}

  static final ObjectMapper JSON = new ObjectMapper();

  /** The answer, then a numbered source list with the quoted passages. */
  public static String text(Answer a) {
    StringBuilder b = new StringBuilder(a.text()).append('\n');
    if (!a.citations().isEmpty()) {
      b.append("\nSources:\n");
      for (Citation c : a.citations()) {
        b.append('[')
            .append(c.n())
            .append("] ")
            .append(sourceLine(c.outlet(), c.date(), c.title(), c.articleId()));
        if (c.url() != null) b.append(" <").append(c.url()).append('>');
        b.append("\n    ").append(Quotation.wrap(c.quote())).append('\n');
      }
    }
    return b.toString();
  }

  static String sourceLine(
      String outlet, java.time.LocalDate date, String title, String articleId) {
    StringBuilder b = new StringBuilder();
    b.append(outlet != null ? outlet : "outlet unknown");
    b.append(" · ").append(date != null ? date.toString() : "undated");
    if (title != null) b.append(" · ").append(title);
    b.append(" (").append(articleId).append(')');
    return b.toString();
  }

  /** The JSON object of the command-line contract. */
  public static ObjectNode json(Answer a) {
    ObjectNode o = JSON.createObjectNode();
    o.put("question", a.question());
    o.put("answer", a.text());
    o.put("refused", a.refused());
    o.put("answerer", a.answerer());
    ArrayNode cites = o.putArray("citations");
    for (Citation c : a.citations()) {
      ObjectNode j = cites.addObject();
      j.put("n", c.n());
      j.put("article", c.articleId());
      j.put("outlet", c.outlet());
      j.put("title", c.title());
      j.put("date", c.date() == null ? null : c.date().toString());
      j.put("url", c.url());
      j.put("quote", c.quote());
    }
    return o;
  }

  /** An error line for JSON modes. */
  public static ObjectNode jsonError(String question, String code, String message) {
    ObjectNode o = JSON.createObjectNode();
    o.put("question", question);
    o.put("error", message);
    o.put("code", code);
    return o;
  }

  public static String line(ObjectNode o) {
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String sources(List<Article> articles) {
    StringBuilder b = new StringBuilder();
    int i = 1;
    for (Article a : articles) {
      b.append(i++)
          .append(". ")
          .append(sourceLine(a.outlet(), a.date(), a.title(), a.id()))
          .append('\n');
      if (!a.authors().isEmpty())
        b.append("   by ").append(String.join(", ", a.authors())).append('\n');
      if (a.url() != null) b.append("   ").append(a.url()).append('\n');
      b.append("   source: ").append(a.source()).append('\n');
    }
    return b.toString();
  }

  public static ArrayNode sourcesJson(List<Article> articles) {
    ArrayNode arr = JSON.createArrayNode();
    for (Article a : articles) {
      ObjectNode o = arr.addObject();
      o.put("article", a.id());
      o.put("outlet", a.outlet());
      o.put("title", a.title());
      o.put("date", a.date() == null ? null : a.date().toString());
      if (a.datelineDay() != null) o.put("dateline_day", a.datelineDay().toString());
      if (a.datelinePlace() != null) o.put("dateline_place", a.datelinePlace());
      o.put("url", a.url());
      ArrayNode authors = o.putArray("authors");
      a.authors().forEach(authors::add);
      o.put("source", a.source());
    }
    return arr;
  }
}
