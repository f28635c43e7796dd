package dev.talksbot.alerts.store;

import dev.talksbot.alerts.store.AlertStore.Event;
import dev.talksbot.alerts.store.AlertStore.MatchBatch;
import dev.talksbot.alerts.store.AlertStore.StoryMember;
import java.time.Instant;
import java.util.List;

/**
 * New-article events (copied from the article store's arrivals) and the stories articles are
 * grouped into. One repository of the alerts store; every method is one transaction.
 */
public interface Stories {
  /**
   * Takes or renews the lease of the one matcher among several instances: true when {@code holder}
   * holds it until {@code until} (it was free, expired, or already {@code holder}'s). Matching
   * events to stories and making digests must run in one place at a time, or two instances would
   * make two stories of one article.
   */
  boolean leadMatching(String holder, Instant now, Instant until);

  /** Gives the matcher's lease up (a clean stop), so another instance or a restart takes it now. */
  void releaseMatching(String holder);

  void addEvent(String articleId, String origin, Instant now);

  /** The sequence number of the last article-store arrival copied into events (0: none). */
  long arrivalCursor();

  /**
   * Records a new-article event for each arrival after the cursor and moves the cursor past them,
   * in one transaction (so each arrival becomes exactly one event, whoever copies it).
   */
  void addArrivalEvents(List<dev.talksbot.ingest.store.Arrival> arrivals, Instant now);

  List<Event> pendingEvents(int limit);

  /** Every article already in a story, with its signature (newest last). */
  List<StoryMember> members();

  /** Creates a new story and returns its id. */
  long newStory(String firstArticleId, Instant now);

  List<String> storyArticles(long storyId);

  void apply(MatchBatch batch, Instant now);
}
