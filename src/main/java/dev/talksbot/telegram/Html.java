package dev.talksbot.telegram;

import java.time.LocalDate;

/** Escaping for Telegram's HTML parse mode: text and attribute values. */
public final class Html {
  private Html() {}

  /**
   * Escapes {@code < > & "} so any text is shown literally (quotes are harmless but escaped too).
   */
  public static String escape(String s) {
    if (s == null) return "";
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** A link; only http(s) URLs become links, anything else is shown as plain text. */
  public static String link(String url, String text) {
    if (url == null || !(url.startsWith("https://") || url.startsWith("http://")))
      return escape(text);
    return "<a href=\"" + escape(url) + "\">" + escape(text) + "</a>";
  }

  /** Removes tags and decodes the entities we produce, for a plain-text fallback. */
  public static String toPlain(String html) {
    return html.replaceAll("<[^>]*>", "")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&");
  }

  /** "Outlet, date — title" with the title linked when the URL is known (HTML, escaped). */
  public static String sourceLine(
      String outlet, LocalDate date, String title, String url, String id) {
    StringBuilder b = new StringBuilder();
    if (outlet != null) b.append(Html.escape(outlet));
    if (date != null) b.append(b.isEmpty() ? "" : ", ").append(date);
    String label = title != null ? title : (url != null ? url : id);
    if (!b.isEmpty()) b.append(" — ");
    b.append(Html.link(url, label));
    return b.toString();
  }
}
