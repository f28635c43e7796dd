package dev.talksbot.core;

import dev.talksbot.ingest.Article;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code /latest} reads, in Telegram and in the console alike: whether its argument is a
 * number of articles or a topic, the newest articles, and the line each is listed by (its headline,
 * else its first sentence).
 */
public final class NewestArticles {
  private NewestArticles() {}

  /** Articles listed when /latest has no number. */
  public static final int DEFAULT_COUNT = 5;

  /** The most /latest lists (in Telegram, one button each: a message keeps its keyboard small). */
  public static final int MAX_COUNT = 10;

  /** A first sentence used as the headline is cut to this many characters. */
  public static final int MAX_HEADLINE_CHARS = 160;

  private static final Pattern FIRST_SENTENCE =
      Pattern.compile("^(.+?[.!?])(\\s|$)", Pattern.DOTALL);

  /**
   * Whether the argument of /latest names a topic ("prisoner exchange") rather than a number of
   * articles: it holds two letters or more and does not open with a digit ("many" is a topic like
   * any other word, and the reply to a topic the coverage has nothing on says so; "3 articles" is a
   * number).
   */
  public static boolean namesATopic(String arg) {
    if (arg == null || arg.isBlank() || Character.isDigit(arg.strip().codePointAt(0)))
      return false; // "/latest 3 articles" asks for a number of articles
    return arg.codePoints().filter(Character::isLetter).count() >= 2;
  }

  /**
   * The number of articles the argument of /latest asks for: {@link #DEFAULT_COUNT} when it is
   * empty, 1 to {@link #MAX_COUNT} ("3", "3 articles"), else null (a bad number).
   */
  public static Integer count(String arg) {
    String a = arg == null ? "" : arg.strip();
    // "3 articles", "3 please": the number is the count
    if (a.matches("\\d{1,3}\\s+\\p{L}+.*")) a = a.split("\\s+", 2)[0];
    if (a.isEmpty()) return DEFAULT_COUNT;
    if (!a.matches("\\d{1,3}")) return null;
    int n = Integer.parseInt(a);
    return n >= 1 && n <= MAX_COUNT ? n : null;
  }

  /**
   * The n newest articles: dated ones by date, newest first, then undated ones; ties go to the
   * later arrival ({@code all} is in arrival order).
   */
  public static List<Article> newest(List<Article> all, int n) {
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
  public static String headline(Article a) {
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
}
