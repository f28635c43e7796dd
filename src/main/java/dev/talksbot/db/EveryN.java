package dev.talksbot.db;

/** Says yes once per {@code n} calls (e.g. to prune a table now and then). Thread-safe. */
public final class EveryN {
  private final int n;
  private int count;

  public EveryN(int n) {
    if (n < 1) throw new IllegalArgumentException("n must be >= 1, got " + n);
    this.n = n;
  }

  /** Counts a call; true on every {@code n}-th. */
  public synchronized boolean tick() {
    if (++count < n) return false;
    count = 0;
    return true;
  }
}
