package dev.talksbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Property-based tests of {@link Html} escaping and {@link MessageSplitter} over random Unicode
 * (ASCII, Cyrillic, CJK, emoji as surrogate pairs, combining marks, markup characters, entities and
 * nested tags). Each property runs {@link #TRIES} seeded cases; a failure names its seed and input
 * so it can be replayed with {@link #replay}.
 */
class HtmlPropertiesTest {
  /** Random cases per property. */
  static final int TRIES = 1500;

  /** The base seed; case i uses BASE_SEED + i. */
  static final long BASE_SEED = 0x7A1C5B07L;

  private static final Pattern ENTITY = Pattern.compile("&(lt|gt|amp|quot);");
  private static final Pattern TAG = Pattern.compile("<(/?)([a-z]+)[^>]*>");
  private static final List<String> TAGS = List.of("b", "i", "u", "s", "code", "blockquote");

  // ------------------------------------------------------------------ generators

  /** One code point from a mix of scripts, markup characters, spaces and emoji. */
  static int codePoint(SplittableRandom r) {
    return switch (r.nextInt(12)) {
      case 0 -> "<>&\"';".charAt(r.nextInt(6));
      case 1 -> " \n".charAt(r.nextInt(2));
      case 2 -> ".!?:".charAt(r.nextInt(4));
      case 3 -> 0x0400 + r.nextInt(0x60); // Cyrillic
      case 4 -> 0x4E00 + r.nextInt(0x500); // CJK
      case 5 -> 0x1F300 + r.nextInt(0x300); // emoji: a surrogate pair in UTF-16
      case 6 -> 0x10000 + r.nextInt(0x1000); // more supplementary characters
      case 7 -> 0x0300 + r.nextInt(0x30); // combining marks
      default -> 'a' + r.nextInt(26);
    };
  }

  /** Random plain text of up to {@code max} code points. */
  static String text(SplittableRandom r, int max) {
    StringBuilder b = new StringBuilder();
    int n = r.nextInt(max + 1);
    for (int i = 0; i < n; i++) b.appendCodePoint(codePoint(r));
    return b.toString();
  }

  /** Random Telegram HTML as our formatters make it: escaped text inside nested known tags. */
  static String html(SplittableRandom r, int depth, int budget) {
    StringBuilder b = new StringBuilder();
    while (budget > 0) {
      int pick = r.nextInt(10);
      if (pick < 6 || depth >= 3) {
        String t = text(r, Math.min(budget, 40));
        b.append(Html.escape(t));
        budget -= t.length() + 1;
      } else if (pick < 7) {
        b.append(r.nextBoolean() ? "\n\n" : ". ");
        budget -= 2;
      } else if (pick < 8) {
        String url = "https://example.org/" + Html.escape(text(r, 5)).replace(' ', '_');
        String inner = Html.escape(text(r, 20));
        b.append("<a href=\"").append(Html.escape(url)).append("\">").append(inner).append("</a>");
        budget -= inner.length() + 30;
      } else {
        String tag = TAGS.get(r.nextInt(TAGS.size()));
        int inner = r.nextInt(Math.max(1, budget / 2)) + 1;
        b.append('<').append(tag).append('>');
        b.append(html(r, depth + 1, inner));
        b.append("</").append(tag).append('>');
        budget -= inner + 10;
      }
    }
    return b.toString();
  }

  static void forAll(Consumer<SplittableRandom> property) {
    for (int i = 0; i < TRIES; i++) replay(BASE_SEED + i, property);
  }

  static void replay(long seed, Consumer<SplittableRandom> property) {
    try {
      property.accept(new SplittableRandom(seed));
    } catch (AssertionError e) {
      throw new AssertionError("falsified with seed " + seed + ": " + e.getMessage(), e);
    }
  }

  // ------------------------------------------------------------------ escaping

  @Test
  void escapedTextHasNoRawMarkupAndEveryAmpersandStartsAnEntity() {
    forAll(
        r -> {
          String s = text(r, 200);
          String e = Html.escape(s);
          assertThat(e).as("input %s", s).doesNotContain("<", ">", "\"");
          assertThat(ENTITY.matcher(e).replaceAll("")).as("input %s", s).doesNotContain("&");
        });
  }

  @Test
  void unescapingTheEscapedTextGivesTheTextBack() {
    forAll(
        r -> {
          String s = text(r, 200);
          assertThat(Html.toPlain(Html.escape(s))).isEqualTo(s);
        });
  }

  @Test
  void escapingKeepsEverySurrogatePairWhole() {
    forAll(
        r -> {
          String e = Html.escape(text(r, 200));
          assertThat(e.codePoints().noneMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF)).as(e).isTrue();
        });
  }

  // ------------------------------------------------------------------ splitting

  /** Found by the properties below (seed 2048678699): the splitter looped forever. */
  @Test
  @Timeout(value = 20, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void tagsLongerThanTheLimitDoNotHangTheSplitterOrBreakTheMarkup() {
    String url = "https://example.org/" + "x".repeat(200);
    String html =
        "<b>Intro.</b> <blockquote>" + Html.link(url, "a long link") + " after</blockquote>";
    List<String> parts = MessageSplitter.split(html, 64);
    for (String p : parts) {
      assertThat(p.length()).isLessThanOrEqualTo(64);
      assertWellFormed(p, p);
    }
    assertThat(noSpace(String.join("", parts.stream().map(Html::toPlain).toList())))
        .isEqualTo(noSpace(Html.toPlain(html)));
  }

  @Test
  @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void splitPartsFitTheLimitAndNeverCutAPairAnEntityOrATag() {
    forAll(
        r -> {
          String html = html(r, 0, 50 + r.nextInt(1500));
          int limit = 64 + r.nextInt(400);
          List<String> parts = MessageSplitter.split(html, limit);
          for (String p : parts) {
            String ctx = "limit " + limit + ", part [" + p + "] of [" + html + "]";
            assertThat(p.length()).as(ctx).isLessThanOrEqualTo(limit);
            assertThat(p).as(ctx).isNotBlank();
            assertThat(Character.isLowSurrogate(p.charAt(0))).as(ctx).isFalse();
            assertThat(Character.isHighSurrogate(p.charAt(p.length() - 1))).as(ctx).isFalse();
            assertWellFormed(p, ctx);
          }
        });
  }

  @Test
  @Timeout(value = 120, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void splitPartsJoinBackToTheOriginalText() {
    forAll(
        r -> {
          String html = html(r, 0, 50 + r.nextInt(1500));
          int limit = 64 + r.nextInt(400);
          List<String> parts = MessageSplitter.split(html, limit);
          StringBuilder joined = new StringBuilder();
          for (String p : parts) joined.append(Html.toPlain(p));
          // the splitter drops the whitespace at a cut (and closes/reopens tags, which are not
          // text)
          assertThat(noSpace(joined.toString()))
              .as("limit %d, html %s", limit, html)
              .isEqualTo(noSpace(Html.toPlain(html)));
        });
  }

  @Test
  void aMessageWithinTheLimitIsOnePartUnchanged() {
    forAll(
        r -> {
          String html = html(r, 0, 30).strip();
          if (html.isEmpty()) return;
          assertThat(MessageSplitter.split(html, Math.max(64, html.length())))
              .containsExactly(html);
        });
  }

  private static String noSpace(String s) {
    return s.replaceAll("\\s+", "");
  }

  /** Every '&' starts a whole entity, every '<' a whole tag, and tags nest and close. */
  private static void assertWellFormed(String p, String ctx) {
    Deque<String> open = new ArrayDeque<>();
    int i = 0;
    while (i < p.length()) {
      char c = p.charAt(i);
      if (c == '&') {
        Matcher m = ENTITY.matcher(p).region(i, p.length());
        assertThat(m.lookingAt()).as("cut entity at %d in %s", i, ctx).isTrue();
        i = m.end();
      } else if (c == '<') {
        Matcher m = TAG.matcher(p).region(i, p.length());
        assertThat(m.lookingAt()).as("cut tag at %d in %s", i, ctx).isTrue();
        if (m.group(1).isEmpty()) {
          open.push(m.group(2));
        } else {
          assertThat(open).as("closing %s in %s", m.group(2), ctx).isNotEmpty();
          assertThat(open.pop()).as(ctx).isEqualTo(m.group(2));
        }
        i = m.end();
      } else {
        assertThat(c).as(ctx).isNotEqualTo('>');
        i++;
      }
    }
    assertThat(open).as("unclosed tags in %s", ctx).isEmpty();
  }
}
