package dev.talksbot.telegram;

import dev.talksbot.answer.Answer;
import dev.talksbot.answer.Citation;
import dev.talksbot.answer.CorpusInfo;
import dev.talksbot.ingest.Article;
import java.util.List;

/**
 * What the bot says, as Telegram HTML, in the user's language ({@link Messages}); every piece of
 * outside text is escaped here.
 */
final class TelegramFormat {
  private TelegramFormat() {}

  static String greeting(Messages m, CorpusInfo info, boolean group, String botUsername) {
    StringBuilder b = new StringBuilder();
    String topic = Html.escape(info.topic());
    b.append(
        info.articles() == 1
            ? m.get("greeting.hello.one", topic)
            : m.get("greeting.hello", topic, info.articles()));
    if (info.first() != null) {
      b.append(
          info.first().equals(info.last())
              ? m.get("greeting.dated", info.first())
              : m.get("greeting.dated.range", info.first(), info.last()));
      if (info.undated() > 0) b.append(m.get("greeting.undated", info.undated()));
    }
    if (!info.outlets().isEmpty()) {
      b.append(m.get("greeting.from", Html.escape(String.join(", ", info.outlets()))));
    }
    b.append(m.get("greeting.cites")).append("\n\n").append(m.get("greeting.try")).append('\n');
    String ask = group ? "/ask " : "";
    b.append("• <i>").append(ask).append(m.get("greeting.example1")).append("</i>\n");
    b.append("• <i>").append(ask).append(m.get("greeting.example2")).append("</i>\n");
    b.append("• ").append(m.get("greeting.summary")).append('\n');
    b.append("• ").append(m.get("greeting.latest")).append('\n');
    b.append("• ").append(m.get("greeting.sources")).append("\n\n");
    if (group && botUsername != null) {
      b.append(m.get("greeting.group", Html.escape(botUsername))).append(' ');
    }
    b.append(m.get("greeting.help"));
    return b.toString();
  }

  static String help(Messages m, boolean group, String botUsername, int maxChars) {
    StringBuilder b = new StringBuilder(m.get("help.title")).append('\n');
    if (!group) b.append(m.get("help.private")).append('\n');
    for (String k : List.of("help.ask", "help.summary", "help.latest", "help.sources", "help.help"))
      b.append(m.get(k)).append('\n');
    b.append('\n');
    if (botUsername != null) {
      if (group) b.append(m.get("help.group", Html.escape(botUsername))).append('\n');
      b.append(m.get("help.inline", Html.escape(botUsername))).append('\n');
    }
    return b.append(m.get("help.footer", maxChars)).toString();
  }

  /** The /help lines of added commands (admin-only ones are not listed). */
  static String helpExtra(Messages m, ChatCommands ext) {
    if (ext == null) return "";
    StringBuilder b = new StringBuilder();
    for (ChatCommands.Command c : ext.commands()) {
      if (c.adminOnly()) continue;
      b.append(b.isEmpty() ? "\n\n" + m.get("help.extra") : "").append("\n/").append(c.name());
      if (c.usage() != null && !c.usage().isEmpty()) b.append(' ').append(Html.escape(c.usage()));
      b.append(" — ").append(Html.escape(c.description()));
    }
    return b.toString();
  }

  /** The answer text with its compact source list (no quotes). */
  static String answer(Messages m, Answer a) {
    StringBuilder b = new StringBuilder(Html.escape(a.text()));
    if (!a.citations().isEmpty()) b.append("\n\n").append(sourceList(m, a.citations()));
    return b.toString();
  }

  /** "Sources" and one line per citation. */
  static String sourceList(Messages m, List<Citation> citations) {
    StringBuilder b = new StringBuilder(m.get("sources.title"));
    for (Citation c : citations) {
      b.append("\n[")
          .append(c.n())
          .append("] ")
          .append(Html.sourceLine(c.outlet(), c.date(), c.title(), c.url(), c.articleId()));
    }
    return b.toString();
  }

  /** The quoted passages of an answer's citations. */
  static String quotes(Messages m, List<QuoteStore.Quote> quotes) {
    StringBuilder b = new StringBuilder(m.get("quotes.title"));
    for (QuoteStore.Quote q : quotes) {
      b.append("\n\n[").append(q.n()).append("] ");
      b.append(Html.sourceLine(q.outlet(), q.localDate(), q.title(), q.url(), q.articleId()));
      b.append("\n<blockquote>").append(Html.escape(q.quote())).append("</blockquote>");
    }
    return b.toString();
  }

  static String sources(Messages m, CorpusInfo info, List<Article> articles) {
    StringBuilder b =
        new StringBuilder(m.get("sources.title"))
            .append(": ")
            .append(Html.escape(info.describe()))
            .append('.');
    int i = 1;
    for (Article a : articles) {
      b.append("\n\n")
          .append(i++)
          .append(". ")
          .append(Html.sourceLine(a.outlet(), a.date(), a.title(), a.url(), a.id()));
      if (!a.authors().isEmpty())
        b.append("\n   ").append(m.get("sources.by", Html.escape(String.join(", ", a.authors()))));
    }
    return b.toString();
  }

  static String unknownCommand(Messages m, String cmd) {
    return m.get("command.unknown", Html.escape(cmd));
  }
}
