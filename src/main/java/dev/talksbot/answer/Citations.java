package dev.talksbot.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Numbers quotes in order of first use; the same quote keeps its number. */
final class Citations {
  private final Map<String, Citation> byKey = new LinkedHashMap<>();

  /** The marker for a candidate's sentence, e.g. {@code [2]}. */
  String marker(Candidate c) {
    Citation cit =
        byKey.computeIfAbsent(c.key(), k -> Citation.of(byKey.size() + 1, c.article(), c.span()));
    return "[" + cit.n() + "]";
  }

  /** Markers for several candidates, e.g. {@code [1][2]}. */
  String markers(List<Candidate> cs) {
    StringBuilder b = new StringBuilder();
    for (Candidate c : cs) b.append(marker(c));
    return b.toString();
  }

  /** How many quotes are numbered so far. */
  int size() {
    return byKey.size();
  }

  /** Forgets the quotes numbered after the first {@code n} (an answer part that was not used). */
  void truncate(int n) {
    if (n < 0 || n > byKey.size()) throw new IllegalArgumentException("cannot keep " + n);
    var it = byKey.keySet().iterator();
    for (int i = 0; it.hasNext(); i++) {
      it.next();
      if (i >= n) it.remove();
    }
  }

  List<Citation> list() {
    return new ArrayList<>(byKey.values());
  }
}
