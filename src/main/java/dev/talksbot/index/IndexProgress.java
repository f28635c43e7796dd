package dev.talksbot.index;

/** Receives progress while many articles are indexed. */
@FunctionalInterface
public interface IndexProgress {
  void update(int articlesDone, int articlesTotal, long passagesDone, long elapsedNanos);

  IndexProgress NONE = (a, t, p, e) -> {};
}
