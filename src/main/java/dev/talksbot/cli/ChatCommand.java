package dev.talksbot.cli;

import dev.talksbot.answer.CorpusInfo;
import dev.talksbot.core.InvalidQuestionException;
import dev.talksbot.core.NewestArticles;
import dev.talksbot.core.SmallTalk;
import dev.talksbot.core.TalksBot;
import dev.talksbot.ingest.Article;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(
    name = "chat",
    mixinStandardHelpOptions = true,
    description =
        "An interactive console: type questions, /summary [topic], /latest [n|topic], /sources,"
            + " /help, /quit.")
final class ChatCommand implements Callable<Integer> {
  /** The console is one chat: follow-up questions refer to the previous ones. */
  static final String CONSOLE_CHAT = "console";

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (TalksBot bot = Session.open()) {
      BufferedReader in =
          new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
      out.println(greeting(bot.corpusInfo()));
      boolean tty = System.console() != null;
      while (true) {
        if (tty) {
          out.print("> ");
          out.flush();
        }
        String line = in.readLine();
        if (line == null) break;
        String s = line.strip();
        if (s.isEmpty()) continue;
        if (s.equals("/quit") || s.equals("/exit")) break;
        out.println(handle(bot, s));
        out.flush();
      }
      return Main.EXIT_OK;
    }
  }

  static String greeting(CorpusInfo info) {
    return "TalksBot: I answer questions from "
        + info.describe()
        + ".\nTry: Who leads the Ukrainian delegation?  /summary  /sources  /help  /quit";
  }

  static String help() {
    return """
        Ask a question in plain words, e.g. "What did the Kremlin say before the talks?"
        /summary [topic]  a short cited overview (of everything, or of a topic)
        /latest [n]       the n newest articles (5 without a number, at most 10)
        /latest <topic>   the latest coverage on a topic, cited
        /sources          the articles I know
        /help             this text
        /quit             leave""";
  }

  /** The /sources text (also the reply to "what sources do you use?"). */
  static String sources(TalksBot bot) {
    return bot.corpusInfo().describe() + ".\n\n" + Render.sources(bot.sources());
  }

  /**
   * {@code /latest [n]}: the n newest articles, as in Telegram (headline, outlet, date, newest
   * first); {@code /latest <topic>}: the cited summary of the latest coverage on the topic.
   */
  static String latest(TalksBot bot, String arg) {
    if (NewestArticles.namesATopic(arg)) return Render.text(bot.latest(arg));
    Integer n = NewestArticles.count(arg);
    if (n == null)
      return "/latest takes a number of articles from 1 to "
          + NewestArticles.MAX_COUNT
          + " (e.g. /latest 3) or a topic (e.g. /latest prisoner exchange).";
    List<Article> newest = NewestArticles.newest(bot.sources(), n);
    if (newest.isEmpty()) return "No articles are indexed yet.";
    StringBuilder b = new StringBuilder("The newest articles:");
    int i = 1;
    for (Article a : newest) {
      b.append("\n").append(i++).append(". ").append(NewestArticles.headline(a)).append("\n   ");
      if (a.outlet() != null) b.append(a.outlet()).append(", ");
      b.append(a.date() != null ? a.date().toString() : "undated");
      if (a.url() != null) b.append(" — ").append(a.url());
    }
    return b.append("\n(/summary <topic> or a question for more)").toString();
  }

  /** One line typed by the person; never throws for bad input. */
  static String handle(TalksBot bot, String s) {
    try {
      if (s.startsWith("/")) {
        String cmd = s.split("\\s+", 2)[0].toLowerCase(java.util.Locale.ROOT);
        String arg = s.contains(" ") ? s.substring(s.indexOf(' ') + 1).strip() : "";
        return switch (cmd) {
          case "/help", "/start" -> help();
          case "/summary" -> Render.text(bot.summary(arg.isEmpty() ? null : arg));
          case "/sources" -> sources(bot);
          case "/latest" -> latest(bot, arg);
          case "/ask" ->
              arg.isEmpty() ? "Usage: /ask <question>" : Render.text(bot.ask(arg, CONSOLE_CHAT));
          default -> "Unknown command " + cmd + ". " + "Type /help for what I can do.";
        };
      }
      var courtesy = SmallTalk.of(s);
      if (courtesy.isPresent())
        return switch (courtesy.get()) {
          case HELLO -> greeting(bot.corpusInfo());
          case HELP -> help();
          case SOURCES -> sources(bot);
          case THANKS -> "You are welcome. Ask me anything else, or try /summary.";
          case OK -> "Ask me anything about the coverage, or try /summary.";
        };
      return Render.text(bot.ask(s, CONSOLE_CHAT));
    } catch (InvalidQuestionException e) {
      return e.getMessage();
    } catch (RuntimeException e) {
      org.slf4j.LoggerFactory.getLogger(ChatCommand.class).error("failed to handle a chat line", e);
      return "Sorry, something went wrong while answering that. Please try again.";
    }
  }
}
