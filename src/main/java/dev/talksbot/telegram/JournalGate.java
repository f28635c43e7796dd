package dev.talksbot.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Where the {@link UpdateJournal} meets the update flow: an update is recorded before it is queued
 * (a re-delivery is dropped), handled in its chat's turn, and marked done after; what a killed run
 * left is read back for answering.
 */
final class JournalGate {
  private static final Logger log = LoggerFactory.getLogger(JournalGate.class);

  private final UpdateJournal journal;
  private final UpdateHandler handler;
  private final ObjectMapper json =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  JournalGate(UpdateJournal journal, UpdateHandler handler) {
    this.journal = journal;
    this.handler = handler;
  }

  /** The updates a previous run took but did not finish, oldest first (unreadable ones dropped). */
  List<Update> unfinished() {
    List<UpdateJournal.Entry> open = journal.unfinished();
    if (!open.isEmpty()) {
      log.warn(
          "answering {} update(s) taken earlier and not finished (by a previous run, or by an"
              + " instance that stopped)",
          open.size());
    }
    List<Update> out = new ArrayList<>();
    for (UpdateJournal.Entry e : open) {
      try {
        out.add(json.readValue(e.body(), Update.class));
      } catch (java.io.IOException | RuntimeException bad) {
        log.warn("journalled update {} unreadable ({}); dropped", e.updateId(), bad.toString());
        journal.done(e.updateId());
      }
    }
    return out;
  }

  /** Whether other instances share the journal (then leases are renewed and taken over). */
  boolean shared() {
    return journal.shared();
  }

  /** Renews the leases of the updates this instance is handling. */
  void renew() {
    journal.renewLeases();
  }

  void done(Update u) {
    journal.done(u.getUpdateId());
  }

  /** Forgets an update that could not be queued (Telegram sends it again). */
  void forget(Update u) {
    journal.forget(u.getUpdateId());
  }

  /**
   * Records an update in the journal before it is queued; false when it was seen before (a
   * re-delivery): it is not handled again. A journal failure is logged and the update handled.
   */
  boolean remember(Update u) {
    try {
      Object lane = UpdateHandler.laneOf(u);
      String key = lane == null ? null : lane.toString();
      if (journal.record(u.getUpdateId(), key, json.writeValueAsString(u))) return true;
      log.info("update {} seen before; not handled again", u.getUpdateId());
      return false;
    } catch (java.io.IOException | RuntimeException e) {
      log.warn("update {} not journalled: {}", u.getUpdateId(), e.toString());
      return true;
    }
  }

  /**
   * Handles an update, then marks it done in the journal (answered, or given up with a log). Before
   * handling, waits (bounded) while an earlier update of the same chat is still being handled by
   * another instance, so one chat's answers stay in order across instances.
   */
  Runnable task(Update u) {
    return () -> {
      try {
        awaitTurn(u);
        handler.handle(u);
      } finally {
        try {
          journal.done(u.getUpdateId());
        } catch (RuntimeException e) {
          log.warn("update {} not marked done: {}", u.getUpdateId(), e.toString());
        }
      }
    };
  }

  /** How long an update waits for an earlier one of its chat handled elsewhere. */
  static final long TURN_WAIT_MILLIS = 30_000;

  /** How often the journal is asked whether the earlier update is done. */
  static final long TURN_POLL_MILLIS = 50;

  private void awaitTurn(Update u) {
    Object lane = UpdateHandler.laneOf(u);
    if (lane == null || !journal.shared()) return; // one process: its chat queue keeps the order
    long deadline = System.nanoTime() + TURN_WAIT_MILLIS * 1_000_000;
    try {
      while (journal.earlierOpen(lane.toString(), u.getUpdateId())) {
        if (System.nanoTime() > deadline) {
          log.warn(
              "update {}: an earlier one of its chat is still open; answering anyway",
              u.getUpdateId());
          return;
        }
        Thread.sleep(TURN_POLL_MILLIS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      log.warn("update {}: cannot ask the journal for its turn: {}", u.getUpdateId(), e.toString());
    }
  }
}
