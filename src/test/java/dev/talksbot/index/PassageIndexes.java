package dev.talksbot.index;

import java.time.Duration;

/** Test access to package-private settings of {@link PassageIndex}. */
public final class PassageIndexes {
  private PassageIndexes() {}

  public static void shortLockWait(PassageIndex index, Duration wait) {
    index.writeLockWait(wait);
  }
}
