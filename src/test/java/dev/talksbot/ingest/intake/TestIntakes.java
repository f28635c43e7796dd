package dev.talksbot.ingest.intake;

import dev.talksbot.core.TalksBot;
import dev.talksbot.index.IndexProgress;
import dev.talksbot.net.PageFetcher;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

/** Shorthands for tests that ingest through the ingestion stage. */
public final class TestIntakes {
  private TestIntakes() {}

  public static LocalIntake local(TalksBot bot, PageFetcher fetcher, Clock clock) {
    return new LocalIntake(bot.corpusWriter(), fetcher, clock, IndexProgress.NONE);
  }

  public static IntakeResult.Added files(Intake intake, Path path)
      throws IOException, InterruptedException {
    return (IntakeResult.Added) intake.submit(new IntakeRequest.Files(path));
  }

  public static IntakeResult.Added page(Intake intake, String url)
      throws IOException, InterruptedException {
    return (IntakeResult.Added) intake.submit(new IntakeRequest.Page(url));
  }

  public static IntakeResult.Added page(
      Intake intake, String url, String title, LocalDate date, String via)
      throws IOException, InterruptedException {
    return (IntakeResult.Added) intake.submit(new IntakeRequest.Page(url, title, date, via));
  }
}
