package dev.talksbot.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The main text of a news page (jsoup): the {@code <article>} (else {@code <main>}, else the body)
 * without scripts, navigation, asides, forms and figures, as one paragraph per block element (a
 * description list's entry, a term and its description, as one: {@link #blocks}). That text then
 * goes through the same {@link ArticleParser} as files, so the same chrome rules clean it. The
 * page's own metadata fills what the text does not give: its structured data's headline (the
 * headline it declares, before og:title, which a page may word for sharing), publisher, people
 * among its authors and publication date ({@link JsonLd}), og:title, og:site_name,
 * article:published_time, author.
 */
public final class HtmlExtractor {
  private final ArticleParser parser;

  public HtmlExtractor(ArticleParser parser) {
    this.parser = parser;
  }

  /** The article id of a URL: stable, so fetching the same page again replaces it. */
  public static String idForUrl(String url) {
    try {
      var md = java.security.MessageDigest.getInstance("SHA-256");
      byte[] h = md.digest(url.strip().getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return "url_" + java.util.HexFormat.of().formatHex(h, 0, 8);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Extracts and parses; throws {@link IllegalArgumentException} with a reason when no article text
   * is found.
   */
  public Article extract(String url, String html, String fallbackTitle, LocalDate fallbackDate) {
    return extract(idForUrl(url), url, url, html, fallbackTitle, fallbackDate);
  }

  /**
   * A saved page (an {@code .html} file): its id and source are the file's; its URL is the page's
   * own canonical or og:url link when it gives one, else unknown (never made up).
   */
  public Article extractFile(String id, String source, String html) {
    Document doc = Jsoup.parse(html);
    String url = first(attr(doc.selectFirst("link[rel=canonical]"), "href"), meta(doc, "og:url"));
    if (url != null && !(url.startsWith("http://") || url.startsWith("https://"))) url = null;
    return extract(id, source, url, html, null, null);
  }

  private Article extract(
      String id,
      String source,
      String url,
      String html,
      String fallbackTitle,
      LocalDate fallbackDate) {
    Document doc = url == null ? Jsoup.parse(html) : Jsoup.parse(html, url);
    JsonLd.Data ld = JsonLd.of(doc);
    String title =
        first(
            ld.headline(),
            meta(doc, "og:title"),
            text(doc.selectFirst("h1")),
            fallbackTitle,
            doc.title());
    String outlet = first(meta(doc, "og:site_name"), ld.publisher());
    String author = first(meta(doc, "author"), meta(doc, "article:author"));
    LocalDate date =
        parseDate(
            first(
                meta(doc, "article:published_time"),
                meta(doc, "date"),
                attr(doc.selectFirst("time[datetime]"), "datetime")));
    if (date == null) date = ld.published();
    if (date == null) date = fallbackDate;
    doc.select(
            "script, style, noscript, nav, header, footer, aside, form, figure, iframe, svg, button")
        .remove();
    Element root = doc.selectFirst("article");
    if (root == null) root = doc.selectFirst("main");
    if (root == null) root = doc.body();
    List<String> paragraphs = new ArrayList<>();
    if (root != null) {
      paragraphs = blocks(root);
      if (paragraphs.isEmpty() && !root.text().isBlank()) paragraphs.add(root.text().strip());
    }
    long words = paragraphs.stream().mapToLong(p -> p.split("\\s+").length).sum();
    if (words < 40) {
      throw new IllegalArgumentException("no article text found on the page (" + words + " words)");
    }
    StringBuilder raw = new StringBuilder();
    if (title != null) raw.append(title).append("\n\n");
    for (String p : paragraphs) raw.append(p).append("\n\n");
    Article parsed = parser.parse(id, source, raw.toString(), date);
    List<String> authors = parsed.authors();
    if (authors.isEmpty()) authors = author != null ? List.of(author) : ld.authors();
    return new Article(
        parsed.id(),
        source,
        first(parsed.title(), title),
        first(outlet, parsed.outlet()),
        authors,
        parsed.date(),
        url,
        parsed.text(),
        parsed.datelineDay(),
        parsed.datelinePlace());
  }

  /**
   * The paragraphs of the page's blocks, in order: paragraphs, headings, list items, quotations,
   * the summary line of a disclosure block ({@code <details><summary>What was agreed?</summary>},
   * an FAQ's question), and a description list's entries, each term before its description ({@code
   * <dt>Dec. 12</dt> <dd>Talks resume.</dd>} reads {@code Dec. 12: Talks resume.}: a timeline's
   * entry with its date).
   */
  private static List<String> blocks(Element root) {
    List<String> paragraphs = new ArrayList<>();
    String term = null; // a description list's term, waiting for its description
    for (Element e : root.select("p, h2, h3, h4, li, blockquote, dt, dd, summary")) {
      if (!e.select("p").isEmpty() && !e.tagName().equals("p"))
        continue; // its paragraphs come on their own
      String t = e.text().strip();
      if (t.isEmpty()) continue;
      if (e.tagName().equals("dt")) {
        if (term != null) paragraphs.add(term);
        term = t.replaceFirst("\\s*:$", "");
        continue;
      }
      if (term != null && e.closest("dd") != null) t = term + ": " + t;
      else if (term != null) paragraphs.add(term);
      term = null;
      paragraphs.add(t);
    }
    if (term != null) paragraphs.add(term);
    return paragraphs;
  }

  private static String meta(Document d, String name) {
    Element e = d.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
    String v = e == null ? null : e.attr("content");
    return v == null || v.isBlank() ? null : v.strip();
  }

  private static String text(Element e) {
    return e == null || e.text().isBlank() ? null : e.text().strip();
  }

  private static String attr(Element e, String a) {
    return e == null || e.attr(a).isBlank() ? null : e.attr(a);
  }

  private static String first(String... values) {
    for (String v : values) if (v != null && !v.isBlank()) return v;
    return null;
  }

  static LocalDate parseDate(String s) {
    if (s == null || s.length() < 10) return null;
    try {
      return LocalDate.parse(s.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
