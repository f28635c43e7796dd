package dev.talksbot.ingest;

/** Turns one raw document (text as it reached us) into a clean {@link Article}. */
public interface ArticleParser {
  /**
   * @param id the article id to use
   * @param source where the text came from (file name, URL), for messages
   * @param raw the decoded raw text
   * @throws UnparseableArticleException when nothing usable is left (the message says why)
   */
  Article parse(String id, String source, String raw);
}
