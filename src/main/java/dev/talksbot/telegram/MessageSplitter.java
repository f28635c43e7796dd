package dev.talksbot.telegram;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Splits an HTML message into parts Telegram accepts (below 4,096 UTF-16 units each), preferring
 * paragraph breaks, then line breaks, then sentence ends, then spaces. A cut never falls inside a
 * tag or an entity; tags open at a cut are closed at the end of the part and reopened at the start
 * of the next one. When tags alone leave no room for text under the limit (a link with a URL of
 * thousands of characters), the rest of the message goes on as plain escaped text.
 */
public final class MessageSplitter {
  /** Telegram's limit is 4,096; the raw HTML is measured, which is never shorter than the text. */
  public static final int DEFAULT_LIMIT = 4000;

  private MessageSplitter() {}

  public static List<String> split(String html) {
    return split(html, DEFAULT_LIMIT);
  }

  public static List<String> split(String html, int limit) {
    if (limit < 64) throw new IllegalArgumentException("limit too small");
    List<String> out = new ArrayList<>();
    String rest = html.strip();
    while (!rest.isEmpty()) {
      if (rest.length() <= limit) {
        out.add(rest);
        break;
      }
      Cut cut = findCut(rest, limit);
      String next =
          cut.at == 0 ? rest : (openers(cut.open) + rest.substring(cut.at).stripLeading()).strip();
      if (next.length() >= rest.length()) {
        // a tag (with the tags around it) leaves no room for text within the limit, e.g. a link
        // with a very long URL: go on without the markup rather than cut a tag or loop forever
        rest = Html.escape(Html.toPlain(rest)).strip();
        continue;
      }
      String head = rest.substring(0, cut.at).stripTrailing() + closers(cut.open);
      if (!Html.toPlain(head).isBlank()) out.add(head);
      rest = next;
      if (Html.toPlain(rest).isBlank()) break;
    }
    return out;
  }

  private record Cut(int at, List<String[]> open) {}

  /** Walks tokens (tags, entities, characters) and returns the best cut that fits the limit. */
  private static Cut findCut(String s, int limit) {
    Deque<String[]> stack = new ArrayDeque<>(); // {name, opening tag}
    int[] bestAt = new int[4];
    @SuppressWarnings("unchecked")
    List<String[]>[] bestOpen = new List[4];
    int i = 0;
    int hardAt = 0;
    List<String[]> hardOpen = List.of();
    while (i < s.length()) {
      char c = s.charAt(i);
      int next;
      if (c == '<') {
        int end = s.indexOf('>', i);
        next = end < 0 ? s.length() : end + 1;
        String tag = s.substring(i, next);
        String name =
            tag.replaceAll("(?s)^</?\\s*([A-Za-z0-9-]+).*$", "$1")
                .toLowerCase(java.util.Locale.ROOT);
        if (tag.startsWith("</")) {
          if (!stack.isEmpty() && stack.peek()[0].equals(name)) stack.pop();
        } else if (!tag.endsWith("/>")) {
          stack.push(new String[] {name, tag});
        }
      } else if (c == '&') {
        int end = s.indexOf(';', i);
        next = end < 0 || end - i > 10 ? i + 1 : end + 1;
      } else if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
        next = i + 2;
      } else {
        next = i + 1;
      }
      List<String[]> open = openList(stack);
      if (next + closers(open).length() > limit) break;
      i = next;
      hardAt = i;
      hardOpen = open;
      // a candidate cut after this token: only between tags' contents, never inside a tag/entity
      int prio = -1;
      char last = s.charAt(i - 1);
      if (last == '\n' && i >= 2 && s.charAt(i - 2) == '\n') prio = 3;
      else if (last == '\n') prio = 2;
      else if (last == ' ' && i >= 2 && ".!?;:".indexOf(s.charAt(i - 2)) >= 0) prio = 1;
      else if (last == ' ') prio = 0;
      if (prio >= 0) {
        bestAt[prio] = i;
        bestOpen[prio] = open;
      }
    }
    // the best kind of break that still leaves a reasonably full part
    for (int p = 3; p >= 0; p--) {
      if (bestOpen[p] != null && bestAt[p] >= limit / 3) return new Cut(bestAt[p], bestOpen[p]);
    }
    for (int p = 3; p >= 0; p--) {
      if (bestOpen[p] != null && bestAt[p] > 0) return new Cut(bestAt[p], bestOpen[p]);
    }
    return new Cut(hardAt, hardOpen); // 0 when not even the first token fits
  }

  private static List<String[]> openList(Deque<String[]> stack) {
    List<String[]> l = new ArrayList<>(stack);
    java.util.Collections.reverse(l); // outermost first
    return l;
  }

  private static String closers(List<String[]> open) {
    StringBuilder b = new StringBuilder();
    for (int k = open.size() - 1; k >= 0; k--) b.append("</").append(open.get(k)[0]).append('>');
    return b.toString();
  }

  private static String openers(List<String[]> open) {
    StringBuilder b = new StringBuilder();
    for (String[] t : open) b.append(t[1]);
    return b.toString();
  }
}
