package dev.talksbot.cli;

import dev.talksbot.alerts.AlertsRuntime;
import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.core.TalksBot;
import dev.talksbot.telegram.BotCore;
import dev.talksbot.telegram.BotToken;
import dev.talksbot.telegram.TelegramService;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the Telegram bot (long polling by default, or a webhook: config telegram.mode).",
      "The token comes from TELEGRAM_BOT_TOKEN or the file telegram.tokenFile names (see docs/telegram.md).",
      "SIGTERM or Ctrl-C: stops taking updates, finishes the answers in flight, exits 0."
    })
final class ServeCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    TalksbotConfig cfg = Session.config();
    BotToken token =
        BotToken.resolve(System.getenv(), cfg.telegram()); // fail before loading anything
    CountDownLatch stop = new CountDownLatch(1);
    onSignal("TERM", stop);
    onSignal("INT", stop);
    var err = spec.commandLine().getErr();
    try (TalksBot bot = Session.open();
        AlertsRuntime alerts = cfg.alerts().enabled() ? AlertsRuntime.open(cfg, bot) : null) {
      TelegramService svc =
          TelegramService.start(
              cfg,
              token,
              BotCore.of(bot),
              TelegramService.Options.defaults(),
              alerts == null ? null : alerts.commands());
      if (alerts != null) alerts.start(svc.alertSender());
      err.println(
          "talksbot: serving as @"
              + svc.username()
              + " ("
              + bot.corpusInfo().describe()
              + "); stop with Ctrl-C or SIGTERM");
      err.flush();
      stop.await();
      err.println(
          "talksbot: stopping: finishing the answers in flight (at most "
              + cfg.telegram().shutdownSeconds()
              + " s)");
      err.flush();
      if (alerts != null) alerts.stopBackground(); // no alert cut off by the client shutting down
      svc.close();
      if (alerts != null) alerts.close();
      err.println("talksbot: stopped; " + svc.stats());
      return Main.EXIT_OK;
    }
  }

  /** Turns a signal into a graceful stop (exit 0), instead of the JVM's abrupt exit 143. */
  @SuppressWarnings("sunapi")
  private static void onSignal(String name, CountDownLatch stop) {
    try {
      sun.misc.Signal.handle(new sun.misc.Signal(name), s -> stop.countDown());
    } catch (IllegalArgumentException | UnsupportedOperationException e) {
      Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "tg-stop"));
    }
  }
}
