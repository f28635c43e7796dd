package dev.talksbot.telegram;

import dev.talksbot.answer.Answer;
import dev.talksbot.answer.Citation;
import dev.talksbot.answer.CorpusInfo;
import dev.talksbot.ingest.Article;
import java.util.List;

/** What the bot says, as Telegram HTML; every piece of outside text is escaped here. */
final class TelegramFormat {
  private TelegramFormat() {}

  static final String APOLOGY =
      "Sorry, something went wrong while answering that. Please try again in a moment.";

  static String greeting(CorpusInfo info, boolean group, String botUsername) {
    StringBuilder b = new StringBuilder();
    b.append("<b>Hello!</b> I answer questions about ")
        .append(Html.escape(info.topic()))
        .append(" from ")
        .append(info.articles())
        .append(info.articles() == 1 ? " news article" : " news articles");
    if (info.first() != null) {
      b.append(
          info.first().equals(info.last())
              ? " dated " + info.first()
              : " dated " + info.first() + " to " + info.last());
      if (info.undated() > 0) b.append(" (").append(info.undated()).append(" undated)");
    }
    if (!info.outlets().isEmpty()) {
      b.append(", from ").append(Html.escape(String.join(", ", info.outlets())));
    }
    b.append(". Every answer cites the articles it comes from.\n\n<b>Try:</b>\n");
    String ask = group ? "/ask " : "";
    b.append("• <i>").append(ask).append("Who led the Ukrainian delegation?</i>\n");
    b.append("• <i>").append(ask).append("What did the two sides agree on?</i>\n");
    b.append("• /summary — a short overview (or /summary prisoner exchange)\n");
    b.append("• /sources — the articles I know\n\n");
    if (group && botUsername != null) {
      b.append("In groups, use /ask, mention @")
          .append(Html.escape(botUsername))
          .append(" or reply to me. ");
    }
    b.append("/help lists all commands.");
    return b.toString();
  }

  static String help(boolean group, String botUsername, int maxChars) {
    return "<b>What I can do</b>\n"
        + (group
            ? ""
            : "Just type a question, e.g. <i>What did the Kremlin say before the talks?</i>\n")
        + "/ask &lt;question&gt; — answer a question from the coverage\n"
        + "/summary [topic] — a short cited overview, of everything or of a topic\n"
        + "/sources — the articles I know\n"
        + "/help — this text\n\n"
        + (group && botUsername != null
            ? "In this group I answer commands, messages that mention @"
                + Html.escape(botUsername)
                + " and replies to my messages.\n"
            : "")
        + "Answers carry [n] markers; the sources are listed below them, and the button shows the "
        + "quoted passages. Questions can be up to "
        + maxChars
        + " characters.";
  }

  /** The /help lines of added commands (admin-only ones are not listed). */
  static String helpExtra(ChatCommands ext) {
    if (ext == null) return "";
    StringBuilder b = new StringBuilder();
    for (ChatCommands.Command c : ext.commands()) {
      if (c.adminOnly()) continue;
      b.append(b.isEmpty() ? "\n\n<b>Alerts</b>" : "").append("\n/").append(c.name());
      if (c.usage() != null && !c.usage().isEmpty()) b.append(' ').append(Html.escape(c.usage()));
      b.append(" — ").append(Html.escape(c.description()));
    }
    return b.toString();
  }

  /** The answer text with its compact source list (no quotes). */
  static String answer(Answer a) {
    StringBuilder b = new StringBuilder(Html.escape(a.text()));
    if (!a.citations().isEmpty()) {
      b.append("\n\n<b>Sources</b>");
      for (Citation c : a.citations()) {
        b.append("\n[")
            .append(c.n())
            .append("] ")
            .append(Html.sourceLine(c.outlet(), c.date(), c.title(), c.url(), c.articleId()));
      }
    }
    return b.toString();
  }

  /** The quoted passages of an answer's citations. */
  static String quotes(List<QuoteStore.Quote> quotes) {
    StringBuilder b = new StringBuilder("<b>Quoted passages</b>");
    for (QuoteStore.Quote q : quotes) {
      b.append("\n\n[").append(q.n()).append("] ");
      b.append(Html.sourceLine(q.outlet(), q.localDate(), q.title(), q.url(), q.articleId()));
      b.append("\n<blockquote>").append(Html.escape(q.quote())).append("</blockquote>");
    }
    return b.toString();
  }

  static String sources(CorpusInfo info, List<Article> articles) {
    StringBuilder b =
        new StringBuilder("<b>Sources</b>: ").append(Html.escape(info.describe())).append('.');
    int i = 1;
    for (Article a : articles) {
      b.append("\n\n")
          .append(i++)
          .append(". ")
          .append(Html.sourceLine(a.outlet(), a.date(), a.title(), a.url(), a.id()));
      if (!a.authors().isEmpty())
        b.append("\n   by ").append(Html.escape(String.join(", ", a.authors())));
    }
    return b.toString();
  }

  static String unknownCommand(String cmd) {
    return "I don't know the command " + Html.escape(cmd) + ". /help lists what I can do.";
  }

  static String usageAsk() {
    return "Ask a question after the command, e.g. <code>/ask Who led the Russian delegation?</code>";
  }

  static String tooLong(int chars, int max) {
    return "That question is too long ("
        + chars
        + " characters; I take at most "
        + max
        + "). Please ask it in fewer words.";
  }

  static String flood(long seconds) {
    return "You're sending messages faster than I can answer. Please wait about "
        + seconds
        + " seconds and ask again.";
  }

  static String notText(boolean group) {
    return "I can only read text. Type a question about the talks, or /help.";
  }

  static String expired() {
    return "This button has expired. Please ask the question again.";
  }
}
