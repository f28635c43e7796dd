package dev.talksbot.cli;

import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.core.TalksBot;
import dev.talksbot.ingest.intake.HandoffIntake;
import dev.talksbot.ingest.intake.Intake;
import dev.talksbot.ingest.intake.IntakeQueue;
import dev.talksbot.ingest.intake.IntakeRequest;
import dev.talksbot.ingest.intake.IntakeResult;
import dev.talksbot.ingest.intake.LocalIntake;
import dev.talksbot.ingest.intake.ServerPresence;
import dev.talksbot.net.PageFetcher;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;

/**
 * The ingestion stage as {@code ingest} and {@code index} reach it: handed to the server running on
 * the data dir, which owns the index, or — with no server — carried out here, taking the index's
 * write lock (waiting a bounded time for another writer). The core and the model are only loaded
 * when the work is done here.
 */
final class CliIntake implements AutoCloseable {
  private final TalksbotConfig cfg;
  private final PrintWriter err;
  private TalksBot bot;
  private PageFetcher fetcher;
  private IntakeQueue queue;

  private CliIntake(TalksbotConfig cfg, PrintWriter err) {
    this.cfg = cfg;
    this.err = err;
  }

  /** Carries out one request where it belongs. */
  static IntakeResult submit(TalksbotConfig cfg, IntakeRequest request, PrintWriter err)
      throws IOException, InterruptedException {
    try (CliIntake c = new CliIntake(cfg, err)) {
      Intake intake = ServerPresence.serving(cfg.dataDir()) ? c.handoff() : c.local();
      return intake.submit(request);
    }
  }

  private Intake handoff() {
    queue = dev.talksbot.db.StateStores.intake(cfg, Clock.systemUTC());
    return new HandoffIntake(queue, cfg.dataDir(), this::local, err);
  }

  private Intake local() throws IOException {
    // the model loads in the background while the index and the store open
    bot =
        TalksBot.open(
            cfg,
            dev.talksbot.index.OnnxEmbedder.loadInBackground(cfg.embedding().model()),
            Session.progress(err));
    fetcher = PageFetcher.of(cfg.alerts());
    return new LocalIntake(bot.corpusWriter(), fetcher, Clock.systemUTC(), Session.progress(err));
  }

  @Override
  public void close() throws IOException {
    try {
      if (queue != null) queue.close();
      if (fetcher != null) fetcher.close();
    } finally {
      if (bot != null) bot.close();
    }
  }
}
