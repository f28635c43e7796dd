package dev.talksbot.core;

import dev.talksbot.answer.CorpusInfo;
import dev.talksbot.index.ArticleHeader;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the coverage is (counts, date range, outlets), computed once per catalog: the index replaces
 * its catalog map whenever it changes. Thread-safe.
 */
final class Coverage {
  private record Cached(Map<String, ArticleHeader> catalog, CorpusInfo info) {}

  private final String topic;
  private volatile Cached cached;

  Coverage(String topic) {
    this.topic = Objects.requireNonNull(topic, "topic");
  }

  /** The coverage of an index's catalog of articles holding {@code passages} passages. */
  CorpusInfo of(Map<String, ArticleHeader> articles, int passages) {
    Cached c = cached;
    if (c != null && c.catalog() == articles && c.info().passages() == passages) return c.info();
    LocalDate first = null;
    LocalDate last = null;
    int undated = 0;
    int withoutOutlet = 0;
    Set<String> outlets = new LinkedHashSet<>();
    for (ArticleHeader a : articles.values()) {
      if (a.date() == null) {
        undated++;
      } else {
        if (first == null || a.date().isBefore(first)) first = a.date();
        if (last == null || a.date().isAfter(last)) last = a.date();
      }
      if (a.outlet() == null) withoutOutlet++;
      else outlets.add(a.outlet());
    }
    CorpusInfo info =
        new CorpusInfo(
            topic,
            articles.size(),
            passages,
            first,
            last,
            undated,
            List.copyOf(outlets),
            withoutOutlet);
    cached = new Cached(articles, info);
    return info;
  }
}
