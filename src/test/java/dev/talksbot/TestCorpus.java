package dev.talksbot;

import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.core.TalksBot;
import dev.talksbot.index.Embedder;
import dev.talksbot.index.IndexProgress;
import dev.talksbot.index.OnnxEmbedder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bundled corpus indexed once per test JVM (a real Lucene index in a temp folder, the real
 * embedding model), shared by the end-to-end tests.
 */
public final class TestCorpus {
  private TestCorpus() {}

  private static TalksBot bot;
  private static Embedder embedder;

  /** The project's bundled corpus folder. */
  public static Path corpusDir() {
    return Path.of("index", "corpus").toAbsolutePath();
  }

  public static synchronized Embedder embedder() {
    if (embedder == null) embedder = OnnxEmbedder.load(OnnxEmbedder.BGE_SMALL);
    return embedder;
  }

  public static synchronized TalksBot bot() {
    if (bot == null) {
      try {
        Path data = TempDirs.create("talksbot-test-data");
        TalksbotConfig cfg = TalksbotConfig.defaults().withDataDir(data).withCorpusDir(corpusDir());
        bot = TalksBot.open(cfg, embedder(), IndexProgress.NONE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return bot;
  }

  /**
   * Writes a made-up article in the raw shape the parser reads: a metadata line (" date D By
   * BYLINE"), then its paragraphs.
   */
  public static void writeArticle(
      Path dir, String file, String date, String byline, String... paragraphs) throws IOException {
    Files.writeString(
        dir.resolve(file),
        " date " + date + " By " + byline + "\n\n" + String.join("\n\n", paragraphs) + "\n");
  }

  /** Who wrote a made-up article, and when. */
  public record Byline(String date, String byline) {}

  /** A Meridian Post reporter on 2025-08-02: the first report most answer tests write. */
  public static final Byline MERIDIAN = new Byline("2025-08-02", "Anna Kovacs, Meridian Post");

  /** A Baltic Wire reporter on 2025-08-03: the second outlet of those tests. */
  public static final Byline BALTIC = new Byline("2025-08-03", "Tom Lind, Baltic Wire");

  /** {@link #writeArticle(Path, String, String, String, String...)} by a standard byline. */
  public static void writeArticle(Path dir, String file, Byline by, String... paragraphs)
      throws IOException {
    writeArticle(dir, file, by.date(), by.byline(), paragraphs);
  }

  /** A fresh, empty data dir with its own bot over the given corpus folder. */
  /**
   * An undated article whose year-less dateline ({@code QUELLMOOR, September 19 (Brennick Wire) —})
   * gave it its month and day, as the parser keeps them.
   */
  public static dev.talksbot.ingest.Article datelined(String id) {
    return new dev.talksbot.ingest.Article(
        id,
        id + ".txt",
        null,
        "Brennick Wire",
        java.util.List.of(),
        null,
        null,
        "Delegates from Lutavia met at the Wendricht lighthouse on Friday.",
        java.time.MonthDay.of(9, 19),
        null);
  }

  /** {@link #datelined} with its dateline's place, Quellmoor (invented). */
  public static dev.talksbot.ingest.Article placed(String id) {
    return datelined(id).withDatelinePlace("Quellmoor");
  }

  public static TalksBot freshBot(Path corpus) throws IOException {
    Path data = TempDirs.create("talksbot-test-fresh");
    TalksbotConfig cfg = TalksbotConfig.defaults().withDataDir(data).withCorpusDir(corpus);
    return TalksBot.open(cfg, embedder(), IndexProgress.NONE);
  }
}
