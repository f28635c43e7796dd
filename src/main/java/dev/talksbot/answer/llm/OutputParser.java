package dev.talksbot.answer.llm;

import dev.talksbot.ingest.SentenceSplitter;
import dev.talksbot.ingest.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a model's answer text into lines of draft sentences with the passage numbers they cite.
 * Each non-empty line is one unit (list bullets removed); a following line that starts with {@code
 * >>} is its translation (markers removed). Markers standing after a full stop, or alone, belong to
 * the sentence before; numbers outside 1..given are dropped; a repeated number counts once.
 */
final class OutputParser {
  private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,3})]");
  private static final Pattern MARKERS_ONLY = Pattern.compile("^(\\s*\\[\\d{1,3}])+\\s*");

  /** One line of English answer (one or more sentences) and its translation, if any. */
  record Unit(List<Draft> sentences, String translation) {
    Unit {
      if (sentences.isEmpty()) throw new IllegalArgumentException("a unit needs a sentence");
      sentences = List.copyOf(sentences);
    }
  }

  /** A generated sentence: text without markers and the valid passage numbers it cites. */
  record Draft(String text, List<Integer> cited) {
    Draft {
      Objects.requireNonNull(text, "text");
      cited = List.copyOf(cited);
    }
  }

  private final SentenceSplitter splitter = new SentenceSplitter();

  /** Lines → units; sentences split, markers collected; out-of-range numbers removed. */
  List<Unit> parse(String out, int given) {
    List<Unit> units = new ArrayList<>();
    List<String> lines = out.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith(">>")) continue; // a translation without its sentence
      line = line.replaceFirst("^([-*•]|\\d{1,2}[.)])\\s+", ""); // list bullets
      String translation = null;
      if (i + 1 < lines.size() && lines.get(i + 1).startsWith(">>")) {
        translation =
            MARKER
                .matcher(lines.get(i + 1).substring(2))
                .replaceAll("")
                .strip()
                .replaceAll("\\s+([.!?,;:])", "$1");
        if (translation.isEmpty()) translation = null;
      }
      List<Draft> drafts = new ArrayList<>();
      for (Span s : splitter.split(line)) {
        String sent = s.of(line);
        Matcher lead = MARKERS_ONLY.matcher(sent);
        if (lead.find()
            && !drafts.isEmpty()) { // "[1]" after the full stop belongs to the previous sentence
          Draft prev = drafts.removeLast();
          List<Integer> cited = new ArrayList<>(prev.cited());
          addMarkers(lead.group(), given, cited);
          drafts.add(new Draft(prev.text(), cited));
          sent = sent.substring(lead.end());
        }
        if (sent.isBlank()) continue;
        List<Integer> cited = new ArrayList<>();
        addMarkers(sent, given, cited);
        String text =
            MARKER
                .matcher(sent)
                .replaceAll("")
                .replaceAll("\\s+([.!?,;:])", "$1")
                .replaceAll("\\s{2,}", " ")
                .strip();
        if (text.isEmpty() || text.chars().noneMatch(Character::isLetterOrDigit)) {
          if (!drafts.isEmpty()) { // markers only
            Draft prev = drafts.removeLast();
            List<Integer> c = new ArrayList<>(prev.cited());
            for (int n : cited) if (!c.contains(n)) c.add(n);
            drafts.add(new Draft(prev.text(), c));
          }
          continue;
        }
        drafts.add(new Draft(text, cited));
      }
      if (!drafts.isEmpty()) units.add(new Unit(drafts, translation));
    }
    return units;
  }

  /** Valid ([1..given]) distinct numbers in order of appearance; others are removed. */
  private static void addMarkers(String s, int given, List<Integer> into) {
    Matcher m = MARKER.matcher(s);
    while (m.find()) {
      int n = Integer.parseInt(m.group(1));
      if (n >= 1 && n <= given && !into.contains(n)) into.add(n);
    }
  }
}
