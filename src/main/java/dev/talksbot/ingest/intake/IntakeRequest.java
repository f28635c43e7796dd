package dev.talksbot.ingest.intake;

import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/** What is asked of the ingestion stage: add a file or folder, add a web page, or rebuild. */
public sealed interface IntakeRequest {
  /** An article file or a folder of them. */
  record Files(Path path) implements IntakeRequest {
    public Files {
      Objects.requireNonNull(path, "path");
      path = path.toAbsolutePath().normalize(); // another process may run it
    }
  }

  /**
   * A web page.
   *
   * @param url an http(s) URL
   * @param fallbackTitle a title to use when the page has none (e.g. a feed item's), or null
   * @param fallbackDate a date to use when the page has none, or null
   * @param via how it came in, for the arrival record: {@code url}, {@code feed}, {@code chat}
   */
  record Page(String url, String fallbackTitle, LocalDate fallbackDate, String via)
      implements IntakeRequest {
    public Page {
      if (url == null || url.isBlank()) throw new IllegalArgumentException("no URL given");
      url = url.strip();
      String scheme = schemeOf(url);
      if (!"http".equals(scheme) && !"https".equals(scheme)) {
        throw new IllegalArgumentException("not an http(s) URL: " + url);
      }
      if (via == null || via.isBlank()) via = "url";
    }

    public Page(String url) {
      this(url, null, null, "url");
    }

    private static String schemeOf(String url) {
      try {
        String s = URI.create(url).getScheme();
        return s == null ? "" : s.toLowerCase(java.util.Locale.ROOT);
      } catch (IllegalArgumentException e) {
        return "";
      }
    }
  }

  /** Rebuild the index from the article store, after storing the corpus folder's files. */
  record Reindex() implements IntakeRequest {}
}
