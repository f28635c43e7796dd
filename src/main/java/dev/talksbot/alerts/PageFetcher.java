package dev.talksbot.alerts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Downloads a feed or a page with a time limit on the whole download (a server that trickles its
 * answer is cut off too) and a size cap. Failures are {@link FetchException}s whose message is the
 * reason, fit for a log line.
 */
public final class PageFetcher implements AutoCloseable {
  static final String USER_AGENT = "TalksBot/0.1 (+https://github.com/; news alerts)";

  private final HttpClient http;
  private final Duration timeout;
  private final int maxBytes;
  private final ScheduledExecutorService watchdog =
      Executors.newSingleThreadScheduledExecutor(
          r -> {
            Thread t = new Thread(r, "fetch-watchdog");
            t.setDaemon(true);
            return t;
          });

  /** A download: status 200 with a body, or 304 (not modified) without one. */
  public record Fetched(
      int status, byte[] body, String contentType, String etag, String lastModified, URI uri) {}

  public static final class FetchException extends IOException {
    public FetchException(String reason) {
      super(reason);
    }
  }

  public PageFetcher(Duration timeout, int maxBytes) {
    this.timeout = timeout;
    this.maxBytes = maxBytes;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  public Fetched get(String url) throws FetchException, InterruptedException {
    return get(url, null, null);
  }

  /** GET with optional conditional headers (ETag, Last-Modified of the previous answer). */
  public Fetched get(String url, String etag, String lastModified)
      throws FetchException, InterruptedException {
    URI uri;
    try {
      uri = URI.create(url);
      if (uri.getScheme() == null
          || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
        throw new FetchException("not an http(s) URL");
      }
    } catch (IllegalArgumentException e) {
      throw new FetchException("not a URL: " + e.getMessage());
    }
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri)
            .timeout(timeout)
            .GET()
            .header("User-Agent", USER_AGENT)
            .header(
                "Accept",
                "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5");
    if (etag != null) b.header("If-None-Match", etag);
    if (lastModified != null) b.header("If-Modified-Since", lastModified);
    long deadline = System.nanoTime() + timeout.toNanos();
    HttpResponse<InputStream> r;
    var future = http.sendAsync(b.build(), HttpResponse.BodyHandlers.ofInputStream());
    try {
      r = future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      throw new FetchException("no answer within " + timeout.toSeconds() + " s");
    } catch (ExecutionException e) {
      Throwable c = e.getCause() == null ? e : e.getCause();
      if (c instanceof java.net.http.HttpTimeoutException) {
        throw new FetchException("no answer within " + timeout.toSeconds() + " s");
      }
      throw new FetchException(describe(c));
    }
    int status = r.statusCode();
    String ct = r.headers().firstValue("Content-Type").orElse("");
    AtomicBoolean cut = new AtomicBoolean();
    try (InputStream in = r.body()) {
      if (status == 304) return new Fetched(304, new byte[0], ct, etag, lastModified, r.uri());
      if (status != 200) throw new FetchException("HTTP " + status);
      long left = Math.max(1, deadline - System.nanoTime());
      ScheduledFuture<?> kill =
          watchdog.schedule(
              () -> {
                cut.set(true);
                try {
                  in.close();
                } catch (IOException ignored) {
                  // closing is all we want
                }
              },
              left,
              TimeUnit.NANOSECONDS);
      try {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[16384];
        int n;
        while ((n = in.read(buf)) >= 0) {
          out.write(buf, 0, n);
          if (out.size() > maxBytes) {
            throw new FetchException(
                "too large (more than " + maxBytes + " bytes; alerts.maxPageBytes)");
          }
        }
        return new Fetched(
            200,
            out.toByteArray(),
            ct,
            r.headers().firstValue("ETag").orElse(null),
            r.headers().firstValue("Last-Modified").orElse(null),
            r.uri());
      } finally {
        kill.cancel(false);
      }
    } catch (FetchException e) {
      throw e;
    } catch (IOException e) {
      if (cut.get())
        throw new FetchException("download not finished within " + timeout.toSeconds() + " s");
      throw new FetchException(describe(e));
    }
  }

  static String describe(Throwable t) {
    String m = t.getMessage();
    String name = t.getClass().getSimpleName();
    if (t instanceof java.net.ConnectException)
      return "cannot connect" + (m == null ? "" : " (" + m + ")");
    if (t instanceof java.net.http.HttpTimeoutException) return "timed out";
    return m == null ? name : name + ": " + m;
  }

  @Override
  public void close() {
    watchdog.shutdownNow();
    http.close();
  }
}
