package dev.talksbot.telegram;

import dev.talksbot.core.NewestArticles;
import dev.talksbot.ingest.Article;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;

/**
 * {@code /latest [n]}: the newest articles (headline, else first sentence; outlet; date), newest
 * first, with a numbered button per article that sends its cited three-sentence summary.
 */
final class LatestArticles {
  /** Callback data prefix of a summary button: {@code s:[lang:]<article key>}. */
  static final String SUMMARY = "s:";

  /** Buttons per keyboard row. */
  static final int BUTTONS_PER_ROW = 5;

  /** A bad /latest argument is quoted back cut to this many characters. */
  static final int MAX_ECHO_CHARS = 20;

  /** Hex digits of the article id's SHA-256 in callback data (64 bits: no practical clash). */
  static final int KEY_HEX = 16;

  private final BotCore core;

  LatestArticles(BotCore core) {
    this.core = core;
  }

  /** A reply: its HTML and its keyboard (null when there are no articles). */
  record Reply(String html, InlineKeyboardMarkup keyboard) {
    Reply {
      java.util.Objects.requireNonNull(html, "html");
    }
  }

  Reply reply(Messages m, String arg) {
    Integer n = NewestArticles.count(arg);
    if (n == null) {
      String shown = InlineAnswers.cut(arg, MAX_ECHO_CHARS);
      return new Reply(
          m.get(
              "latest.bad.n", NewestArticles.MAX_COUNT, "<code>" + Html.escape(shown) + "</code>"),
          null);
    }
    List<Article> newest = NewestArticles.newest(core.sources(), n);
    if (newest.isEmpty()) return new Reply(m.get("latest.empty"), null);
    StringBuilder b = new StringBuilder(m.get("latest.title"));
    List<InlineKeyboardRow> rows = new ArrayList<>();
    InlineKeyboardRow row = new InlineKeyboardRow();
    int i = 1;
    for (Article a : newest) {
      b.append("\n\n")
          .append(i)
          .append(". <b>")
          .append(Html.escape(NewestArticles.headline(a)))
          .append("</b>\n");
      if (a.outlet() != null) b.append(Html.escape(a.outlet())).append(", ");
      b.append(a.date() != null ? a.date().toString() : m.get("latest.undated"));
      if (a.url() != null) b.append(" — ").append(Html.link(a.url(), "link"));
      row.add(
          InlineKeyboardButton.builder()
              .text(m.get("button.summary", i))
              .callbackData(Answering.langData(SUMMARY, m, key(a.id())))
              .build());
      if (row.size() == BUTTONS_PER_ROW) {
        rows.add(row);
        row = new InlineKeyboardRow();
      }
      i++;
    }
    if (!row.isEmpty()) rows.add(row);
    b.append("\n\n<i>").append(m.get("latest.pick")).append("</i>");
    return new Reply(b.toString(), InlineKeyboardMarkup.builder().keyboard(rows).build());
  }

  /** A short stable key of an article id, for callback data (64 bytes at most). */
  static String key(String articleId) {
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256").digest(articleId.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d).substring(0, KEY_HEX);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The article a summary button stands for, if it is still known. */
  Optional<Article> byKey(String key) {
    for (Article a : core.sources()) if (key(a.id()).equals(key)) return Optional.of(a);
    return Optional.empty();
  }
}
