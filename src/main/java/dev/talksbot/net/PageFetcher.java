package dev.talksbot.net;

import dev.talksbot.config.AlertsSettings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Downloads a feed or a page, safely: http and https only; before each request (the first and every
 * redirect, followed here one by one) the host is resolved once and every address it resolves to is
 * checked by {@link SafeAddresses}; the connection then goes to exactly those addresses (OkHttp's
 * DNS hook answers with them, so there is no second lookup to rebind). A time limit covers the
 * whole download (a server that trickles its answer is cut off too) and a size cap the body.
 *
 * <p>Failures are {@link FetchException}s whose message is fit for a user, an admin and a log line:
 * a refused address is always "that address is not allowed" ({@link AddressNotAllowed}), and a
 * connection or TLS failure is always "the page could not be fetched": nothing says which port
 * refused or what the network looks like inside.
 */
public final class PageFetcher implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(PageFetcher.class);
  static final String USER_AGENT = "TalksBot/0.1 (+https://github.com/; news alerts)";

  /** Redirects followed for one download; news sites need one to three (http→https, www, AMP). */
  public static final int MAX_REDIRECTS = 5;

  /** The one message for every connection, TLS or name-resolution failure. */
  public static final String NOT_FETCHED = "the page could not be fetched";

  private final OkHttpClient http;
  private final SafeAddresses guard;
  private final SafeAddresses.Lookup lookup;
  private final Duration timeout;
  private final int maxBytes;

  /** A download: status 200 with a body, or 304 (not modified) without one. */
  public record Fetched(
      int status, byte[] body, String contentType, String etag, String lastModified, URI uri) {}

  /** Why a download failed, in words fit for the user who asked for it. */
  public static sealed class FetchException extends IOException permits AddressNotAllowed {
    public FetchException(String reason) {
      super(reason);
    }
  }

  /** The URL, or a redirect from it, leads to an address that is not allowed: do not retry. */
  public static final class AddressNotAllowed extends FetchException {
    AddressNotAllowed() {
      super(AddressNotAllowedException.MESSAGE);
    }
  }

  /** A fetcher with the timeout, size cap and allow-list of {@code alerts:} in the config. */
  public static PageFetcher of(AlertsSettings s) {
    return new PageFetcher(
        Duration.ofSeconds(s.fetchTimeoutSeconds()),
        s.maxPageBytes(),
        SafeAddresses.allowing(s.fetchAllow()));
  }

  public PageFetcher(Duration timeout, int maxBytes, SafeAddresses guard) {
    this(timeout, maxBytes, guard, SafeAddresses.Lookup.SYSTEM, EventListener.NONE);
  }

  /**
   * With a resolver and an OkHttp event listener (tests: a fixed name table, and a record of every
   * connection attempt).
   */
  public PageFetcher(
      Duration timeout,
      int maxBytes,
      SafeAddresses guard,
      SafeAddresses.Lookup lookup,
      EventListener events) {
    if (timeout == null || timeout.isNegative() || timeout.isZero())
      throw new IllegalArgumentException("fetch timeout must be positive");
    if (maxBytes < 1) throw new IllegalArgumentException("maxBytes must be positive");
    if (guard == null) throw new IllegalArgumentException("an address guard is required");
    this.timeout = timeout;
    this.maxBytes = maxBytes;
    this.guard = guard;
    this.lookup = lookup;
    this.http =
        new OkHttpClient.Builder()
            .connectTimeout(timeout)
            .readTimeout(timeout)
            .followRedirects(false) // followed in get(), each one checked
            .followSslRedirects(false)
            .proxy(Proxy.NO_PROXY) // a proxy would resolve the host itself, unchecked
            .eventListener(events)
            .build();
  }

  public Fetched get(String url) throws FetchException, InterruptedException {
    return get(url, null, null);
  }

  /** GET with optional conditional headers (ETag, Last-Modified of the previous answer). */
  public Fetched get(String url, String etag, String lastModified)
      throws FetchException, InterruptedException {
    HttpUrl u = url == null ? null : HttpUrl.parse(url.strip());
    if (u == null) throw new FetchException("not an http(s) URL");
    long deadline = System.nanoTime() + timeout.toNanos();
    for (int redirects = 0; ; redirects++) {
      Response r = send(u, etag, lastModified, deadline);
      int status = r.code();
      if (!r.isRedirect()) return read(r, u, etag, lastModified, deadline);
      String location = r.header("Location");
      r.close();
      if (location == null) throw new FetchException("HTTP " + status + " without a Location");
      if (redirects >= MAX_REDIRECTS) {
        throw new FetchException("more than " + MAX_REDIRECTS + " redirects");
      }
      HttpUrl next = u.resolve(location);
      if (next == null) { // another scheme (file:, ftp:, gopher:…) or garbage
        log.info("refused a redirect from {} to a non-http(s) location", u.redact());
        throw new AddressNotAllowed();
      }
      u = next;
    }
  }

  /** One request to {@code u}: its host resolved and checked, the connection pinned to it. */
  private Response send(HttpUrl u, String etag, String lastModified, long deadline)
      throws FetchException, InterruptedException {
    List<InetAddress> checked;
    try {
      checked = guard.resolve(u.host(), lookup);
    } catch (AddressNotAllowedException e) {
      log.info("refused {}: {} address", u.redact(), e.category());
      throw new AddressNotAllowed();
    } catch (UnknownHostException e) {
      log.debug("cannot resolve {}", u.host());
      throw new FetchException(NOT_FETCHED);
    }
    String host = u.host();
    OkHttpClient pinned =
        http.newBuilder()
            .dns(
                name -> {
                  if (name.equals(host)) return checked;
                  throw new UnknownHostException("not the checked host");
                })
            .build();
    Request.Builder b =
        new Request.Builder()
            .url(u)
            .get()
            .header("User-Agent", USER_AGENT)
            .header(
                "Accept",
                "text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5");
    if (etag != null) b.header("If-None-Match", etag);
    if (lastModified != null) b.header("If-Modified-Since", lastModified);
    Call call = pinned.newCall(b.build());
    call.timeout().timeout(left(deadline), TimeUnit.NANOSECONDS);
    try {
      return call.execute();
    } catch (InterruptedIOException e) {
      if (interrupted(e)) throw new InterruptedException();
      throw new FetchException("no answer within " + timeout.toSeconds() + " s");
    } catch (IOException e) {
      log.debug("fetching {} failed: {}", u.redact(), e.toString());
      throw new FetchException(NOT_FETCHED);
    }
  }

  private Fetched read(Response r, HttpUrl u, String etag, String lastModified, long deadline)
      throws FetchException, InterruptedException {
    try (r) {
      String ct = r.header("Content-Type", "");
      if (r.code() == 304) return new Fetched(304, new byte[0], ct, etag, lastModified, u.uri());
      if (r.code() != 200) throw new FetchException("HTTP " + r.code());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (InputStream in = r.body().byteStream()) {
        byte[] buf = new byte[16384];
        int n;
        while ((n = in.read(buf)) >= 0) {
          out.write(buf, 0, n);
          if (out.size() > maxBytes) {
            throw new FetchException(
                "too large (more than " + maxBytes + " bytes; alerts.maxPageBytes)");
          }
        }
      } catch (InterruptedIOException e) {
        if (interrupted(e)) throw new InterruptedException();
        throw new FetchException("download not finished within " + timeout.toSeconds() + " s");
      } catch (FetchException e) {
        throw e;
      } catch (IOException e) {
        log.debug("reading {} failed: {}", u.redact(), e.toString());
        throw new FetchException(NOT_FETCHED);
      }
      return new Fetched(
          200, out.toByteArray(), ct, r.header("ETag"), r.header("Last-Modified"), u.uri());
    }
  }

  /** Okio reports a thread interrupt as an InterruptedIOException "interrupted" (flag cleared). */
  private static boolean interrupted(InterruptedIOException e) {
    return Thread.interrupted() || "interrupted".equals(e.getMessage());
  }

  private static long left(long deadline) {
    return Math.max(1, deadline - System.nanoTime());
  }

  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }
}
