package dev.talksbot.telegram;

import dev.talksbot.alerts.AlertText;
import dev.talksbot.answer.Answer;
import dev.talksbot.answer.Citation;
import dev.talksbot.ingest.Article;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;

/** Alert and digest texts, as Telegram HTML; every piece of outside text is escaped here. */
public final class AlertFormat implements AlertText {
  /** The one instance (the class has no state). */
  public static final AlertFormat INSTANCE = new AlertFormat();

  private AlertFormat() {}

  @Override
  public String alert(String topic, List<Article> story, Answer summaryOrNull) {
    return alertHtml(topic, story, summaryOrNull);
  }

  @Override
  public String digest(String topic, LocalDate day, List<List<Article>> stories) {
    return digestHtml(topic, day, stories);
  }

  /**
   * The outlets of a story's articles, in order, without repeats (articles without one are
   * skipped).
   */
  static List<String> outlets(List<Article> story) {
    Set<String> out = new LinkedHashSet<>();
    for (Article a : story) if (a.outlet() != null) out.add(a.outlet());
    return List.copyOf(out);
  }

  /** "Bosphorus Daily" or "covered by 2 outlets: Bosphorus Daily, Black Sea Wire". */
  static String coverage(List<Article> story) {
    List<String> outlets = outlets(story);
    if (outlets.size() <= 1) return outlets.isEmpty() ? "" : Html.escape(outlets.get(0));
    return "covered by " + outlets.size() + " outlets: " + Html.escape(String.join(", ", outlets));
  }

  /** One instant alert: headline, outlets, a short cited summary and the source links. */
  static String alertHtml(String topic, List<Article> story, Answer summary) {
    Article lead = story.get(0);
    StringBuilder b = new StringBuilder("\uD83D\uDD14 <b>New coverage</b>");
    if (topic != null) b.append(" on <i>").append(Html.escape(topic)).append("</i>");
    b.append("\n<b>")
        .append(Html.escape(lead.title() != null ? lead.title() : lead.label()))
        .append("</b>");
    String cov = coverage(story);
    if (!cov.isEmpty()) b.append("\n").append(cov);
    if (lead.date() != null) b.append(cov.isEmpty() ? "\n" : ", ").append(lead.date());
    b.append("\n\n");
    if (summary instanceof Answer.Answered a) {
      // one number per article (the summary cites sentence by sentence; the alert lists articles)
      Map<String, Integer> byArticle = new LinkedHashMap<>();
      Map<Integer, Citation> byN = new HashMap<>();
      for (Citation c : a.citations()) byN.put(c.n(), c);
      Matcher m = Answer.MARKER.matcher(a.text());
      while (m.find()) {
        Citation c = byN.get(Integer.parseInt(m.group(1)));
        if (c != null) byArticle.putIfAbsent(c.articleId(), byArticle.size() + 1);
      }
      String text =
          Answer.MARKER
              .matcher(a.text())
              .replaceAll(
                  r -> {
                    Citation c = byN.get(Integer.parseInt(r.group(1)));
                    return c == null ? "" : "[" + byArticle.get(c.articleId()) + "]";
                  });
      text = text.replaceAll("(\\[\\d+])(\\1)+", "$1");
      b.append(Html.escape(text));
      b.append("\n\n<b>Sources</b>");
      for (var e : byArticle.entrySet()) {
        Citation c =
            a.citations().stream()
                .filter(x -> x.articleId().equals(e.getKey()))
                .findFirst()
                .orElseThrow();
        b.append("\n[")
            .append(e.getValue())
            .append("] ")
            .append(Html.sourceLine(c.outlet(), c.date(), c.title(), c.url(), c.articleId()));
      }
    } else {
      b.append("<b>Sources</b>");
      int n = 1;
      for (Article a : story) {
        b.append("\n[")
            .append(n++)
            .append("] ")
            .append(Html.sourceLine(a.outlet(), a.date(), a.title(), a.url(), a.id()));
      }
    }
    b.append("\n\n<i>/subscriptions to manage alerts</i>");
    return b.toString();
  }

  /** A daily digest: the stories collected since the last one, each with its outlets and links. */
  static String digestHtml(String topic, LocalDate day, List<List<Article>> stories) {
    StringBuilder b = new StringBuilder("\uD83D\uDCF0 <b>Daily digest</b>");
    if (topic != null) b.append(" on <i>").append(Html.escape(topic)).append("</i>");
    b.append(", ")
        .append(day)
        .append(": ")
        .append(stories.size())
        .append(stories.size() == 1 ? " story" : " stories");
    int i = 1;
    for (List<Article> story : stories) {
      Article lead = story.get(0);
      b.append("\n\n")
          .append(i++)
          .append(". <b>")
          .append(Html.escape(lead.title() != null ? lead.title() : lead.label()))
          .append("</b>");
      String cov = coverage(story);
      if (!cov.isEmpty()) b.append(" — ").append(cov);
      for (Article a : story) {
        b.append("\n   ").append(Html.sourceLine(a.outlet(), a.date(), a.title(), a.url(), a.id()));
      }
    }
    b.append("\n\n<i>/subscriptions to manage alerts</i>");
    return b.toString();
  }
}
