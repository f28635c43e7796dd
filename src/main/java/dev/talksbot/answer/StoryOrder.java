package dev.talksbot.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The order a topic summary tells its sentences in: the story's, by date. */
final class StoryOrder {
  private StoryOrder() {}

  /**
   * A topic summary tells its story in time order: the picked sentences that have a date (the
   * earliest of their own article's and their corroborating reports', when the fact was first
   * reported) are put in date order in the places the dated ones held; a sentence without one keeps
   * its place. Sentences of one date keep their rank order.
   */
  static List<Candidate> of(List<Candidate> picked, Map<Candidate, List<Candidate>> corroborating) {
    List<Integer> slots = new ArrayList<>();
    List<Candidate> dated = new ArrayList<>();
    Map<Candidate, java.time.LocalDate> first = new java.util.HashMap<>();
    for (int i = 0; i < picked.size(); i++) {
      Candidate c = picked.get(i);
      java.time.LocalDate d = c.article().date();
      for (Candidate o : corroborating.getOrDefault(c, List.of())) {
        java.time.LocalDate od = o.article().date();
        if (od != null && (d == null || od.isBefore(d))) d = od;
      }
      if (d == null) continue;
      first.put(c, d);
      slots.add(i);
      dated.add(c);
    }
    dated.sort(Comparator.comparing(first::get)); // stable: one date keeps the rank order
    List<Candidate> out = new ArrayList<>(picked);
    for (int k = 0; k < slots.size(); k++) out.set(slots.get(k), dated.get(k));
    return out;
  }
}
