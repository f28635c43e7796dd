package dev.talksbot.telegram;

import dev.talksbot.ingest.Article;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  /** Articles listed when /latest has no number. */
  static final int DEFAULT_COUNT = 5;

  /** The most /latest lists (one button each; a message keeps its keyboard small). */
  static final int MAX_COUNT = 10;

  /** Buttons per keyboard row. */
  static final int BUTTONS_PER_ROW = 5;

  /** A first sentence used as the headline is cut to this many characters. */
  static final int MAX_HEADLINE_CHARS = 160;

  /** A bad /latest argument is quoted back cut to this many characters. */
  static final int MAX_ECHO_CHARS = 20;

  /** Hex digits of the article id's SHA-256 in callback data (64 bits: no practical clash). */
  static final int KEY_HEX = 16;

  private static final Pattern FIRST_SENTENCE =
      Pattern.compile("^(.+?[.!?])(\\s|$)", Pattern.DOTALL);

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

  /** Parses the argument of /latest: empty is the default; else 1..MAX_COUNT, or null if bad. */
  /**
   * Whether the argument of /latest names a topic ("prisoner exchange") rather than a number of
   * articles: it holds two letters or more and does not open with a digit ("many" is a topic like
   * any other word, and the reply to a topic the coverage has nothing on says so; "3 articles" is a
   * number).
   */
  static boolean namesATopic(String arg) {
    if (arg == null || arg.isBlank() || Character.isDigit(arg.strip().codePointAt(0)))
      return false; // "/latest 3 articles" asks for a number of articles
    return arg.codePoints().filter(Character::isLetter).count() >= 2;
  }

  static Integer count(String arg) {
    String a = arg == null ? "" : arg.strip();
    // "3 articles", "3 please": the number is the count
    if (a.matches("\\d{1,3}\\s+\\p{L}+.*")) a = a.split("\\s+", 2)[0];
    if (a.isEmpty()) return DEFAULT_COUNT;
    if (!a.matches("\\d{1,3}")) return null;
    int n = Integer.parseInt(a);
    return n >= 1 && n <= MAX_COUNT ? n : null;
  }

  Reply reply(Messages m, String arg) {
    Integer n = count(arg);
    if (n == null) {
      String shown = InlineAnswers.cut(arg, MAX_ECHO_CHARS);
      return new Reply(
          m.get("latest.bad.n", MAX_COUNT, "<code>" + Html.escape(shown) + "</code>"), null);
    }
    List<Article> newest = newest(core.sources(), n);
    if (newest.isEmpty()) return new Reply(m.get("latest.empty"), null);
    StringBuilder b = new StringBuilder(m.get("latest.title"));
    List<InlineKeyboardRow> rows = new ArrayList<>();
    InlineKeyboardRow row = new InlineKeyboardRow();
    int i = 1;
    for (Article a : newest) {
      b.append("\n\n").append(i).append(". <b>").append(Html.escape(headline(a))).append("</b>\n");
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

  /**
   * The n newest articles: dated ones by date, newest first, then undated ones; ties go to the
   * later arrival ({@code all} is in arrival order).
   */
  static List<Article> newest(List<Article> all, int n) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) order.add(i);
    order.sort(
        Comparator.comparing(
                (Integer i) -> all.get(i).date(),
                Comparator.nullsLast(Comparator.<java.time.LocalDate>reverseOrder()))
            .thenComparing(Comparator.<Integer>reverseOrder()));
    return order.stream().limit(n).map(all::get).toList();
  }

  /** The title, else the first sentence of the text (cut to {@link #MAX_HEADLINE_CHARS}). */
  static String headline(Article a) {
    if (a.title() != null) return a.title();
    String text = a.text().strip().replaceAll("\\s+", " ");
    Matcher mm = FIRST_SENTENCE.matcher(text);
    String s = mm.find() ? mm.group(1) : text;
    if (s.length() > MAX_HEADLINE_CHARS) {
      int cut = MAX_HEADLINE_CHARS;
      if (Character.isHighSurrogate(s.charAt(cut - 1))) cut--;
      s = s.substring(0, cut).stripTrailing() + "…";
    }
    return s;
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
