package dev.talksbot.telegram;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A strict checker of Telegram's HTML parse mode, as the fake server applies it. */
final class TelegramHtml {
  private TelegramHtml() {}

  private static final Set<String> TAGS =
      Set.of(
          "b",
          "strong",
          "i",
          "em",
          "u",
          "ins",
          "s",
          "strike",
          "del",
          "span",
          "tg-spoiler",
          "a",
          "code",
          "pre",
          "blockquote",
          "tg-emoji");
  private static final Pattern ENTITY =
      Pattern.compile("&(lt|gt|amp|quot|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});");
  private static final Pattern TAG =
      Pattern.compile("<(/?)([a-z-]+)((?:\\s+[a-z-]+(?:=\"[^\"<>]*\")?)*)\\s*>");

  /** The error Telegram would give, or null when the HTML is fine. */
  static String check(String html) {
    Deque<String> stack = new ArrayDeque<>();
    int i = 0;
    while (i < html.length()) {
      char c = html.charAt(i);
      if (c == '<') {
        Matcher m = TAG.matcher(html).region(i, html.length());
        if (!m.lookingAt())
          return "can't parse entities: unsupported start tag at byte offset " + i;
        String name = m.group(2).toLowerCase(Locale.ROOT);
        if (!TAGS.contains(name))
          return "can't parse entities: unsupported start tag \"" + name + "\"";
        if (m.group(1).isEmpty()) {
          stack.push(name);
        } else if (stack.isEmpty() || !stack.pop().equals(name)) {
          return "can't parse entities: can't find end tag corresponding to start tag";
        }
        i = m.end();
      } else if (c == '&') {
        Matcher m = ENTITY.matcher(html).region(i, html.length());
        if (!m.lookingAt()) return "can't parse entities: unsupported entity at offset " + i;
        i = m.end();
      } else if (c == '>') {
        return "can't parse entities: unexpected > at offset " + i;
      } else {
        i++;
      }
    }
    return stack.isEmpty() ? null : "can't parse entities: unclosed tag " + stack.peek();
  }

  /** What the user sees: tags removed, entities decoded. */
  static String visible(String html) {
    return html.replaceAll("<[^>]*>", "")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&amp;", "&");
  }
}
