package dev.talksbot.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.talksbot.answer.Answer;
import dev.talksbot.answer.Citation;
import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.db.StoreSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the "quoted passages" button needs, kept in the state database ({@code
 * <dataDir>/telegram/quotes.sqlite}, or the shared PostgreSQL database, where the button works
 * whichever instance receives the press) so buttons keep working after a restart. The button's
 * callback data holds only a 16-character key ({@code q:<key>}, 18 bytes). Entries older than
 * {@link #MAX_AGE} or beyond {@link #MAX_ENTRIES} (the oldest first) are removed at start and again
 * while the bot runs: on a write, once {@link #PRUNE_INTERVAL} has passed since the last pruning or
 * {@link #PRUNE_EVERY_WRITES} entries were written since, so the store never holds more than {@code
 * MAX_ENTRIES + PRUNE_EVERY_WRITES} (per instance between prunings). An entry past its age is not
 * served even before it is removed; its button then says politely that it expired. Ages come from
 * the store's clock, which also stamps each entry it writes. Entries of the former folder ({@code
 * <dataDir>/telegram/quotes/*.json}) are moved in when the store opens.
 */
final class QuoteStore implements AutoCloseable {
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

  /** This store's name in PostgreSQL's {@code schema_version}. */
  static final String STORE = "quotes";

  /** Schema migrations (SQLite dialect; translated for PostgreSQL). Never edit one; append. */
  static final List<String[]> MIGRATIONS =
      List.<String[]>of(
          new String[] {
            "CREATE TABLE quote (key TEXT PRIMARY KEY, body TEXT NOT NULL,"
                + " created_at INTEGER NOT NULL)",
            "CREATE INDEX quote_age ON quote(created_at)"
          });

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

  private final StoreSession db;
  private final Clock clock;
  private final Duration maxAge;
  private final int maxEntries;
  private final int pruneEveryWrites;
  private Instant lastPrune;
  private int writesSincePrune;

  /** The store where the configuration keeps state, with the product's bounds. */
  static QuoteStore open(TalksbotConfig cfg, Map<String, String> env, Clock clock) {
    StoreSession db =
        StoreSession.open(
            cfg,
            env,
            STORE,
            "the quoted-passage store",
            cfg.dataDir().resolve("telegram").resolve("quotes.sqlite"),
            MIGRATIONS);
    try {
      QuoteStore q = new QuoteStore(db, clock, MAX_AGE, MAX_ENTRIES, PRUNE_EVERY_WRITES);
      q.moveIn(cfg.dataDir().resolve("telegram").resolve("quotes"));
      return q;
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
  }

  /** A store on an open database with its own clock and bounds (tests use small ones). */
  QuoteStore(StoreSession db, Clock clock, Duration maxAge, int maxEntries, int pruneEveryWrites) {
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
    this.db = db;
    this.clock = clock;
    this.maxAge = maxAge;
    this.maxEntries = maxEntries;
    this.pruneEveryWrites = pruneEveryWrites;
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
    put(key, JSON.writeValueAsString(e), clock.instant());
    if (pruneDue()) prune();
  }

  private void put(String key, String json, Instant at) {
    db.tx(
        () ->
            db.update(
                "INSERT INTO quote(key, body, created_at) VALUES (?,?,?) ON CONFLICT (key)"
                    + " DO UPDATE SET body = excluded.body, created_at = excluded.created_at",
                key,
                json,
                at));
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
    long oldest = clock.instant().minus(maxAge).toEpochMilli();
    List<String> found =
        db.read(
            () ->
                db.query(
                    "SELECT body FROM quote WHERE key = ? AND created_at >= ?",
                    rs -> rs.getString(1),
                    key,
                    oldest));
    if (found.isEmpty()) return null;
    try {
      return JSON.readValue(found.getFirst(), Entry.class);
    } catch (IOException e) {
      log.warn("unreadable quote entry {}: {}", key, e.toString());
      return null;
    }
  }

  /** How many entries the store holds (served or not). */
  long size() {
    return db.read(() -> db.count("SELECT COUNT(*) FROM quote"));
  }

  /** Removes entries past their age, then the oldest beyond the count. */
  private synchronized void prune() {
    lastPrune = clock.instant();
    writesSincePrune = 0;
    long oldest = clock.instant().minus(maxAge).toEpochMilli();
    db.tx(
        () -> {
          db.update("DELETE FROM quote WHERE created_at < ?", oldest);
          // the newest maxEntries stay: find the last of them, delete what sorts after it
          record Row(long at, String key) {}
          List<Row> last =
              db.query(
                  "SELECT created_at, key FROM quote ORDER BY created_at DESC, key DESC"
                      + " LIMIT 1 OFFSET ?",
                  rs -> new Row(rs.getLong(1), rs.getString(2)),
                  maxEntries - 1);
          if (!last.isEmpty()) {
            Row r = last.getFirst();
            db.update(
                "DELETE FROM quote WHERE created_at < ? OR (created_at = ? AND key < ?)",
                r.at(),
                r.at(),
                r.key());
          }
          return null;
        });
  }

  /**
   * Moves the entries of the folder earlier versions kept ({@code <key>.json}, aged by their file
   * time) into the store, then removes the folder; an unreadable file is skipped with a warning.
   */
  void moveIn(Path folder) {
    if (!Files.isDirectory(folder)) return;
    int moved = 0;
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.toList()) {
        String name = f.getFileName().toString();
        String key = name.endsWith(".json") ? name.substring(0, name.length() - 5) : "";
        try {
          if (KEY.matcher(key).matches()) {
            put(key, Files.readString(f), Files.getLastModifiedTime(f).toInstant());
            moved++;
          }
          Files.delete(f);
        } catch (IOException e) {
          log.warn("quote file {} not moved: {}", name, e.toString());
        }
      }
      Files.deleteIfExists(folder);
    } catch (IOException e) {
      log.warn("could not move the quote folder {}: {}", folder, e.toString());
    }
    if (moved > 0) {
      log.info("moved {} quoted-passage entries from {} into the store", moved, folder);
      prune();
    }
  }

  @Override
  public void close() {
    db.close();
  }
}
