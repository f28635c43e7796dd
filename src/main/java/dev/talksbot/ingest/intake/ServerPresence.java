package dev.talksbot.ingest.intake;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * "A server runs on this data dir": an exclusive lock on {@code <dataDir>/serve.lock}, held by
 * {@code serve} for its lifetime and released by the operating system when the process ends, even
 * by {@code kill -9}. CLI commands look at it to decide whether to hand their work to the server.
 */
public final class ServerPresence implements AutoCloseable {
  /** Attempts to take the lock while a CLI command briefly holds it to look. */
  private static final int CLAIM_ATTEMPTS = 40;

  private static final long CLAIM_RETRY_MILLIS = 50;

  /** Data dirs whose presence this JVM holds (a second channel on the file must not be opened). */
  private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

  private final Path dir;
  private final FileChannel channel;
  private final FileLock lock;

  private ServerPresence(Path dir, FileChannel channel, FileLock lock) {
    this.dir = dir;
    this.channel = channel;
    this.lock = lock;
  }

  public static Path fileIn(Path dataDir) {
    return dataDir.resolve("serve.lock");
  }

  /**
   * Claims the data dir for this server.
   *
   * @throws IntakeException when another server already runs on it
   */
  public static ServerPresence claim(Path dataDir) throws IOException {
    Path dir = dataDir.toAbsolutePath().normalize();
    if (!HELD.add(dir)) throw alreadyServing(dir, "this process");
    try {
      Files.createDirectories(dir);
      FileChannel ch =
          FileChannel.open(
              fileIn(dir),
              StandardOpenOption.CREATE,
              StandardOpenOption.READ,
              StandardOpenOption.WRITE);
      try {
        for (int i = 0; i < CLAIM_ATTEMPTS; i++) {
          FileLock l = ch.tryLock();
          if (l != null) {
            ch.truncate(0);
            ch.write(
                ByteBuffer.wrap(
                    (ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)),
                0);
            ch.force(false);
            return new ServerPresence(dir, ch, l);
          }
          pause();
        }
        throw alreadyServing(dir, "process " + pidIn(dir));
      } catch (IOException | RuntimeException e) {
        ch.close();
        throw e;
      }
    } catch (IOException | RuntimeException e) {
      HELD.remove(dir);
      throw e;
    }
  }

  private static void pause() throws IntakeException {
    try {
      Thread.sleep(CLAIM_RETRY_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IntakeException("interrupted while claiming the data dir");
    }
  }

  /** Whether a server (this process or another) runs on the data dir. */
  public static boolean serving(Path dataDir) {
    Path dir = dataDir.toAbsolutePath().normalize();
    if (HELD.contains(dir)) return true;
    Path f = fileIn(dir);
    if (!Files.exists(f)) return false;
    try (FileChannel ch = FileChannel.open(f, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      FileLock l = ch.tryLock(0, Long.MAX_VALUE, true);
      if (l == null) return true;
      l.release();
      return false;
    } catch (OverlappingFileLockException e) {
      return true;
    } catch (IOException e) {
      return false; // cannot look (e.g. read-only): treat as no server; the index lock still guards
    }
  }

  private static IntakeException alreadyServing(Path dir, String who) {
    return new IntakeException(
        "another `talksbot serve` ("
            + who
            + ") already runs on the data dir "
            + dir
            + "; stop it first, or give this one its own data dir (config dataDir)");
  }

  private static String pidIn(Path dir) {
    try {
      String s = Files.readString(fileIn(dir), StandardCharsets.UTF_8).strip();
      return s.matches("\\d+") ? s : "?";
    } catch (IOException e) {
      return "?";
    }
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
      channel.close();
    } finally {
      HELD.remove(dir);
    }
  }
}
