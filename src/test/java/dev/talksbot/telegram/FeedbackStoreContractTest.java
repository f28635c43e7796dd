package dev.talksbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.talksbot.answer.Answer;
import dev.talksbot.answer.Citation;
import dev.talksbot.config.TalksbotConfig;
import dev.talksbot.db.Backend;
import dev.talksbot.ingest.Span;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The feedback store holds one behaviour on SQLite and on PostgreSQL, shared by instances. */
public class FeedbackStoreContractTest {
  @TempDir Path dir;

  /** A cited answer, as shown with the buttons. */
  public static Answer answer() {
    Citation c =
        new Citation(
            1,
            "art-1",
            "Some Outlet",
            "A title",
            LocalDate.parse("2025-05-16"),
            "https://example.org/a",
            "The delegations met.",
            new Span(0, 20));
    return new Answer.Answered(
        "Did they meet?", "The delegations met. [1]", "extractive", List.of(c));
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void votesAreKeptOnePerUserAndAnswerAcrossInstances(Backend backend) throws Exception {
    TalksbotConfig cfg = backend.location(dir);
    try (FeedbackStore a = FeedbackStore.open(cfg, Map.of(), Clock.systemUTC());
        FeedbackStore b = FeedbackStore.open(cfg, Map.of(), Clock.systemUTC())) {
      a.remember("k1", answer());
      a.remember("k1", answer()); // again: no change
      assertThat(b.known("k1")).as("shown by A, pressed at B").isTrue();
      assertThat(b.vote("k1", 1, FeedbackStore.Vote.UP)).isEqualTo(FeedbackStore.Recorded.NEW);
      assertThat(a.vote("k1", 1, FeedbackStore.Vote.UP)).isEqualTo(FeedbackStore.Recorded.SAME);
      assertThat(a.vote("k1", 2, FeedbackStore.Vote.UP)).isEqualTo(FeedbackStore.Recorded.NEW);
      assertThat(b.vote("k1", 2, FeedbackStore.Vote.DOWN))
          .isEqualTo(FeedbackStore.Recorded.CHANGED);
      assertThat(a.vote("nope", 2, FeedbackStore.Vote.DOWN))
          .isEqualTo(FeedbackStore.Recorded.UNKNOWN_ANSWER);
      assertThat(b.rates()).isEqualTo(new FeedbackStore.Rates(1, 1, 1));
      StringWriter out = new StringWriter();
      assertThat(a.export(out)).isEqualTo(2);
      assertThat(out.toString().lines())
          .hasSize(2)
          .allSatisfy(l -> assertThat(l).contains("\"question\":\"Did they meet?\""))
          .anySatisfy(l -> assertThat(l).contains("\"vote\":\"down\"", "\"userId\":2"));
      assertThat(a.file() == null).isEqualTo(cfg.storage().postgres());
    }
  }
}
