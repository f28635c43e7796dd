package dev.talksbot.answer;

import dev.talksbot.nlp.WordRelations;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A name and its adjective (WordNet's pertainyms, {@link WordRelations#pertaining}) as analysed
 * terms: a question's "Lutavian" asks about what a sentence says of Lutavia, and its "Lutavia"
 * about what a sentence calls Lutavian. Analysed once, on first use.
 */
final class Pertaining {
  private Pertaining() {}

  private static final class Loaded {
    /** Analysed term -> the analysed terms of the names or adjectives it pertains to. */
    static final Map<String, Set<String>> TERMS = analysed();

    private static Map<String, Set<String>> analysed() {
      Map<String, Set<String>> out = new HashMap<>();
      for (var e : WordRelations.pertaining().entrySet())
        for (String t : WordTerms.of(e.getKey()))
          for (String other : e.getValue())
            for (String o : WordTerms.of(other))
              if (!o.equals(t)) out.computeIfAbsent(t, k -> new LinkedHashSet<>()).add(o);
      return out;
    }
  }

  /**
   * The question's terms that {@code terms} (a sentence's or a passage's) names by a related name
   * or adjective and does not hold itself: "french" for a sentence that says "France".
   */
  static List<String> asked(Collection<String> terms, Collection<String> questionTerms) {
    if (questionTerms.isEmpty()) return List.of();
    Set<String> out = new LinkedHashSet<>();
    for (String t : terms) {
      Set<String> related = Loaded.TERMS.get(t);
      if (related == null) continue;
      for (String r : related) if (questionTerms.contains(r) && !terms.contains(r)) out.add(r);
    }
    return new ArrayList<>(out);
  }
}
