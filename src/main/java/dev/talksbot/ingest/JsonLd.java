package dev.talksbot.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page's structured data (its {@code <script type="application/ld+json">} blocks,
 * schema.org) says of its article: the first object whose type is an article's ({@code
 * NewsArticle}, {@code Article}, {@code ReportageNewsArticle}, a {@code BlogPosting} …, also inside
 * a {@code @graph}). Its headline, its authors (people only: an author typed {@code Person}, or a
 * plain name that is a person's, not an organisation's; an editor is not an author), its
 * publisher's name and its publication date. A block that is not valid JSON is ignored.
 */
final class JsonLd {
  private JsonLd() {}

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * An article's structured data.
   *
   * @param headline its headline, or null
   * @param authors its authors who are people, in order (possibly none)
   * @param publisher its publisher's name, or null
   * @param published its publication date, or null
   */
  record Data(String headline, List<String> authors, String publisher, LocalDate published) {
    Data {
      authors = List.copyOf(Objects.requireNonNull(authors, "authors"));
      headline = blankToNull(headline);
      publisher = blankToNull(publisher);
    }

    static final Data NONE = new Data(null, List.of(), null, null);
  }

  /** The structured data of the page's article, or {@link Data#NONE} when it has none. */
  static Data of(Document doc) {
    for (Element script : doc.select("script[type=application/ld+json]")) {
      JsonNode article;
      try {
        article = findArticle(JSON.readTree(script.data()));
      } catch (JsonProcessingException e) {
        continue;
      }
      if (article != null) return data(article);
    }
    return Data.NONE;
  }

  private static Data data(JsonNode a) {
    List<String> authors = new ArrayList<>();
    JsonNode author = a.path("author");
    for (JsonNode n : author.isArray() ? author : List.of(author)) {
      String name = n.isTextual() ? n.asText() : text(n.path("name"));
      boolean person =
          n.isTextual()
              ? name != null && PageLines.personName(name) && !OutletNames.looksLikeOutlet(name)
              : isType(n, "Person");
      if (person && name != null) authors.add(name.strip());
    }
    JsonNode publisher = a.path("publisher");
    String publisherName =
        publisher.isTextual() ? publisher.asText() : text(publisher.path("name"));
    return new Data(
        text(a.path("headline")),
        authors,
        publisherName,
        HtmlExtractor.parseDate(text(a.path("datePublished"))));
  }

  /** The first object of an article's type in {@code node}, an array of them or a graph. */
  private static JsonNode findArticle(JsonNode node) {
    if (node == null) return null;
    if (node.isArray()) {
      for (JsonNode n : node) {
        JsonNode found = findArticle(n);
        if (found != null) return found;
      }
      return null;
    }
    if (!node.isObject()) return null;
    if (isArticle(node)) return node;
    return findArticle(node.get("@graph"));
  }

  private static boolean isArticle(JsonNode n) {
    for (JsonNode t : n.path("@type").isArray() ? n.path("@type") : List.of(n.path("@type"))) {
      String type = t.asText("");
      if (type.endsWith("Article") || type.endsWith("BlogPosting")) return true;
    }
    return false;
  }

  private static boolean isType(JsonNode n, String type) {
    JsonNode t = n.path("@type");
    if (t.isArray()) {
      for (JsonNode e : t) if (type.equals(e.asText())) return true;
      return false;
    }
    return type.equals(t.asText());
  }

  private static String text(JsonNode n) {
    return n.isTextual() ? blankToNull(n.asText()) : null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
