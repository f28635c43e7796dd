package dev.talksbot.cli;

import dev.talksbot.alerts.AlertsRuntime;
import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.core.TalksBot;
import dev.talksbot.db.PgNotifier;
import dev.talksbot.db.StateStores;
import dev.talksbot.ingest.intake.IntakeService;
import dev.talksbot.ingest.intake.LocalIntake;
import dev.talksbot.ingest.intake.ServerPresence;
import dev.talksbot.net.PageFetcher;
import dev.talksbot.ops.OpsRuntime;
import dev.talksbot.telegram.AlertCommands;
import dev.talksbot.telegram.AlertFormat;
import dev.talksbot.telegram.BotCore;
import dev.talksbot.telegram.BotToken;
import dev.talksbot.telegram.TelegramService;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
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
      "While it runs it owns the data dir: `ingest` and `index` hand their work to it.",
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
    return serve(cfg, token, stop, spec.commandLine().getErr());
  }

  /** Serves until {@code stop} opens; then stops gracefully (tests call this in-process). */
  static int serve(TalksbotConfig cfg, BotToken token, CountDownLatch stop, PrintWriter err)
      throws Exception {
    var progress = Session.progress(err);
    // the data dir is this server's from here on: CLI ingest/index hand their work to it
    try (ServerPresence presence = ServerPresence.claim(cfg.dataDir());
        OpsRuntime ops = OpsRuntime.start(cfg.ops()); // early: /readyz is 503 while loading
        TalksBot bot =
            TalksBot.open(
                cfg,
                dev.talksbot.index.OnnxEmbedder.loadInBackground(cfg.embedding().model()),
                progress);
        PageFetcher fetcher = PageFetcher.of(cfg.alerts())) {
      if (ops.port() > 0) {
        err.println("talksbot: ops endpoint on " + cfg.ops().host() + ":" + ops.port());
      }
      bot.metrics(ops.metrics());
      ops.indexOpen(bot::corpusInfo);
      LocalIntake intake =
          new LocalIntake(bot.corpusWriter(), fetcher, Clock.systemUTC(), progress);
      try (IntakeService ingest = IntakeService.open(presence, cfg, intake, Clock.systemUTC());
          AlertsRuntime alerts =
              cfg.alerts().enabled()
                  ? AlertsRuntime.open(cfg, bot, intake, fetcher, AlertFormat.INSTANCE)
                  : null;
          PgNotifier notifier =
              alerts != null && cfg.storage().postgres()
                  ? PgNotifier.start(StateStores.target(cfg.storage(), System.getenv()))
                  : null) {
        ops.stateStoreOpen(alerts);
        if (notifier != null) { // other instances' arrivals and queued alerts wake this one
          notifier.on(PgNotifier.ARRIVAL, alerts::wake);
          notifier.on(PgNotifier.OUTBOX, alerts::wake);
        }
        ingest.inbox().metrics(ops.metrics());
        if (alerts != null) alerts.feeds().metrics(ops.metrics());
        ingest.start(Duration.ofSeconds(cfg.alerts().inboxPollSeconds()));
        return run(cfg, token, stop, err, bot, ops, ingest, alerts);
      }
    }
  }

  private static int run(
      TalksbotConfig cfg,
      BotToken token,
      CountDownLatch stop,
      PrintWriter err,
      TalksBot bot,
      OpsRuntime ops,
      IntakeService ingest,
      AlertsRuntime alerts)
      throws Exception {
    TelegramService svc =
        TelegramService.start(
            cfg,
            token,
            BotCore.of(bot),
            TelegramService.Options.defaults(),
            alerts == null ? null : AlertCommands.of(alerts, bot),
            ops.metrics());
    ops.botApiUp(svc::receiving, svc::queueDepth);
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
    ingest.close(); // the request in hand finishes; the rest wait for the next start
    svc.close();
    if (alerts != null) alerts.close();
    err.println("talksbot: stopped; " + svc.stats());
    return Main.EXIT_OK;
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
