package dev.talksbot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.talksbot.answer.Answer;
import dev.talksbot.answer.Citation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the "quoted passages" button needs, kept on disk under {@code <dataDir>/telegram/quotes} so
 * buttons keep working after a restart. The button's callback data holds only a 16-character key
 * ({@code q:<key>}, 18 bytes). Entries older than {@link #MAX_AGE} or beyond {@link #MAX_ENTRIES}
 * (the oldest first) are removed at start and again while the bot runs: on a write, once {@link
 * #PRUNE_INTERVAL} has passed since the last pruning or {@link #PRUNE_EVERY_WRITES} entries were
 * written since, so the folder never holds more than {@code MAX_ENTRIES + PRUNE_EVERY_WRITES}. An
 * entry past its age is not served even before it is removed; its button then says politely that it
 * expired. Ages come from the store's clock, which also stamps each file it writes.
 */
final class QuoteStore {
  private static final Logger log = LoggerFactory.getLogger(QuoteStore.class);
  static final Duration MAX_AGE = Duration.ofDays(90);
  static final int MAX_ENTRIES = 50_000;

  /** Time between prunings while the bot runs: an hour is small against the 90-day age. */
  static final Duration PRUNE_INTERVAL = Duration.ofHours(1);

  /**
   * Writes between prunings: listing 50,000 files takes a moment, so not on every write; 1% of
   * {@link #MAX_ENTRIES} is how far the count may overshoot.
   */
  static final int PRUNE_EVERY_WRITES = 500;

  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{16}");
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One citation as the button shows it. */
  record Quote(
      int n, String articleId, String outlet, String title, String date, String url, String quote) {
    LocalDate localDate() {
      return date == null ? null : LocalDate.parse(date);
    }

    static Quote of(Citation c) {
      return new Quote(
          c.n(),
          c.articleId(),
          c.outlet(),
          c.title(),
          c.date() == null ? null : c.date().toString(),
          c.url(),
          c.quote());
    }
  }

  /** A stored entry: the HTML of the message carrying the button, and the quotes. */
  record Entry(String messageHtml, List<Quote> quotes) {}

  private final Path dir;
  private final Clock clock;
  private final Duration maxAge;
  private final int maxEntries;
  private final int pruneEveryWrites;
  private Instant lastPrune;
  private int writesSincePrune;

  QuoteStore(Path dir) throws IOException {
    this(dir, Clock.systemUTC(), MAX_AGE, MAX_ENTRIES, PRUNE_EVERY_WRITES);
  }

  /** A store with its own clock and bounds (tests use small ones). */
  QuoteStore(Path dir, Clock clock, Duration maxAge, int maxEntries, int pruneEveryWrites)
      throws IOException {
    if (maxAge == null || maxAge.isNegative() || maxAge.isZero()) {
      throw new IllegalArgumentException("quote maxAge must be positive, got " + maxAge);
    }
    if (maxEntries < 1) {
      throw new IllegalArgumentException("quote maxEntries must be at least 1, got " + maxEntries);
    }
    if (pruneEveryWrites < 1) {
      throw new IllegalArgumentException(
          "quote pruneEveryWrites must be at least 1, got " + pruneEveryWrites);
    }
    this.dir = dir;
    this.clock = clock;
    this.maxAge = maxAge;
    this.maxEntries = maxEntries;
    this.pruneEveryWrites = pruneEveryWrites;
    Files.createDirectories(dir);
    prune();
  }

  /** The key of an answer's quotes (same answer, same key). */
  static String keyOf(Answer a) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      md.update(a.text().getBytes(StandardCharsets.UTF_8));
      for (Citation c : a.citations()) {
        md.update(
            (c.n() + "\u0000" + c.articleId() + "\u0000" + c.quote())
                .getBytes(StandardCharsets.UTF_8));
      }
      return Base64.getUrlEncoder().withoutPadding().encodeToString(md.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  void put(String key, Entry e) throws IOException {
    Path f = dir.resolve(key + ".json");
    Path tmp = Files.createTempFile(dir, key, ".tmp");
    try {
      JSON.writeValue(tmp.toFile(), e);
      Files.setLastModifiedTime(tmp, FileTime.from(clock.instant()));
      Files.move(tmp, f, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
    if (pruneDue()) prune();
  }

  /** Whether this write is the one after which to prune (time or count since the last). */
  private synchronized boolean pruneDue() {
    writesSincePrune++;
    return writesSincePrune >= pruneEveryWrites
        || !clock.instant().isBefore(lastPrune.plus(PRUNE_INTERVAL));
  }

  /** The entry, or null when the key is unknown, malformed or expired. */
  Entry get(String key) {
    if (key == null || !KEY.matcher(key).matches()) return null;
    Path f = dir.resolve(key + ".json");
    try {
      if (!Files.isRegularFile(f)) return null;
      if (expired(f)) {
        Files.deleteIfExists(f);
        return null;
      }
      return JSON.readValue(f.toFile(), Entry.class);
    } catch (IOException e) {
      log.warn("unreadable quote entry {}: {}", f.getFileName(), e.toString());
      return null;
    }
  }

  private boolean expired(Path f) {
    return modified(f).isBefore(clock.instant().minus(maxAge));
  }

  /** Removes entries past their age, then the oldest beyond the count. */
  private synchronized void prune() {
    lastPrune = clock.instant();
    writesSincePrune = 0;
    try (Stream<Path> s = Files.list(dir)) {
      List<Path> files = new ArrayList<>(s.filter(p -> p.toString().endsWith(".json")).toList());
      files.sort(
          Comparator.comparing(QuoteStore::modified).thenComparing(Path::getFileName).reversed());
      for (int i = 0; i < files.size(); i++) {
        if (i >= maxEntries || expired(files.get(i))) Files.deleteIfExists(files.get(i));
      }
    } catch (IOException e) {
      log.warn("could not prune {}: {}", dir, e.toString());
    }
  }

  private static Instant modified(Path p) {
    try {
      return Files.getLastModifiedTime(p).toInstant();
    } catch (IOException e) {
      return Instant.EPOCH;
    }
  }
}
