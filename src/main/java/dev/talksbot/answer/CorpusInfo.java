package dev.talksbot.answer;

import java.time.LocalDate;
import java.util.List;

/**
 * What the coverage is, for greetings and refusals.
 *
 * @param topic what the coverage is about
 * @param articles number of articles
 * @param passages number of passages
 * @param first earliest known date, null when no article is dated
 * @param last latest known date
 * @param undated articles without a date
 * @param outlets distinct known outlets, in order of appearance
 * @param withoutOutlet articles whose outlet is unknown
 */
public record CorpusInfo(
    String topic,
    int articles,
    int passages,
    LocalDate first,
    LocalDate last,
    int undated,
    List<String> outlets,
    int withoutOutlet) {
  public CorpusInfo {
    outlets = List.copyOf(outlets);
    if (articles < 0 || passages < 0 || undated < 0 || withoutOutlet < 0) {
      throw new IllegalArgumentException("negative count");
    }
    if ((first == null) != (last == null))
      throw new IllegalArgumentException("date range half-open");
  }

  /** "5 articles about …, dated 2025-07-23 (2 undated), from CNN, RFE/RL and 2 other sources". */
  public String describe() {
    StringBuilder b = new StringBuilder();
    b.append(articles)
        .append(articles == 1 ? " article" : " articles")
        .append(" about ")
        .append(topic);
    if (first != null) {
      b.append(first.equals(last) ? ", dated " + first : ", dated " + first + " to " + last);
      if (undated > 0) b.append(" (").append(undated).append(" undated)");
    } else if (articles > 0) {
      b.append(", none of them dated");
    }
    if (!outlets.isEmpty()) {
      b.append(", from ").append(String.join(", ", outlets));
      if (withoutOutlet > 0) {
        b.append(" and ")
            .append(withoutOutlet)
            .append(withoutOutlet == 1 ? " other source" : " other sources");
      }
    }
    return b.toString();
  }
}
