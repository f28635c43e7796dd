package dev.talksbot.alerts;

import dev.talksbot.alerts.store.AlertStore.StoryMember;
import dev.talksbot.config.AlertsSettings;
import dev.talksbot.index.Embedder;
import dev.talksbot.ingest.Article;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Finds the story a new article belongs to: the story it is already in, else the story of its
 * closest near-duplicate (MinHash similarity of word shingles at least {@code
 * duplicateSimilarity}), else the story of an article that independently reports the same event
 * (dated within {@code sameStoryDays}, leads at least {@code sameStoryCosine} alike), else none. It
 * only looks: making a new story is the caller's.
 */
final class StoryPlacer {
  /** How much of an article's headline and text (characters) its lead vector embeds. */
  static final int LEAD_CHARS = 1000;

  /** Where a new article goes. */
  sealed interface Placement {
    /** Already a member of the story (its event came again). */
    record Known(long storyId) implements Placement {
      public Known {
        checkStoryId(storyId);
      }
    }

    /** A near-duplicate ({@code similarity}, estimated Jaccard) of an article of the story. */
    record NearDuplicate(long storyId, double similarity) implements Placement {
      public NearDuplicate {
        checkStoryId(storyId);
        if (!(similarity > 0 && similarity <= 1))
          throw new IllegalArgumentException("similarity must be in (0..1], was " + similarity);
      }
    }

    /** Reports the same event as {@code articleId} of the story (leads {@code cosine} alike). */
    record SameEvent(long storyId, String articleId, double cosine) implements Placement {
      public SameEvent {
        checkStoryId(storyId);
        Objects.requireNonNull(articleId, "articleId");
      }
    }

    /** In no story yet. */
    record NewStory() implements Placement {}

    private static void checkStoryId(long id) {
      if (id < 0) throw new IllegalArgumentException("story id must be >= 0, was " + id);
    }
  }

  private final AlertsSettings settings;
  private final Embedder embedder;

  StoryPlacer(AlertsSettings settings, Embedder embedder) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.embedder = Objects.requireNonNull(embedder, "embedder");
  }

  /**
   * The placement of article {@code a} (MinHash signature {@code sig}) among the story members
   * (whose articles are in {@code articles}). An article already placed keeps its story; it is
   * reported as a near-duplicate when a member listed before its own entry was one.
   */
  Placement place(Article a, int[] sig, List<StoryMember> members, Map<String, Article> articles) {
    long story = -1;
    double best = 0;
    for (StoryMember m : members) {
      if (m.articleId().equals(a.id())) {
        story = m.storyId();
        break;
      }
      double s = MinHash.similarity(sig, m.signature());
      if (s >= settings.duplicateSimilarity() && s > best) {
        best = s;
        story = m.storyId();
      }
    }
    if (story >= 0)
      return best > 0 ? new Placement.NearDuplicate(story, best) : new Placement.Known(story);
    Placement.SameEvent same = sameEvent(a, members, articles);
    return same != null ? same : new Placement.NewStory();
  }

  /**
   * The story of an article that independently reports the same event: dated within {@code
   * sameStoryDays} and with leads at least {@code sameStoryCosine} alike. Articles without a date
   * are never joined this way (only as near-duplicates): topic-alike coverage of the next round a
   * month later is as similar as two reports of the same day (see docs/alerts.md).
   */
  private Placement.SameEvent sameEvent(
      Article a, List<StoryMember> members, Map<String, Article> articles) {
    if (a.date() == null) return null;
    float[] va = null;
    Placement.SameEvent best = null;
    for (StoryMember m : members) {
      Article b = articles.get(m.articleId());
      if (b == null || b.date() == null || b.id().equals(a.id())) continue;
      long days = Math.abs(ChronoUnit.DAYS.between(a.date(), b.date()));
      if (days > settings.sameStoryDays()) continue;
      if (va == null) va = leadVector(a);
      double cos = Embedder.dot(va, leadVector(b));
      if (cos >= settings.sameStoryCosine() && (best == null || cos > best.cosine())) {
        best = new Placement.SameEvent(m.storyId(), b.id(), cos);
      }
    }
    return best;
  }

  /** Embedding of an article's headline and opening (cached by the embedder). */
  private float[] leadVector(Article a) {
    String t = (a.title() == null ? "" : a.title() + "\n") + a.text();
    return embedder.embedPassage(t.length() > LEAD_CHARS ? t.substring(0, LEAD_CHARS) : t);
  }
}
