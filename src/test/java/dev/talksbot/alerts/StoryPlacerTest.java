package dev.talksbot.alerts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.talksbot.TestCorpus;
import dev.talksbot.alerts.StoryPlacer.Placement;
import dev.talksbot.alerts.store.AlertStore.StoryMember;
import dev.talksbot.config.AlertsSettings;
import dev.talksbot.ingest.Article;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Which story a new article joins, with the real embedding model and made-up articles. */
class StoryPlacerTest {
  private static final LocalDate DAY = LocalDate.of(2025, 8, 2);

  private final StoryPlacer placer =
      new StoryPlacer(AlertsSettings.defaults(), TestCorpus.embedder());

  /** Distinct made-up words, so that texts built of other ranges share no shingles. */
  private static String words(String stem, int from, int to) {
    return IntStream.range(from, to).mapToObj(i -> stem + i).collect(Collectors.joining(" "));
  }

  private static Article article(String id, LocalDate date, String text) {
    return new Article(id, null, null, null, null, date, null, text);
  }

  private static StoryMember member(Article a, long story) {
    return new StoryMember(a.id(), story, MinHash.signature(a.text()));
  }

  private Placement place(Article a, List<Article> others, long story) {
    List<StoryMember> members = others.stream().map(o -> member(o, story)).toList();
    Map<String, Article> articles = others.stream().collect(Collectors.toMap(Article::id, o -> o));
    return placer.place(a, MinHash.signature(a.text()), members, articles);
  }

  @Test
  void anArticleAlreadyPlacedKeepsItsStory() {
    Article a = article("a", DAY, words("w", 0, 200));
    assertThat(place(a, List.of(a), 7)).isEqualTo(new Placement.Known(7));
  }

  @Test
  void aNearDuplicateJoinsTheStoryOfItsOriginal() {
    Article original = article("a", null, words("w", 0, 200));
    Article copy = article("b", null, words("w", 0, 200) + " updated at noon");
    Placement p = place(copy, List.of(original), 3);
    assertThat(p).isInstanceOf(Placement.NearDuplicate.class);
    Placement.NearDuplicate d = (Placement.NearDuplicate) p;
    assertThat(d.storyId()).isEqualTo(3);
    assertThat(d.similarity()).isGreaterThanOrEqualTo(0.5).isLessThanOrEqualTo(1);
  }

  @Test
  void aReportWithTheSameLeadDatedTheSameDayReportsTheSameEvent() {
    String lead = words("lead", 0, 200); // longer than LEAD_CHARS
    assertThat(lead.length()).isGreaterThan(StoryPlacer.LEAD_CHARS);
    Article first = article("a", DAY, lead + " " + words("x", 0, 800));
    Article second = article("b", DAY.plusDays(1), lead + " " + words("y", 0, 800));
    Placement p = place(second, List.of(first), 5);
    assertThat(p).isInstanceOf(Placement.SameEvent.class);
    Placement.SameEvent s = (Placement.SameEvent) p;
    assertThat(s.storyId()).isEqualTo(5);
    assertThat(s.articleId()).isEqualTo("a");
    assertThat(s.cosine()).isGreaterThan(0.99);
  }

  @Test
  void withoutADateOrDatedTooFarApartItIsANewStory() {
    String lead = words("lead", 0, 200);
    Article first = article("a", DAY, lead + " " + words("x", 0, 800));
    Article undated = article("b", null, lead + " " + words("y", 0, 800));
    Article later = article("c", DAY.plusDays(10), lead + " " + words("z", 0, 800));
    assertThat(place(undated, List.of(first), 5)).isEqualTo(new Placement.NewStory());
    assertThat(place(later, List.of(first), 5)).isEqualTo(new Placement.NewStory());
  }

  @Test
  void placementsRefuseANegativeStoryId() {
    assertThatThrownBy(() -> new Placement.NearDuplicate(-1, 0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("story id must be >= 0");
    assertThatThrownBy(() -> new Placement.NearDuplicate(1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("similarity");
  }
}
