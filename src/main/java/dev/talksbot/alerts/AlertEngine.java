package dev.talksbot.alerts;

import dev.talksbot.alerts.StoryPlacer.Placement;
import dev.talksbot.alerts.store.AlertStore;
import dev.talksbot.alerts.store.AlertStore.DigestItem;
import dev.talksbot.alerts.store.AlertStore.Event;
import dev.talksbot.alerts.store.AlertStore.NewAlert;
import dev.talksbot.alerts.store.AlertStore.StoryMember;
import dev.talksbot.alerts.store.AlertStore.Subscription;
import dev.talksbot.answer.Answer;
import dev.talksbot.answer.CorpusInfo;
import dev.talksbot.answer.ExtractiveSummarizer;
import dev.talksbot.config.AlertsSettings;
import dev.talksbot.config.AnswerSettings;
import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.index.SearchIndex;
import dev.talksbot.ingest.Article;
import dev.talksbot.ingest.Passage;
import dev.talksbot.retrieval.ScoredPassage;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns new-article events into alerts: places each new article in a story ({@link StoryPlacer}: a
 * near-duplicate or a report of the same event as an article already seen, else a new story),
 * matches the story's new articles against every active subscription ({@link TopicMatcher}), and
 * writes, in one transaction, the outbox rows of instant subscriptions (unique per subscription and
 * story), the digest items of daily ones and the events as done. Also makes the daily digests when
 * their hour has come.
 */
public final class AlertEngine {
  private static final Logger log = LoggerFactory.getLogger(AlertEngine.class);

  private final SearchIndex index;
  private final AlertStore store;
  private final AlertsSettings settings;
  private final String allTopic;
  private final TopicMatcher matcher;
  private final ExtractiveSummarizer summarizer;
  private final Clock clock;
  private final AlertText text;
  private final StoryPlacer placer;
  private final LaggingArticles lagging = new LaggingArticles();

  public AlertEngine(
      TalksbotConfig config, SearchIndex index, AlertStore store, Clock clock, AlertText text) {
    this.text = java.util.Objects.requireNonNull(text, "text");
    this.index = index;
    this.store = store;
    this.settings = config.alerts();
    this.allTopic = allCoverageTopic(config.topic());
    this.matcher = new TopicMatcher(index.embedder(), index::idf);
    this.placer = new StoryPlacer(settings, index.embedder());
    var a = config.answer();
    this.summarizer =
        new ExtractiveSummarizer(
            index.embedder(),
            index::idf,
            new AnswerSettings(a.maxSentences(), a.maxWords(), a.minConfidence(), 4));
    this.clock = clock;
  }

  /**
   * What "/subscribe" without a topic matches against: the configured coverage topic without its
   * parenthesised parts and years ("the Russia–Ukraine peace talks in Istanbul (2025)" → "the
   * Russia–Ukraine peace talks in Istanbul"): articles rarely repeat their year in the text.
   */
  public static String allCoverageTopic(String configTopic) {
    return configTopic
        .replaceAll("\\([^)]*\\)", " ")
        .replaceAll("\\b(19|20)\\d\\d\\b", " ")
        .replaceAll("\\s+", " ")
        .strip();
  }

  public AlertsSettings settings() {
    return settings;
  }

  public TopicMatcher matcher() {
    return matcher;
  }

  /**
   * Looks at pending events (at most one batch); returns how many it handled. An event whose
   * article is not in this instance's index yet (it came through another instance) waits, with the
   * events after it, for the index follower ({@link LaggingArticles}).
   */
  public int processEvents() throws IOException {
    List<Event> events = store.pendingEvents(200);
    if (events.isEmpty()) return 0;
    index.refresh(); // articles another process (./talksbot ingest) committed
    Map<String, Article> articles = index.articles();
    List<StoryMember> members = new ArrayList<>(store.members());
    List<StoryMember> newMembers = new ArrayList<>();
    Map<Long, List<Article>> touched = new LinkedHashMap<>();
    List<Long> done = new ArrayList<>();
    Instant now = clock.instant();
    for (Event e : events) {
      Article a = articles.get(e.articleId());
      if (a == null && lagging.keepWaiting(e.seq(), now)) {
        log.info("new-article event {}: {} not in this index yet; waiting", e.seq(), e.articleId());
        break; // it and the events after it wait for the index follower (order kept)
      }
      lagging.arrived(e.seq());
      done.add(e.seq());
      if (a == null) {
        log.warn(
            "new-article event {} names {}, which is not in the index after {} s; ignored",
            e.seq(),
            e.articleId(),
            LaggingArticles.WAIT.toSeconds());
        continue;
      }
      int[] sig = MinHash.signature(a.text());
      long story =
          switch (placer.place(a, sig, members, articles)) {
            case Placement.Known k -> k.storyId();
            case Placement.NearDuplicate d -> {
              log.info(
                  "{} is a near-duplicate (similarity {}) of story {}",
                  a.id(),
                  String.format("%.2f", d.similarity()),
                  d.storyId());
              yield d.storyId();
            }
            case Placement.SameEvent same -> {
              log.info(
                  "{} reports the same event as {} (lead similarity {}, dated within {} day(s)); story {}",
                  a.id(),
                  same.articleId(),
                  String.format("%.2f", same.cosine()),
                  settings.sameStoryDays(),
                  same.storyId());
              yield same.storyId();
            }
            case Placement.NewStory n -> store.newStory(a.id(), now);
          };
      StoryMember m = new StoryMember(a.id(), story, sig);
      members.removeIf(x -> x.articleId().equals(a.id()));
      members.add(m);
      newMembers.add(m);
      touched.computeIfAbsent(story, k -> new ArrayList<>()).add(a);
    }
    List<Subscription> subs = store.activeSubscriptions();
    List<NewAlert> alerts = new ArrayList<>();
    List<DigestItem> digest = new ArrayList<>();
    for (var t : touched.entrySet()) {
      long storyId = t.getKey();
      List<Article> story = storyArticles(storyId, t.getValue(), articles);
      List<TopicMatcher.Prepared> prepared = new ArrayList<>();
      for (Article a : t.getValue()) prepared.add(matcher.prepare(a, index.passagesOf(a.id())));
      Map<String, Boolean> topicMatches = new HashMap<>();
      Map<String, String> texts = new HashMap<>();
      Answer[] summary = new Answer[1];
      for (Subscription s : subs) {
        String topic = s.topic() == null ? allTopic : s.topic();
        boolean match =
            topicMatches.computeIfAbsent(
                topic,
                tp ->
                    prepared.stream()
                        .anyMatch(
                            p -> {
                              TopicMatcher.Relevance r = matcher.relevance(tp, p);
                              log.debug(
                                  "story {} article {} topic '{}': {}",
                                  storyId,
                                  p.article().id(),
                                  tp,
                                  r);
                              return r.score() >= settings.matchThreshold();
                            }));
        if (!match) continue;
        if (s.daily()) {
          digest.add(new DigestItem(s.id(), storyId, t.getValue().get(0).id()));
        } else {
          String text =
              texts.computeIfAbsent(
                  Objects.toString(s.topic(), ""),
                  k -> {
                    if (summary[0] == null) summary[0] = summarize(story);
                    return this.text.alert(s.topic(), story, summary[0]);
                  });
          alerts.add(new NewAlert(s.id(), s.chatId(), s.chatType(), "story:" + storyId, text));
        }
      }
      log.info(
          "story {} ({} new article(s), {} in all): {} instant alert(s), {} digest item(s) so far",
          storyId,
          t.getValue().size(),
          story.size(),
          alerts.size(),
          digest.size());
    }
    if (done.isEmpty()) return 0;
    store.apply(new AlertStore.MatchBatch(newMembers, alerts, digest, done), now);
    return done.size();
  }

  private List<Article> storyArticles(
      long storyId, List<Article> fresh, Map<String, Article> articles) {
    List<Article> out = new ArrayList<>();
    for (String id : store.storyArticles(storyId)) {
      Article a = articles.get(id);
      if (a != null && fresh.stream().noneMatch(f -> f.id().equals(id))) out.add(a);
    }
    out.addAll(fresh);
    return out;
  }

  /** A short cited summary of a story's articles (all their passages). */
  Answer summarize(List<Article> story) {
    try {
      List<ScoredPassage> passages = new ArrayList<>();
      for (Article a : story) {
        for (Passage p : index.passagesOf(a.id()))
          passages.add(new ScoredPassage(p, a, 0, 0, 0, Float.NaN));
      }
      CorpusInfo info =
          new CorpusInfo(allTopic, story.size(), passages.size(), null, null, 0, outlets(story), 0);
      return summarizer.summarize(null, passages, info);
    } catch (IOException | RuntimeException e) {
      log.warn(
          "could not summarise story of {}: {}; the alert lists the sources only",
          story.get(0).id(),
          e.toString());
      return null;
    }
  }

  /** Makes the daily digests that are due; returns how many were queued. */
  public int runDigests() throws IOException {
    Instant now = clock.instant();
    ZonedDateTime local = now.atZone(settings.zone());
    if (local.getHour() < settings.digestHour()) return 0;
    LocalDate day = local.toLocalDate();
    int queued = 0;
    Map<String, Article> articles = null;
    for (Subscription s : store.dailySubscriptions()) {
      if (s.lastDigest() != null && !s.lastDigest().isBefore(day)) continue;
      List<DigestItem> items = store.undigested(s.id());
      String text = null;
      if (!items.isEmpty()) {
        if (articles == null) {
          index.refresh();
          articles = index.articles();
        }
        List<List<Article>> stories = new ArrayList<>();
        for (DigestItem d : items) {
          List<Article> story = new ArrayList<>();
          for (String id : store.storyArticles(d.storyId())) {
            Article a = articles.get(id);
            if (a != null) story.add(a);
          }
          if (!story.isEmpty()) stories.add(story);
        }
        if (!stories.isEmpty()) text = this.text.digest(s.topic(), day, stories);
      }
      store.commitDigest(s, day, text, items, now);
      if (text != null) queued++;
    }
    return queued;
  }

  /** The outlets of a story's articles, in order, without repeats (none: skipped). */
  static List<String> outlets(List<Article> story) {
    java.util.Set<String> out = new java.util.LinkedHashSet<>();
    for (Article a : story) if (a.outlet() != null) out.add(a.outlet());
    return List.copyOf(out);
  }
}
