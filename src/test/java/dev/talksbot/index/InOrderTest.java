package dev.talksbot.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InOrderTest {
  @Test
  void resultsAreUsedInTheItemsOrderWhateverOrderWorkersFinishIn() throws Exception {
    List<Integer> items = IntStream.range(0, 20).boxed().toList();
    List<String> preparedOn = new ArrayList<>();
    List<Integer> used = new ArrayList<>();
    Thread caller = Thread.currentThread();
    new InOrder<Integer, Integer, String>(3, "test-worker-")
        .run(
            items,
            (i, item) -> {
              preparedOn.add(Thread.currentThread() == caller ? "caller" : "worker");
              return item * 10;
            },
            p -> {
              // early items finish last
              try {
                Thread.sleep(20 - p / 10);
              } catch (InterruptedException e) {
                throw new java.io.InterruptedIOException();
              }
              return Thread.currentThread().getName() + ":" + p;
            },
            (i, p, r) -> {
              assertThat(Thread.currentThread()).isSameAs(caller);
              assertThat(r).startsWith("test-worker-").endsWith(":" + p);
              used.add(i);
            });
    assertThat(used).containsExactlyElementsOf(items);
    assertThat(preparedOn).hasSize(20).containsOnly("caller");
  }

  @Test
  void aWorkersIoExceptionReachesTheCallerAsItIs() {
    IOException boom = new IOException("disk gone");
    assertThatThrownBy(
            () ->
                new InOrder<Integer, Integer, Integer>(2, "test-worker-")
                    .run(
                        List.of(1, 2, 3, 4, 5),
                        (i, item) -> item,
                        p -> {
                          if (p == 3) throw boom;
                          return p;
                        },
                        (i, p, r) -> {}))
        .isSameAs(boom);
  }

  @Test
  void noItemsNothingRuns() throws Exception {
    List<Integer> used = new ArrayList<>();
    new InOrder<Integer, Integer, Integer>(2, "test-worker-")
        .run(List.of(), (i, item) -> item, p -> p, (i, p, r) -> used.add(r));
    assertThat(used).isEmpty();
  }
}
