package dev.talksbot.config;

import dev.talksbot.net.Cidr;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;

/**
 * Update alerts ({@code alerts:} in the config): subscriptions, new coverage from the inbox folder
 * and feeds, and the paced, durable delivery. See docs/alerts.md.
 *
 * @param enabled whether {@code serve} runs alerts (subscription commands, inbox, feeds, delivery)
 * @param admins chat (or user) ids that get {@code /stats} and {@code /ingest <url>}
 * @param maxSubscriptionsPerChat subscriptions one chat may hold
 * @param maxTopicChars longest subscription topic, in characters
 * @param digestHour hour of the day (0..23, in {@code digestZone}) daily digests are sent
 * @param digestZone time zone of {@code digestHour}, e.g. UTC or Europe/Kyiv
 * @param messagesPerSecond alerts sent per second overall (Telegram allows about 30)
 * @param privateChatPerSecond alerts per second to one private chat (Telegram: about 1)
 * @param groupPerMinute alerts per minute to one group (Telegram: 20)
 * @param sendAttempts attempts per alert on errors other than 429/403 before it is parked
 * @param retryBackoffSeconds first retry delay of a failed alert; doubles with every attempt
 * @param pollMillis how often the server looks for new-article events and due alerts
 * @param inboxPollSeconds how often the inbox folder is scanned
 * @param matchThreshold least relevance (0..1) of a new article to a subscription topic
 * @param duplicateSimilarity least estimated Jaccard similarity (0..1) of word shingles that makes
 *     two articles one story
 * @param sameStoryCosine least embedding similarity of two articles' leads that makes them one
 *     story when they are also dated within {@code sameStoryDays} of each other (independent
 *     write-ups of one event by several outlets)
 * @param sameStoryDays how far apart (days) two dated articles may be to be one story by content
 * @param feedPollMinutes how often each feed is polled
 * @param fetchTimeoutSeconds timeout of one feed or page download
 * @param maxPageBytes largest feed or page downloaded
 * @param feeds RSS/Atom feed URLs to poll while serving
 * @param fetchAllow addresses or CIDR blocks (e.g. {@code 127.0.0.1}, {@code 10.1.0.0/16}) that
 *     feed and page downloads may reach although they are not public (loopback, private,
 *     link-local…); empty by default: only public addresses are fetched
 */
public record AlertsSettings(
    Boolean enabled,
    List<Long> admins,
    Integer maxSubscriptionsPerChat,
    Integer maxTopicChars,
    Integer digestHour,
    String digestZone,
    Double messagesPerSecond,
    Double privateChatPerSecond,
    Integer groupPerMinute,
    Integer sendAttempts,
    Integer retryBackoffSeconds,
    Integer pollMillis,
    Integer inboxPollSeconds,
    Double matchThreshold,
    Double duplicateSimilarity,
    Double sameStoryCosine,
    Integer sameStoryDays,
    Integer feedPollMinutes,
    Integer fetchTimeoutSeconds,
    Integer maxPageBytes,
    List<String> feeds,
    List<String> fetchAllow) {

  /** Calibrated on the bundled and test articles; see docs/alerts.md. */
  public static final double DEFAULT_MATCH_THRESHOLD = 0.52;

  public AlertsSettings {
    if (enabled == null) enabled = true;
    admins = admins == null ? List.of() : List.copyOf(admins);
    if (maxSubscriptionsPerChat == null) maxSubscriptionsPerChat = 10;
    if (maxTopicChars == null) maxTopicChars = 100;
    if (digestHour == null) digestHour = 8;
    if (digestZone == null || digestZone.isBlank()) digestZone = "UTC";
    if (messagesPerSecond == null) messagesPerSecond = 30.0;
    if (privateChatPerSecond == null) privateChatPerSecond = 1.0;
    if (groupPerMinute == null) groupPerMinute = 20;
    if (sendAttempts == null) sendAttempts = 5;
    if (retryBackoffSeconds == null) retryBackoffSeconds = 5;
    if (pollMillis == null) pollMillis = 1000;
    if (inboxPollSeconds == null) inboxPollSeconds = 2;
    if (matchThreshold == null) matchThreshold = DEFAULT_MATCH_THRESHOLD;
    if (duplicateSimilarity == null) duplicateSimilarity = 0.5;
    if (sameStoryCosine == null) sameStoryCosine = 0.78;
    if (sameStoryDays == null) sameStoryDays = 1;
    if (sameStoryCosine <= 0 || sameStoryCosine > 1 || sameStoryDays < 0) {
      throw new ConfigException("alerts: sameStoryCosine in (0..1], sameStoryDays >= 0");
    }
    if (feedPollMinutes == null) feedPollMinutes = 15;
    if (fetchTimeoutSeconds == null) fetchTimeoutSeconds = 20;
    if (maxPageBytes == null) maxPageBytes = 3 * 1024 * 1024;
    feeds = feeds == null ? List.of() : List.copyOf(feeds);
    if (fetchAllow == null) fetchAllow = List.of();
    for (String a : fetchAllow) {
      try {
        Cidr.parse(a);
      } catch (IllegalArgumentException e) {
        throw new ConfigException("alerts.fetchAllow: " + e.getMessage());
      }
    }
    fetchAllow = List.copyOf(fetchAllow);
    if (maxSubscriptionsPerChat < 1)
      throw new ConfigException("alerts.maxSubscriptionsPerChat must be >= 1");
    if (maxTopicChars < 1 || maxTopicChars > 1000)
      throw new ConfigException("alerts.maxTopicChars must be 1..1000");
    if (digestHour < 0 || digestHour > 23)
      throw new ConfigException("alerts.digestHour must be 0..23");
    try {
      ZoneId.of(digestZone);
    } catch (DateTimeException e) {
      throw new ConfigException("alerts.digestZone is not a time zone: '" + digestZone + "'");
    }
    if (messagesPerSecond <= 0 || privateChatPerSecond <= 0 || groupPerMinute < 1) {
      throw new ConfigException(
          "alerts: messagesPerSecond, privateChatPerSecond > 0 and groupPerMinute >= 1");
    }
    if (sendAttempts < 1 || sendAttempts > 50)
      throw new ConfigException("alerts.sendAttempts must be 1..50");
    if (retryBackoffSeconds < 0)
      throw new ConfigException("alerts.retryBackoffSeconds must be >= 0");
    if (pollMillis < 10 || inboxPollSeconds < 1 || feedPollMinutes < 1) {
      throw new ConfigException(
          "alerts: pollMillis >= 10, inboxPollSeconds >= 1, feedPollMinutes >= 1");
    }
    if (matchThreshold < 0
        || matchThreshold > 1
        || duplicateSimilarity <= 0
        || duplicateSimilarity > 1) {
      throw new ConfigException("alerts: matchThreshold in 0..1, duplicateSimilarity in (0..1]");
    }
    if (fetchTimeoutSeconds < 1 || maxPageBytes < 1024) {
      throw new ConfigException("alerts: fetchTimeoutSeconds >= 1, maxPageBytes >= 1024");
    }
    for (String f : feeds) {
      if (f == null || !(f.startsWith("http://") || f.startsWith("https://"))) {
        throw new ConfigException("alerts.feeds: not an http(s) URL: '" + f + "'");
      }
    }
  }

  public static AlertsSettings defaults() {
    return new AlertsSettings(
        null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null);
  }

  public ZoneId zone() {
    return ZoneId.of(digestZone);
  }

  /** A copy with other values; nulls keep this one's. For tests and the benchmark. */
  public AlertsSettings with(java.util.function.UnaryOperator<Builder> f) {
    Builder b = f.apply(new Builder(this));
    return b.build();
  }

  /** Mutable copy for {@link #with}: one public field per component, same name and type. */
  public static final class Builder {
    public Boolean enabled;
    public List<Long> admins;
    public Integer maxSubscriptionsPerChat;
    public Integer maxTopicChars;
    public Integer digestHour;
    public String digestZone;
    public Double messagesPerSecond;
    public Double privateChatPerSecond;
    public Integer groupPerMinute;
    public Integer sendAttempts;
    public Integer retryBackoffSeconds;
    public Integer pollMillis;
    public Integer inboxPollSeconds;
    public Double matchThreshold;
    public Double duplicateSimilarity;
    public Double sameStoryCosine;
    public Integer sameStoryDays;
    public Integer feedPollMinutes;
    public Integer fetchTimeoutSeconds;
    public Integer maxPageBytes;
    public List<String> feeds;
    public List<String> fetchAllow;

    Builder(AlertsSettings s) {
      Records.copyInto(s, this);
    }

    public Builder set(java.util.function.Consumer<Builder> c) {
      c.accept(this);
      return this;
    }

    AlertsSettings build() {
      return Records.fromFields(this, AlertsSettings.class);
    }
  }
}
