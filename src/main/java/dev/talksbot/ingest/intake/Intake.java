package dev.talksbot.ingest.intake;

import java.io.IOException;

/**
 * The ingestion stage's one entry point: every way an article enters the system (the CLI's {@code
 * ingest} and {@code index}, the inbox folder, feeds, the chat's {@code /ingest}) goes through
 * {@link #submit}. {@link LocalIntake} does the work in this process; {@link HandoffIntake} hands
 * it to a running server, which owns the index.
 */
public interface Intake {
  /**
   * Carries out a request.
   *
   * @throws IntakeException when it cannot be done, with a message fit for the person who asked
   * @throws IOException when the store or the index fails
   */
  IntakeResult submit(IntakeRequest request) throws IOException, InterruptedException;
}
