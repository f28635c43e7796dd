package dev.talksbot.ingest.intake;

import dev.talksbot.ingest.SkippedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The inbox folder ({@code <dataDir>/inbox}): files dropped there are ingested and moved to {@code
 * done/} or {@code failed/} (next to a {@code <name>.reason.txt}). The folder is scanned every
 * {@code alerts.inboxPollSeconds} (polling works on every file system, unlike watch services on
 * network mounts); a file is taken once its size and time stamp are the same in two scans in a row,
 * so a file still being copied is not read half-written. Names starting with a dot or ending in
 * .part/.tmp are left alone.
 */
public final class InboxWatcher {
  private static final Logger log = LoggerFactory.getLogger(InboxWatcher.class);

  private final Path inbox;
  private final Intake intake;
  private final Map<Path, String> seen = new HashMap<>();

  // ops hook (issue 12): ingest failures for /metrics
  private volatile dev.talksbot.ops.Metrics metrics = dev.talksbot.ops.Metrics.NONE;

  public void metrics(dev.talksbot.ops.Metrics m) {
    metrics = m;
  }

  public InboxWatcher(Path inbox, Intake intake) throws IOException {
    this.inbox = inbox;
    this.intake = intake;
    Files.createDirectories(inbox.resolve("done"));
    Files.createDirectories(inbox.resolve("failed"));
  }

  public static Path inboxIn(Path dataDir) {
    return dataDir.resolve("inbox");
  }

  public Path folder() {
    return inbox;
  }

  /** One scan; returns how many files it moved. */
  public int scanOnce() {
    List<Path> files;
    try (Stream<Path> s = Files.list(inbox)) {
      files =
          s.filter(Files::isRegularFile)
              .filter(
                  p -> {
                    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                    return !n.startsWith(".") && !n.endsWith(".part") && !n.endsWith(".tmp");
                  })
              .sorted()
              .toList();
    } catch (IOException e) {
      log.warn("inbox {}: cannot list: {}", inbox, e.toString());
      return 0;
    }
    seen.keySet().retainAll(files);
    int moved = 0;
    for (Path f : files) {
      String stamp;
      try {
        stamp = Files.size(f) + "/" + Files.getLastModifiedTime(f).toMillis();
      } catch (IOException e) {
        continue; // vanished
      }
      if (!stamp.equals(seen.put(f, stamp))) continue; // new or still growing: next scan
      seen.remove(f);
      moved++;
      String reason = null;
      try {
        IntakeResult r = intake.submit(new IntakeRequest.Files(f));
        if (!r.skipped().isEmpty()) {
          reason =
              r.skipped().stream()
                  .map(SkippedFile::reason)
                  .reduce((a, b) -> a + "; " + b)
                  .orElse("skipped");
        } else {
          log.info(
              "inbox: {} ingested ({} new or changed, {} unchanged)",
              f.getFileName(),
              r instanceof IntakeResult.Added a ? a.added().size() : 0,
              r instanceof IntakeResult.Added a ? a.unchanged().size() : 0);
        }
      } catch (dev.talksbot.index.IndexBusyException e) {
        // another writer holds the index: transient, the file stays for the next scan
        log.warn("inbox: {} waits: {}", f.getFileName(), e.getMessage());
        moved--;
        continue;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return moved - 1; // stopping: the file stays for the next start
      } catch (IntakeException e) {
        reason = e.getMessage();
        metrics.ingestFailure("inbox", e); // ops hook
      } catch (IOException | RuntimeException e) {
        reason = e.toString();
        metrics.ingestFailure("inbox", e); // ops hook
      }
      try {
        if (reason == null) {
          move(f, inbox.resolve("done"));
        } else {
          Path to = move(f, inbox.resolve("failed"));
          Files.writeString(
              to.resolveSibling(to.getFileName() + ".reason.txt"),
              reason + "\n",
              StandardCharsets.UTF_8);
          log.warn("inbox: {} failed: {} (moved to failed/)", f.getFileName(), reason);
        }
      } catch (IOException e) {
        log.error("inbox: cannot move {}: {}", f, e.toString());
      }
    }
    return moved;
  }

  private static Path move(Path f, Path dir) throws IOException {
    Path to = dir.resolve(f.getFileName());
    for (int i = 2; Files.exists(to); i++) to = dir.resolve(i + "-" + f.getFileName());
    return Files.move(f, to, StandardCopyOption.ATOMIC_MOVE);
  }
}
