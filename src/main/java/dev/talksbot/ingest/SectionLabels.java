package dev.talksbot.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A section's label on a line of its own, as a fact check prints its parts ({@code
 * section-labels.txt}: "Claim", "Verdict", "Rating"): {@code Claim:} above the claim, {@code
 * Verdict: False} above the finding. The label, and the value it gives, belong to the paragraph
 * they head, so a passage holds the verdict with its reasons and the claim with its words: a label
 * that ends in a colon opens the next paragraph ({@code Claim: "The talks failed." …}); a label
 * with its value ({@code Verdict: False}) is a sentence of its own at the next paragraph's start
 * ({@code Verdict: False. The report says …}). Without a prose paragraph after it, a label's line
 * stays as it is.
 */
final class SectionLabels {
  private SectionLabels() {}

  /** Labels of a section ({@code section-labels.txt}), lower case. */
  private static final Set<String> LABELS = WordLists.lowerCaseSet("section-labels.txt");

  /** Most words a label's value has ("False", "Mostly false", "Missing context"). */
  static final int MAX_VALUE_WORDS = 4;

  /** A label, a colon, and possibly a short value without closing punctuation. */
  private static final Pattern LABEL_LINE =
      Pattern.compile("^(?<label>\\p{L}[\\p{L} ]{0,30}?)\\s*:(?:\\s+(?<value>[^.!?:]+))?$");

  /** The paragraphs with each label's line joined to the paragraph it heads (class comment). */
  static List<String> joined(List<String> body) {
    List<String> out = new ArrayList<>(body.size());
    for (int i = 0; i < body.size(); i++) {
      String p = body.get(i);
      String opening = i + 1 < body.size() ? opening(p) : null;
      if (opening != null && NewsArticleParser.isProse(body.get(i + 1))) {
        out.add(opening + " " + body.get(i + 1));
        i++;
      } else {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * How a label's line opens the paragraph after it ({@code Claim:}, {@code Verdict: False.}), or
   * null when the line is no label's.
   */
  static String opening(String line) {
    Matcher m = LABEL_LINE.matcher(line.strip());
    if (!m.matches() || !LABELS.contains(m.group("label").toLowerCase(Locale.ROOT))) return null;
    String value = m.group("value");
    if (value == null) return m.group("label") + ":";
    if (ChromeRules.words(value) > MAX_VALUE_WORDS) return null;
    return m.group("label") + ": " + value.strip() + ".";
  }
}
