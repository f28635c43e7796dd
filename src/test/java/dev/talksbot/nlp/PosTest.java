package dev.talksbot.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PosTest {

  @Test
  void tagsLemmasAndOffsetsOfASentence() {
    String s = "The negotiators were meeting in Geneva on Monday, and 1,200 prisoners were freed.";
    Tagged t = new Pos(0).tag(s);

    assertThat(t.words())
        .containsExactly(
            "The",
            "negotiators",
            "were",
            "meeting",
            "in",
            "Geneva",
            "on",
            "Monday",
            ",",
            "and",
            "1,200",
            "prisoners",
            "were",
            "freed",
            ".");
    assertThat(t.get(5).tag()).isEqualTo("PROPN");
    assertThat(t.get(10).tag()).isEqualTo("NUM");
    assertThat(t.get(1).tag()).isEqualTo("NOUN");
    assertThat(t.get(1).lemma()).isEqualTo("negotiator");
    assertThat(t.get(2).lemma()).isEqualTo("be");
    assertThat(t.get(3).lemma()).isEqualTo("meet");
    for (Tagged.Token token : t.tokens()) {
      assertThat(s.substring(token.start(), token.end())).isEqualTo(token.text());
    }
    assertThat(t.tags()).hasSize(t.size());
    assertThat(t.lemmas()).hasSize(t.size());
  }

  @Test
  void aNumberJoinedByAHyphenToAWordIsANumberOfItsOwn() {
    for (String s :
        List.of(
            "Tarn sent an 11-member team to Brenn.", "Tarn sent an eleven-member team to Brenn.")) {
      Tagged t = new Pos(0).tag(s);
      assertThat(t.words()).as(s).containsSubsequence("an", "-", "member", "team");
      assertThat(ValueSpotter.values(s))
          .as(s)
          .anySatisfy(v -> assertThat(v.type()).isEqualTo(AnswerType.NUMBER));
    }
    // two joined number words and a name's hyphen are left as the tokenizer gives them
    assertThat(Pos.numberHyphen("twenty-four", 0, 11)).isEqualTo(-1);
    assertThat(Pos.numberHyphen("Berg-Moen", 0, 9)).isEqualTo(-1);
    assertThat(Pos.numberHyphen("a 11-member", 2, 11)).isEqualTo(4);
  }

  @Test
  void possessivesOfNamesAndInnerHyphensAreSplitButContractionsAreNot() {
    Tagged t = new Pos(0).tag("Ukraine's envoy met Knowles-Carter. It's late.");
    assertThat(t.words())
        .containsExactly(
            "Ukraine", "'s", "envoy", "met", "Knowles", "-", "Carter", ".", "It's", "late", ".");
    assertThat(t.get(0).isProperNoun()).isTrue();
  }

  @Test
  void emptyTextHasNoTokensAndNullIsRejected() {
    assertThat(new Pos(10).tag("").tokens()).isEmpty();
    assertThatThrownBy(() -> new Pos(10).tag(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Pos(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cache capacity");
  }

  @Test
  void cacheReturnsTheSameResultAndStaysWithinItsBound() {
    Pos pos = new Pos(100);
    Tagged first = pos.tag("The minister spoke in Ankara.");
    assertThat(pos.tag("The minister spoke in Ankara.")).isSameAs(first);
    for (int i = 0; i < 250; i++) {
      pos.tag("Sentence number " + i + " was tagged.");
      assertThat(pos.cachedSentences()).isLessThanOrEqualTo(100);
    }
    assertThat(pos.cachedSentences()).isEqualTo(100);
    // least recently used: the first sentence has been evicted, so it is tagged anew
    assertThat(pos.tag("The minister spoke in Ankara.")).isNotSameAs(first).isEqualTo(first);
  }

  @Test
  void taggingFromSeveralThreadsGivesTheSameResultsAsOneThread() throws Exception {
    List<String> sentences = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      sentences.add(
          "Delegation "
              + i
              + " from Warsaw met officials of the European Commission on March "
              + (i % 28 + 1)
              + ".");
      sentences.add("About " + (i * 7) + " people attended the meeting led by Anna Novak.");
    }
    Pos reference = new Pos(0);
    List<Tagged> expected = sentences.stream().map(reference::tag).toList();

    Pos pos = new Pos(0); // no cache: every call runs the thread's own tagger
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Tagged>>> futures = new ArrayList<>();
      for (int k = 0; k < 4; k++) {
        futures.add(pool.submit(() -> sentences.stream().map(pos::tag).toList()));
      }
      for (Future<List<Tagged>> f : futures) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Warm tagging speed of one thread without the cache (tokenize + tag + lemmatize). The floor is
   * far below the speed on an idle machine (about 1,000 sentences/s) so that a busy one passes.
   */
  @Test
  void tagsAtLeastTenSentencesPerSecondWarm() {
    Pos pos = new Pos(0);
    String base = "The foreign ministers of both countries met in Istanbul on Friday and agreed";
    for (int i = 0; i < 300; i++) {
      pos.tag(base + " to exchange " + i + " prisoners.");
    }
    int n = 500;
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      pos.tag(base + " to release " + i + " prisoners next week.");
    }
    double perSecond = n / ((System.nanoTime() - start) / 1e9);
    System.err.printf("Pos: %.0f sentences/s warm, one thread, no cache%n", perSecond);
    assertThat(perSecond).isGreaterThan(10);
  }
}
