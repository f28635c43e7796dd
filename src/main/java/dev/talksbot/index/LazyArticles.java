package dev.talksbot.index;

import dev.talksbot.ingest.Article;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The articles of one catalog version as a read-only map whose texts are read on demand: the keys,
 * order and metadata are in memory, an article's text comes from {@link Texts} (the index, through
 * a bounded cache) when the article is asked for. Iterating the values reads every text: callers
 * that need only metadata use the headers.
 */
final class LazyArticles extends AbstractMap<String, Article> {
  /** Where the texts come from. */
  @FunctionalInterface
  interface Texts {
    /**
     * The text of this article version, or {@code null} when it has left the index (replaced or
     * removed since this catalog version).
     */
    String text(String id, String hash);
  }

  private final Map<String, CatalogRecord> records;
  private final Texts texts;

  LazyArticles(Map<String, CatalogRecord> records, Texts texts) {
    this.records = records;
    this.texts = texts;
  }

  @Override
  public Article get(Object key) {
    CatalogRecord r = records.get(key);
    if (r == null) return null;
    String text = texts.text(r.header().id(), r.hash());
    return text == null ? null : r.header().withText(text);
  }

  @Override
  public boolean containsKey(Object key) {
    return records.containsKey(key);
  }

  @Override
  public int size() {
    return records.size();
  }

  @Override
  public Set<String> keySet() {
    return records.keySet();
  }

  @Override
  public Set<Entry<String, Article>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public int size() {
        return records.size();
      }

      @Override
      public Iterator<Entry<String, Article>> iterator() {
        Iterator<String> ids = records.keySet().iterator();
        return new Iterator<>() {
          private Entry<String, Article> next = advance();

          private Entry<String, Article> advance() {
            while (ids.hasNext()) {
              String id = ids.next();
              Article a = get(id);
              if (a != null) return new SimpleImmutableEntry<>(id, a);
            }
            return null;
          }

          @Override
          public boolean hasNext() {
            return next != null;
          }

          @Override
          public Entry<String, Article> next() {
            if (next == null) throw new NoSuchElementException();
            Entry<String, Article> e = next;
            next = advance();
            return e;
          }
        };
      }
    };
  }
}
