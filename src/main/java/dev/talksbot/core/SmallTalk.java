package dev.talksbot.core;

import dev.talksbot.answer.WordList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A message that is courtesy, not a question ("thanks!", "ok thank you", "hi"), or a question about
 * the bot itself ("what can you do?", "who are you?") or its coverage ("what sources do you use?"):
 * every word of it is a word or phrase of {@code core/small-talk.txt}. Such a message gets a short
 * reply in the user's language (for a question about the bot, what it can do) instead of a refusal
 * from the coverage.
 */
public final class SmallTalk {
  private SmallTalk() {}

  /** What a courtesy message says, in the order a mixed message is read as. */
  public enum Kind {
    THANKS,
    HELLO,
    /** A question about the bot itself. */
    HELP,
    /** A question about the coverage it answers from. */
    SOURCES,
    OK
  }

  /** Longest message, in words, read as courtesy: a longer one is a question. */
  static final int MAX_WORDS = 6;

  /** The line of words that only go with a word of a kind ("so", "there"). */
  private static final String WITH = "with";

  /** The words of each kind, and the words that only go with one. */
  private record Vocabulary(Map<Kind, Set<String>> kinds, Set<String> with, int longest) {}

  private static final Vocabulary WORDS = load();

  /** The kind of courtesy a message is, or empty when it holds any other word. */
  public static Optional<Kind> of(String message) {
    List<String> words = words(message);
    if (words.isEmpty() || words.size() > MAX_WORDS) return Optional.empty();
    Set<Kind> seen = new HashSet<>();
    for (int i = 0; i < words.size(); ) {
      int step = 0;
      for (int n = Math.min(WORDS.longest(), words.size() - i); n >= 1 && step == 0; n--) {
        String phrase = String.join(" ", words.subList(i, i + n));
        for (Kind k : Kind.values())
          if (WORDS.kinds().get(k).contains(phrase)) {
            seen.add(k);
            step = n;
          }
        if (step == 0 && WORDS.with().contains(phrase)) step = n;
      }
      if (step == 0) return Optional.empty();
      i += step;
    }
    for (Kind k : Kind.values()) if (seen.contains(k)) return Optional.of(k);
    return Optional.empty();
  }

  /** The message's words, lower case, without punctuation or symbols (emoji, "!"). */
  private static List<String> words(String message) {
    List<String> out = new ArrayList<>();
    for (String w : message.toLowerCase(Locale.ROOT).split("[^\\p{L}']+"))
      if (!w.isEmpty()) out.add(w);
    return out;
  }

  private static Vocabulary load() {
    Map<Kind, Set<String>> out = new LinkedHashMap<>();
    for (Kind k : Kind.values()) out.put(k, new HashSet<>());
    Set<String> with = new HashSet<>();
    for (String line : WordList.lines("/core/small-talk.txt")) {
      String[] f = line.split("\t");
      if (f.length != 2) throw new IllegalStateException("core/small-talk.txt: bad line " + line);
      String kind = f[0].strip().toLowerCase(Locale.ROOT);
      Set<String> into =
          kind.equals(WITH) ? with : out.get(Kind.valueOf(kind.toUpperCase(Locale.ROOT)));
      for (String p : f[1].split(","))
        if (!p.isBlank()) into.add(p.strip().toLowerCase(Locale.ROOT));
    }
    out.replaceAll((k, v) -> Set.copyOf(v));
    int longest = 1;
    for (Set<String> phrases : out.values())
      for (String p : phrases) longest = Math.max(longest, words(p).size());
    return new Vocabulary(Map.copyOf(out), Set.copyOf(with), longest);
  }
}
