package dev.talksbot.ingest.intake;

import dev.talksbot.ingest.store.Arrival;
import dev.talksbot.ingest.store.StoredArticle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps this instance's index up with the article store: it follows the store's arrivals past a
 * cursor (a small file beside the index) and indexes each article the index lacks or has in an
 * older version. With a store shared by several instances (PostgreSQL), an article ingested through
 * any of them — or by a CLI on another machine — becomes answerable on every one; on one machine it
 * finds its articles already indexed and costs a lookup each.
 */
public final class IndexFollower {
  private static final Logger log = LoggerFactory.getLogger(IndexFollower.class);

  /** Arrivals read per look. */
  static final int BATCH = 200;

  private final CorpusWriter corpus;
  private final Path cursorFile;

  public IndexFollower(CorpusWriter corpus, Path cursorFile) {
    this.corpus = corpus;
    this.cursorFile = cursorFile;
  }

  /** The cursor file of a data dir. */
  public static Path cursorIn(Path dataDir) {
    return dataDir.resolve("index-follow.cursor");
  }

  /** Indexes what arrived since the last look; returns how many articles were (re)indexed. */
  public synchronized int catchUp() throws IOException {
    long cursor = readCursor();
    int indexed = 0;
    while (true) {
      List<Arrival> batch = corpus.articleStore().arrivalsAfter(cursor, BATCH);
      if (batch.isEmpty()) return indexed;
      for (Arrival a : batch) {
        Optional<StoredArticle> s = corpus.articleStore().get(a.articleId());
        if (s.isPresent() && corpus.indexStored(s.get())) {
          indexed++;
          log.info("indexed {} (arrived elsewhere: {})", a.articleId(), a.via());
        }
        cursor = a.seq();
      }
      writeCursor(cursor);
      if (batch.size() < BATCH) return indexed;
    }
  }

  private long readCursor() throws IOException {
    if (!Files.exists(cursorFile)) return 0;
    String s = Files.readString(cursorFile, StandardCharsets.UTF_8).strip();
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      log.warn("index follower: unreadable cursor {} ('{}'); starting over", cursorFile, s);
      return 0;
    }
  }

  private void writeCursor(long cursor) throws IOException {
    Files.createDirectories(cursorFile.toAbsolutePath().getParent());
    Path tmp = cursorFile.resolveSibling(cursorFile.getFileName() + ".tmp");
    Files.writeString(tmp, Long.toString(cursor), StandardCharsets.UTF_8);
    Files.move(
        tmp, cursorFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }
}
