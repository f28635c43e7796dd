package dev.talksbot.alerts;

import dev.talksbot.answer.Answer;
import dev.talksbot.ingest.Article;
import java.time.LocalDate;
import java.util.List;

/**
 * The texts of alerts and digests, in the sender's markup (Telegram HTML for {@code
 * dev.talksbot.telegram.AlertFormat}); with {@link AlertSender}, the boundary between alerts and
 * the chat front end.
 */
public interface AlertText {
  /** One instant alert: headline, outlets, a short cited summary (null: none) and the sources. */
  String alert(String topic, List<Article> story, Answer summaryOrNull);

  /** A daily digest: the stories collected since the last one. */
  String digest(String topic, LocalDate day, List<List<Article>> stories);
}
