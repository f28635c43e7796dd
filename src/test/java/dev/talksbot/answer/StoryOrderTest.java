package dev.talksbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.TestCorpus;
import dev.talksbot.core.TalksBot;
import dev.talksbot.ingest.Article;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A topic summary tells its story in time order; a sentence without a date keeps its place. */
class StoryOrderTest {
  private static Candidate sentence(String id, String date) {
    String text = "Sentence of " + id + ".";
    Article a =
        new Article(
            id, null, null, null, null, date == null ? null : LocalDate.parse(date), null, text);
    return TestCandidates.of(a, new float[] {1}, Set.of(), Set.of(), Set.of());
  }

  @Test
  void datedSentencesTakeTheDatedSlotsInDateOrderAndUndatedOnesStay() {
    Candidate aug = sentence("aug", "2025-08-20");
    Candidate undated = sentence("undated", null);
    Candidate jul = sentence("jul", "2025-07-23");
    Candidate sepA = sentence("sepA", "2025-09-03");
    Candidate sepB = sentence("sepB", "2025-09-03");
    List<Candidate> out = StoryOrder.of(List.of(sepB, aug, undated, sepA, jul), Map.of());
    assertThat(out).containsExactly(jul, aug, undated, sepB, sepA);
  }

  @Test
  void aFactIsPlacedWhenItWasFirstReported() {
    Candidate late = sentence("late", "2025-09-03");
    Candidate mid = sentence("mid", "2025-08-01");
    Candidate earlyReport = sentence("early", "2025-07-01");
    // the September sentence reports a fact another outlet reported in July: it comes first
    List<Candidate> out =
        StoryOrder.of(List.of(mid, late), Map.of(late, List.of(earlyReport), mid, List.of()));
    assertThat(out).containsExactly(late, mid);
  }

  @Test
  void aTopicSummaryOfThreeReportsReadsInDateOrder(@TempDir Path dir) throws Exception {
    // the newest report leads the coverage (most said about the ferry service), the oldest is brief
    TestCorpus.writeArticle(
        dir,
        "a.txt",
        "2025-09-12",
        "Lea Stone, Volga Courier",
        "The ferry service across the strait resumed on Friday with two crossings a day, the port"
            + " authority said.",
        "The ferry operator said the ferry service would add a third crossing in October.");
    TestCorpus.writeArticle(
        dir,
        "b.txt",
        "2025-06-02",
        "Tom Lind, Baltic Wire",
        "The ferry service across the strait was suspended on Monday after a storm damaged the"
            + " pier.",
        "Fishermen said the harbour was calm again by evening.");
    TestCorpus.writeArticle(
        dir,
        "c.txt",
        "2025-07-15",
        "Ruth Adler, Harbor Tribune",
        "Engineers began repairing the pier of the ferry service across the strait on Tuesday,"
            + " the port authority said.",
        "The town council approved a new budget.");
    try (TalksBot bot = TestCorpus.freshBot(dir)) {
      Answer s = bot.summary("ferry service");
      assertThat(s).isInstanceOf(Answer.Answered.class);
      String t = s.text();
      assertThat(t).contains("suspended").contains("repairing").contains("resumed");
      assertThat(t.indexOf("suspended")).as(t).isLessThan(t.indexOf("repairing"));
      assertThat(t.indexOf("repairing")).as(t).isLessThan(t.indexOf("resumed"));
    }
  }
}
